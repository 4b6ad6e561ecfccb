package chainsim.montecarlo;

import chainsim.engine.Replication;
import chainsim.engine.ReplicationFailure;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import chainsim.metrics.ReplicationResult;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** Runs the replications of a scenario on an engine and aggregates them. */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * Runs {@code replications} replications on {@code threads} threads and returns their
   * aggregate. {@code progress} hears the number of replications finished so far. Large runs
   * spill their series to a temporary file while they run ({@link Aggregator}); it is gone when
   * this returns or throws.
   */
  public static MonteCarloResult run(Simulation simulation, int replications, int threads, EngineKind engine,
      IntConsumer progress) throws InterruptedException {
    return run(simulation, replications, threads, engine, ActorEngine.inFlightPerThread(), progress);
  }

  /**
   * As {@link #run(Simulation, int, int, EngineKind, IntConsumer)}, the actor engine keeping
   * {@code actorInFlightPerThread} replications in flight per thread (the bench compares settings).
   */
  public static MonteCarloResult run(Simulation simulation, int replications, int threads, EngineKind engine,
      int actorInFlightPerThread, IntConsumer progress) throws InterruptedException {
    try (Aggregator aggregator = new Aggregator(simulation, replications)) {
      ReplicationTable table = new ReplicationTable(simulation, replications);
      Consumer<ReplicationResult> sink = r -> {
        table.accept(r);
        aggregator.accept(r);
        progress.accept(aggregator.received());
      };
      if (engine == EngineKind.ACTOR) {
        ActorEngine.run(simulation, simulation::replication, replications, threads, actorInFlightPerThread, sink);
      } else {
        forEachReplication(simulation, replications, threads, engine, sink);
      }
      return aggregator.result().withPerReplication(table);
    }
  }

  /**
   * Runs replications 0..n-1 and hands each whole result, series included, to the sink (from any
   * thread, in any order): for callers that need more of each replication than the aggregate
   * keeps, such as the staffing planner's workload quantiles. The first replication that fails
   * stops the run with a {@link chainsim.engine.ReplicationFailure}.
   */
  public static void forEachReplication(Simulation simulation, int replications, int threads, EngineKind engine,
      Consumer<ReplicationResult> sink) throws InterruptedException {
    forEachReplication(simulation, simulation::replication, replications, threads, engine, sink);
  }

  /** As above, with the replications' model objects built by {@code build} (tests build failing ones). */
  public static void forEachReplication(Simulation simulation, IntFunction<Replication> build, int replications,
      int threads, EngineKind engine, Consumer<ReplicationResult> sink) throws InterruptedException {
    if (engine == EngineKind.ACTOR) {
      ActorEngine.run(simulation, build, replications, threads, sink);
    } else {
      runSequential(simulation, build, replications, threads, sink);
    }
  }

  /**
   * The sequential engine on a pool of threads: each replication is one plain loop. Results are
   * taken as they complete, so a failure stops the run at once rather than after the replications
   * submitted before it.
   */
  static void runSequential(Simulation simulation, IntFunction<Replication> build, int replications, int threads,
      Consumer<ReplicationResult> sink) throws InterruptedException {
    if (threads <= 1) {
      for (int i = 0; i < replications; i++) {
        sink.accept(SequentialEngine.run(buildOrFail(build, i), simulation.months()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<Void> completed = new ExecutorCompletionService<>(pool);
      for (int i = 0; i < replications; i++) {
        int index = i;
        completed.submit(() -> {
          sink.accept(SequentialEngine.run(buildOrFail(build, index), simulation.months()));
          return null;
        });
      }
      for (int i = 0; i < replications; i++) {
        completed.take().get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Replication buildOrFail(IntFunction<Replication> build, int index) {
    try {
      return build.apply(index);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ReplicationFailure(index, "while building its model", e);
    }
  }
}
