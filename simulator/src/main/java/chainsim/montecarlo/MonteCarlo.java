package chainsim.montecarlo;

import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import chainsim.metrics.ReplicationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Runs the replications of a scenario on an engine and aggregates them. */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * Runs {@code replications} replications on {@code threads} threads and returns their
   * aggregate. {@code progress} hears the number of replications finished so far.
   */
  public static MonteCarloResult run(Simulation simulation, int replications, int threads, EngineKind engine,
      IntConsumer progress) throws InterruptedException {
    Aggregator aggregator = new Aggregator(simulation, replications);
    forEachReplication(simulation, replications, threads, engine, r -> {
      aggregator.accept(r);
      progress.accept(aggregator.received());
    });
    return aggregator.result();
  }

  /**
   * Runs replications 0..n-1 and hands each whole result, series included, to the sink (from any
   * thread, in any order): for callers that need more of each replication than the aggregate
   * keeps, such as the staffing planner's workload quantiles.
   */
  public static void forEachReplication(Simulation simulation, int replications, int threads, EngineKind engine,
      Consumer<ReplicationResult> sink) throws InterruptedException {
    if (engine == EngineKind.ACTOR) {
      ActorEngine.run(simulation, replications, threads, sink);
    } else {
      runSequential(simulation, replications, threads, sink);
    }
  }

  /** The sequential engine on a pool of threads: each replication is one plain loop. */
  static void runSequential(Simulation simulation, int replications, int threads, Consumer<ReplicationResult> sink)
      throws InterruptedException {
    if (threads <= 1) {
      for (int i = 0; i < replications; i++) {
        sink.accept(SequentialEngine.run(simulation.replication(i), simulation.months()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < replications; i++) {
        int index = i;
        futures.add(pool.submit(() -> sink.accept(SequentialEngine.run(simulation.replication(index),
            simulation.months()))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
