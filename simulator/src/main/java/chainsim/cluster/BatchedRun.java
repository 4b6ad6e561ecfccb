package chainsim.cluster;

import chainsim.engine.actor.RunCompletion;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.Aggregator;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.ReplicationTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Leave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Monte Carlo run in batches, on this machine or on a cluster, that reuses the batches an
 * earlier attempt checkpointed and checkpoints the rest as they finish. The aggregate is the
 * plain {@link MonteCarlo#run}'s, byte for byte: the {@link Aggregator} keeps everything by
 * replication index, so neither the batch size, nor where a batch ran, nor the order results
 * came in can show in it.
 */
public final class BatchedRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchedRun.class);

  /** Runs some batches of a plan, handing every replication to the collector. */
  public interface Executor {
    void run(Simulation simulation, BatchPlan plan, List<Integer> batches, BatchCollector collector)
        throws InterruptedException;
  }

  private BatchedRun() {}

  /**
   * Runs the batches of {@code plan} that {@code checkpoints} (may be null) does not hold yet, with
   * {@code executor}, and returns the aggregate of all. {@code progress} hears the number of
   * replications in so far, restored ones included.
   */
  public static Outcome run(Simulation simulation, BatchPlan plan, Checkpoints checkpoints,
      Executor executor, IntConsumer progress) throws InterruptedException {
    try (Aggregator aggregator = new Aggregator(simulation, plan.replications())) {
      return run(simulation, plan, checkpoints, executor, progress, aggregator);
    }
  }

  private static Outcome run(Simulation simulation, BatchPlan plan, Checkpoints checkpoints, Executor executor,
      IntConsumer progress, Aggregator aggregator) throws InterruptedException {
    ReplicationTable table = new ReplicationTable(simulation, plan.replications());
    BatchCollector collector = new BatchCollector(plan, checkpoints, r -> {
      table.accept(r);
      aggregator.accept(r);
      progress.accept(aggregator.received());
    });
    List<Integer> missing = new ArrayList<>();
    for (int b = 0; b < plan.batches(); b++) {
      Optional<List<ReplicationResult>> kept = checkpoints == null ? Optional.empty() : checkpoints.read(b);
      if (kept.isPresent() && complete(kept.get(), plan, b)) {
        collector.restore(kept.get());
      } else {
        missing.add(b);
      }
    }
    if (checkpoints != null) {
      LOG.info("{} of {} batches of {} reused from {}", plan.batches() - missing.size(), plan.batches(),
          plan.batchSize(), checkpoints.directory());
    }
    if (!missing.isEmpty()) {
      executor.run(simulation, plan, missing, collector);
    }
    return new Outcome(aggregator.result().withPerReplication(table), plan.batches() - missing.size());
  }

  /** The aggregate, and how many batches came from checkpoints instead of being computed. */
  public record Outcome(MonteCarloResult result, int batchesReused) {}

  /** A checkpoint is used only when it holds exactly its batch's replications, in order. */
  private static boolean complete(List<ReplicationResult> kept, BatchPlan plan, int batch) {
    if (kept.size() != plan.count(batch)) {
      return false;
    }
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).replication() != plan.first(batch) + i || kept.get(i).series() == null) {
        return false;
      }
    }
    return true;
  }

  /** The batches on this machine's engine, all at once (a batch is only the unit of checkpoints here). */
  public static Executor local(int threads, EngineKind engine) {
    return (simulation, plan, batches, collector) -> {
      int[] replications = batches.stream()
          .flatMapToInt(b -> java.util.stream.IntStream.range(plan.first(b), plan.first(b) + plan.count(b)))
          .toArray();
      MonteCarlo.forEachReplication(simulation, i -> simulation.replication(replications[i]), replications.length,
          threads, engine, collector::accept);
    };
  }

  /**
   * Leaves the cluster and waits until the others have seen this node go (then the cluster shuts
   * the actor system down itself): a node that simply stopped would look like a crashed one, and
   * several of those in a row look like an unstable network to the split-brain resolver.
   */
  static void leave(ActorSystem<?> system, Cluster cluster) throws InterruptedException {
    cluster.manager().tell(Leave.create(cluster.selfMember().address()));
    if (!RunCompletion.stopped(system, LEAVE_WITHIN)) {
      LOG.warn("the coordinator did not leave the cluster within {} s; stopping it anyway", LEAVE_WITHIN.toSeconds());
      if (!RunCompletion.terminate(system, LEAVE_WITHIN)) {
        LOG.warn("the coordinator's actor system did not stop within another {} s; going on without it",
            LEAVE_WITHIN.toSeconds());
      }
    }
  }

  /** What a coordinator's guardian does: start a run as its child (once the coordinator is up). */
  record StartRun(String name, Behavior<ClusterRun.Command> run) {}

  /** A coordinator's guardian: it starts each run it is told to, as a child. */
  static Behavior<StartRun> guardian() {
    return Behaviors.receive((ctx, start) -> {
      ctx.spawn(start.run(), start.name());
      return Behaviors.same();
    });
  }

  /** How long a coordinator waits to have left the cluster, then again to have stopped (never for ever). */
  static final Duration LEAVE_WITHIN = Duration.ofSeconds(20);

  /**
   * The batches on a cluster's workers: this process joins through {@code seed} as the run's
   * coordinator, bound to {@code bind}, and leaves the cluster when the run ends (the workers stay).
   * The run fails when it stops moving for {@link ClusterSettings#stallAfter()}.
   */
  public static Executor cluster(Endpoint bind, Endpoint seed, String scenarioYaml, EngineKind engine) {
    return cluster(bind, seed, Tls.OFF, scenarioYaml, engine);
  }

  /**
   * As above, over {@code tls}. The run fails when the coordinator is not in the cluster within
   * {@link ClusterSettings#joinWithin()}, saying what it found at the seed (nothing listening, a
   * TLS seed for a plain coordinator or the other way round, a certificate refused).
   */
  public static Executor cluster(Endpoint bind, Endpoint seed, Tls tls, String scenarioYaml, EngineKind engine) {
    return cluster(bind, seed, null, tls, scenarioYaml, engine, ClusterSettings.stallAfter(), UnaryOperator.identity());
  }

  /**
   * The batches on a cluster's workers, which this process finds as they find each other: through
   * Pekko Management's cluster bootstrap (it joins the cluster they formed, never forms one), so no
   * seed address is needed. Otherwise as {@link #cluster(Endpoint, Endpoint, Tls, String, EngineKind)}.
   */
  public static Executor cluster(Endpoint bind, Bootstrap bootstrap, Tls tls, String scenarioYaml,
      EngineKind engine) {
    return cluster(bind, null, bootstrap, tls, scenarioYaml, engine, ClusterSettings.stallAfter(),
        UnaryOperator.identity());
  }

  /**
   * As above, failing after {@code stallAfter} without progress, with the coordinator's behaviour
   * wrapped by {@code wrap} (tests lose messages on purpose that way).
   */
  static Executor cluster(Endpoint bind, Endpoint seed, String scenarioYaml, EngineKind engine, Duration stallAfter,
      UnaryOperator<Behavior<ClusterRun.Command>> wrap) {
    return cluster(bind, seed, null, Tls.OFF, scenarioYaml, engine, stallAfter, wrap);
  }

  /** The coordinator joins through {@code seed} or, when that is null, through {@code bootstrap}. */
  private static Executor cluster(Endpoint bind, Endpoint seed, Bootstrap bootstrap, Tls tls, String scenarioYaml,
      EngineKind engine, Duration stallAfter, UnaryOperator<Behavior<ClusterRun.Command>> wrap) {
    return (simulation, plan, batches, collector) -> {
      tls.check();
      CompletableFuture<Void> done = new CompletableFuture<>();
      String runId = UUID.randomUUID().toString();
      // the run starts once this node is up in the cluster, not before: workers see a joining
      // coordinator and would take batches from it, and a worker lost then (the coordinator not yet
      // counted among the members) could leave the survivors a minority that downs itself and it
      ActorSystem<StartRun> system = ActorSystem.create(guardian(), ClusterSettings.SYSTEM,
          seed != null ? ClusterSettings.node(bind, seed, ClusterSettings.COORDINATOR, tls)
              : ClusterSettings.node(bind, bootstrap, ClusterSettings.COORDINATOR, tls));
      // the cluster extension is made now, while the system runs: making it spawns system actors,
      // which a system already shutting down (its run failed at the start) refuses
      Cluster cluster = Cluster.get(system);
      CompletableFuture<Void> up = new CompletableFuture<>();
      org.apache.pekko.cluster.Cluster.get(system.classicSystem()).registerOnMemberUp(() -> up.complete(null));
      String through = seed != null ? seed.toString() : bootstrap.method().key() + " discovery of service '"
          + bootstrap.service() + "'";
      if (bootstrap != null) {
        bootstrap.start(system);
      }
      LOG.info("coordinator of run {} at {} joining through {} ({}); {} batches to hand out", runId,
          system.address(), through, tls, batches.size());
      boolean joined = false;
      try {
        awaitJoin(system, up, ClusterSettings.joinWithin(), seed, tls, through);
        joined = true;
        system.tell(new StartRun("run", wrap.apply(ClusterRun.create(runId, scenarioYaml, engine.key(), plan, batches,
            collector, done, stallAfter))));
        RunCompletion.await(system, done, "the coordinator's actor system stopped before the run finished");
      } finally {
        if (joined) {
          leave(system, cluster);
        } else {
          // never in the cluster: nothing to leave, nobody to tell
          if (!RunCompletion.terminate(system, LEAVE_WITHIN)) {
            LOG.warn("the coordinator's actor system did not stop within {} s", LEAVE_WITHIN.toSeconds());
          }
        }
      }
    };
  }

  /**
   * Waits until this node is up in the cluster; after {@code within}, fails with what a probe of
   * the seed found (with a bootstrap: what to check), instead of waiting for the stall.
   */
  static void awaitJoin(ActorSystem<?> system, CompletableFuture<Void> up, Duration within, Endpoint seed,
      Tls tls, String through) throws InterruptedException {
    system.getWhenTerminated().whenComplete((t, e) -> up.completeExceptionally(
        new IllegalStateException("the coordinator's actor system stopped before it joined the cluster")));
    try {
      up.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      String why = seed != null ? SeedProbe.diagnose(seed, tls)
          : "are the workers up (and ready), and do they use the same --tls-* options as this run (" + tls + ")?";
      throw new IllegalStateException("could not join the cluster through " + through + " in "
          + within.toSeconds() + " s: " + why);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
