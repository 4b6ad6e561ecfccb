package chainsim.engine.actor;

import chainsim.engine.Replication;
import chainsim.engine.ReplicationFailure;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.slf4j.LoggerFactory;

/** Runs replications on Pekko actors, on a dispatcher of a given number of threads. */
public final class ActorEngine {
  /** Firms per segment-block actor: big enough that a message carries real work. */
  public static final int FIRMS_PER_BLOCK = 8000;
  /**
   * Replications in flight per dispatcher thread unless the system property
   * {@value #IN_FLIGHT_PROPERTY} says otherwise: one. Measured on national with {@code chainsim
   * bench --in-flight 1,2} (docs/architecture.md), one in flight beat two on one and on two threads:
   * the second replication's working set costs more memory bandwidth than its barrier waits save.
   */
  public static final int DEFAULT_IN_FLIGHT_PER_THREAD = 1;
  /** The system property that sets the replications in flight per thread ({@code -D...=1}). */
  public static final String IN_FLIGHT_PROPERTY = "chainsim.actor.inFlightPerThread";

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
   * As {@link #run(Simulation, IntFunction, int, int, Consumer)}, with {@code inFlightPerThread}
   * replications in flight per thread instead of {@link #inFlightPerThread()} (the bench compares
   * settings in one process). The results do not depend on it, only the speed and the heap.
   */
  public static void run(Simulation simulation, IntFunction<Replication> build, int replications, int threads,
      int inFlightPerThread, Consumer<ReplicationResult> sink) throws InterruptedException {
    try (Session session = new Session(threads)) {
      session.run(simulation, build, replications, inFlightPerThread, sink);
    }
  }

  /**
   * An actor system of {@code threads} dispatcher threads kept for several runs: a cluster worker
   * runs every batch it is given on one, instead of starting and stopping a system per batch (about
   * 0.1 CPU s each, and the JIT compiling the start-up code again and again). Each run is a
   * {@link MonteCarloCoordinator} spawned under the system's {@link SpawnProtocol} guardian and
   * watched: a coordinator that stops before its run is done (an actor that threw) fails the run.
   * Runs on one session are taken one at a time by its caller; results do not depend on the session.
   */
  public static final class Session implements AutoCloseable {
    /** How long closing a session waits for its actor system to stop (it takes milliseconds). */
    static final Duration STOP_WITHIN = Duration.ofSeconds(30);

    private final ActorSystem<SpawnProtocol.Command> system;
    private final int threads;

    /** Starts the system: {@code threads} dispatcher threads, the engine's quiet settings. */
    public Session(int threads) {
      this.threads = threads;
      this.system = ActorSystem.create(SpawnProtocol.create(), "chainsim", config(threads));
    }

    /** Runs replications 0..n-1 built by {@code build} at the configured number in flight per thread. */
    public void run(Simulation simulation, IntFunction<Replication> build, int replications,
        Consumer<ReplicationResult> sink) throws InterruptedException {
      run(simulation, build, replications, inFlightPerThread(), sink);
    }

    /** As above, with {@code inFlightPerThread} replications in flight per thread. */
    public void run(Simulation simulation, IntFunction<Replication> build, int replications, int inFlightPerThread,
        Consumer<ReplicationResult> sink) throws InterruptedException {
      CompletableFuture<Void> done = new CompletableFuture<>();
      Behavior<MonteCarloCoordinator.Command> coordinator = MonteCarloCoordinator.create(simulation, build,
          replications, inFlight(threads, inFlightPerThread), FIRMS_PER_BLOCK, sink, done);
      system.tell(new SpawnProtocol.Spawn<>(watched(coordinator, done), "run", Props.empty(), system.ignoreRef()));
      RunCompletion.await(system, done, "the actor system stopped before the run finished");
    }

    /** Stops the system without waiting for it (from an actor's thread, where waiting would block it). */
    public void terminate() {
      system.terminate();
    }

    /** Stops the system and waits for it, at most {@link #STOP_WITHIN}. */
    @Override
    public void close() throws InterruptedException {
      if (!RunCompletion.terminate(system, STOP_WITHIN)) {
        LoggerFactory.getLogger(ActorEngine.class).warn("the actor system did not stop within {} s; going on"
            + " without it", STOP_WITHIN.toSeconds());
      }
    }
  }

  /**
   * The coordinator as a child of an actor that watches it: when it stops the watcher stops too, and
   * a run not yet done by then (the coordinator threw) fails.
   */
  private static Behavior<Void> watched(Behavior<MonteCarloCoordinator.Command> coordinator,
      CompletableFuture<Void> done) {
    return Behaviors.setup(context -> {
      context.watch(context.spawn(coordinator, "coordinator"));
      return Behaviors.receive(Void.class)
          .onSignal(Terminated.class, stopped -> {
            done.completeExceptionally(new IllegalStateException("the run's coordinator stopped before the run"
                + " finished"));
            return Behaviors.stopped();
          })
          .build();
    });
  }

  /**
   * As {@link #run(Simulation, int, int, Consumer)}, with the replications' model objects built by
   * {@code build} (the simulation's own by default; tests build models that fail).
   */
  public static void run(Simulation simulation, IntFunction<Replication> build, int replications, int threads,
      Consumer<ReplicationResult> sink) throws InterruptedException {
    run(simulation, build, replications, threads, inFlightPerThread(), sink);
  }

  /**
   * Replications in flight per thread: the system property {@value #IN_FLIGHT_PROPERTY} when set
   * (a whole number of at least 1), else {@value #DEFAULT_IN_FLIGHT_PER_THREAD}.
   */
  public static int inFlightPerThread() {
    String value = System.getProperty(IN_FLIGHT_PROPERTY);
    if (value == null) {
      return DEFAULT_IN_FLIGHT_PER_THREAD;
    }
    try {
      int perThread = Integer.parseInt(value.trim());
      if (perThread >= 1) {
        return perThread;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(IN_FLIGHT_PROPERTY + " must be a whole number of at least 1, not '" + value + "'");
  }

  /** Replications in flight on {@code threads} threads at the configured number per thread. */
  public static int inFlight(int threads) {
    return inFlight(threads, inFlightPerThread());
  }

  /**
   * Replications in flight on {@code threads} threads at {@code perThread} per thread: few enough
   * to bound the heap and keep each thread's working set in its cache, enough that a thread has work
   * while a replication waits at a barrier.
   */
  public static int inFlight(int threads, int perThread) {
    return Math.max(1, perThread) * Math.max(1, threads);
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
