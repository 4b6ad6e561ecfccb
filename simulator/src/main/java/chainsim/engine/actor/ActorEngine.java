package chainsim.engine.actor;

import chainsim.engine.Replication;
import chainsim.engine.ReplicationFailure;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.pekko.actor.typed.ActorSystem;

/** Runs replications on Pekko actors, on a dispatcher of a given number of threads. */
public final class ActorEngine {
  /** Firms per segment-block actor: big enough that a message carries real work. */
  public static final int FIRMS_PER_BLOCK = 8000;

  private ActorEngine() {}

  /**
   * Runs replications 0..n-1 and hands each result to the sink (from an actor thread, in any
   * order). Returns when all are done. When any actor fails (a model that throws, a sink that
   * throws), the run stops at once and the failure is rethrown, as a {@link ReplicationFailure}
   * naming the replication, the month and the actor when a replication failed.
   */
  public static void run(Simulation simulation, int replications, int threads, Consumer<ReplicationResult> sink)
      throws InterruptedException {
    run(simulation, simulation::replication, replications, threads, sink);
  }

  /**
   * As {@link #run(Simulation, int, int, Consumer)}, with the replications' model objects built by
   * {@code build} (the simulation's own by default; tests build models that fail).
   */
  public static void run(Simulation simulation, IntFunction<Replication> build, int replications, int threads,
      Consumer<ReplicationResult> sink) throws InterruptedException {
    CompletableFuture<Void> done = new CompletableFuture<>();
    int inFlight = inFlight(threads);
    ActorSystem<MonteCarloCoordinator.Command> system = ActorSystem.create(
        MonteCarloCoordinator.create(simulation, build, replications, inFlight, FIRMS_PER_BLOCK, sink, done),
        "chainsim", config(threads));
    try {
      RunCompletion.await(system, done, "the actor system stopped before the run finished");
    } finally {
      system.terminate();
      try {
        system.getWhenTerminated().toCompletableFuture().get();
      } catch (ExecutionException e) {
        // shutting down; nothing left to report
      }
    }
  }

  /**
   * Replications in flight on {@code threads} threads: two per thread, so every thread has work
   * while a replication waits at a barrier, and memory stays bounded.
   */
  public static int inFlight(int threads) {
    return Math.max(2, 2 * threads);
  }

  /** The actor system's settings: exactly {@code threads} worker threads, quiet logging, no hooks. */
  static Config config(int threads) {
    String settings = String.join("\n",
        "pekko.actor.default-dispatcher.fork-join-executor.parallelism-min = " + threads,
        "pekko.actor.default-dispatcher.fork-join-executor.parallelism-max = " + threads,
        "pekko.actor.default-dispatcher.fork-join-executor.parallelism-factor = 1.0",
        "pekko.actor.default-dispatcher.throughput = 64",
        "pekko.loglevel = WARNING",
        "pekko.stdout-loglevel = OFF",
        "pekko.log-dead-letters = off",
        "pekko.log-dead-letters-during-shutdown = off",
        "pekko.loggers = [\"org.apache.pekko.event.slf4j.Slf4jLogger\"]",
        "pekko.logging-filter = \"org.apache.pekko.event.slf4j.Slf4jLoggingFilter\"",
        "pekko.jvm-shutdown-hooks = off",
        "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off",
        "pekko.coordinated-shutdown.terminate-actor-system = on");
    return ConfigFactory.parseString(settings).withFallback(ConfigFactory.load());
  }
}
