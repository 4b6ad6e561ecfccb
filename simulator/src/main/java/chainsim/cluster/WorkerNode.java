package chainsim.cluster;

import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.delivery.ConsumerController;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.SelfUp;
import org.apache.pekko.cluster.typed.Subscribe;

/**
 * A worker node: its consumer controller is registered with the Receptionist under
 * {@link #BATCHES}, so every run's work-pulling producer finds it; it runs one batch at a time
 * with the ordinary engine on its own threads (never on the actor's thread), sends each
 * replication's result straight to the run's coordinator, then {@link ClusterRun.BatchDone}, and
 * confirms the batch only when the coordinator answers {@link BatchReceived}: it holds them all.
 * When the coordinator answers {@link Resend} instead (results lost on a broken connection), the
 * worker runs those replications again (the same bytes: a replication depends only on the
 * scenario, seed and index) and asks again; without an answer it asks again every
 * {@link #ASK_AGAIN_EVERY}. If the coordinator goes (its node leaves or is downed), the batch is
 * confirmed and its results dropped, as nobody waits for them. A worker that dies before
 * confirming leaves the batch unconfirmed, and the producer hands it to another worker.
 */
public final class WorkerNode extends AbstractBehavior<WorkerNode.Command> {

  /** Where runs find the workers' consumer controllers. */
  public static final ServiceKey<ConsumerController.Command<Batch>> BATCHES =
      ServiceKey.create(ConsumerController.serviceKeyClass(), "chainsim-batches");

  /**
   * The consumer controller's flow-control window: 3 lets a worker hold the batch it runs and one
   * more ahead (Pekko's consumer asks for more when half the window is used, so 2 would stall and 1
   * never asks). Pekko's default, 50, had the work-pulling producer hand every batch out at the
   * start, at random among the workers: the unlucky one ran several batches more than the other
   * while the other sat idle at the end.
   */
  static final int FLOW_CONTROL_WINDOW = 3;

  /** How long a worker waits for the coordinator's answer to {@link ClusterRun.BatchDone} before asking again. */
  static final Duration ASK_AGAIN_EVERY = Duration.ofSeconds(10);

  /**
   * What the worker understands: from its consumer controller and its own threads, and the
   * coordinator's answers to {@link ClusterRun.BatchDone}.
   */
  public sealed interface Command permits Delivered, Finished, Joined, BatchReceived, Resend, AskAgain,
      CoordinatorGone {}

  /** The coordinator holds every replication of the batch: confirm it. */
  public record BatchReceived(String run, int batch) implements Command, ClusterMessage {}

  /** The coordinator lacks these replications of the batch (lost on the way): run and send them again. */
  public record Resend(String run, int batch, List<Integer> replications) implements Command, ClusterMessage {}

  /** No answer yet: ask the coordinator again. */
  private record AskAgain(String run, int batch) implements Command {}

  /** The coordinator of a run this worker holds a batch of is gone. */
  private record CoordinatorGone(String run, int batch) implements Command {}

  /** This node is up in the cluster. */
  private record Joined(SelfUp up) implements Command {}

  /** A batch the consumer controller delivers. */
  private record Delivered(ConsumerController.Delivery<Batch> delivery) implements Command {}

  /** A batch ran (failure null) or failed. */
  private record Finished(ConsumerController.Delivery<Batch> delivery, boolean again, Throwable failure)
      implements Command {}

  private final int threads;
  private final ExecutorService runner;
  private final TimerScheduler<Command> timers;
  /** The batch ran and waits for the coordinator's acknowledgement before it is confirmed; or null. */
  private ConsumerController.Delivery<Batch> awaiting;
  private String cachedText;
  private Simulation cached;
  /** The actor engine's system for this worker's batches, once one ran (the runner thread's). */
  private volatile ActorEngine.Session engineSession;
  /** When the batch now running started, and the GC time then (for the log line that ends it). */
  private long batchStarted;
  private long gcAtStart;
  private long jitAtStart;
  /** When the last batch ended, and of which run: the time between batches is idle time. */
  private long lastEnded;
  private String lastRun;

  private WorkerNode(ActorContext<Command> context, TimerScheduler<Command> timers, int threads) {
    super(context);
    this.threads = threads;
    this.timers = timers;
    this.runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chainsim-batch");
      t.setDaemon(true);
      return t;
    });
    ActorRef<ConsumerController.Delivery<Batch>> deliveries =
        context.messageAdapter(ConsumerController.deliveryClass(), Delivered::new);
    ActorRef<ConsumerController.Command<Batch>> consumer = context.spawn(ConsumerController.create(BATCHES,
        ConsumerController.Settings$.MODULE$.create(context.getSystem()).withFlowControlWindow(FLOW_CONTROL_WINDOW)),
        "batches");
    consumer.tell(new ConsumerController.Start<>(deliveries));
    Cluster.get(context.getSystem()).subscriptions()
        .tell(Subscribe.create(context.messageAdapter(SelfUp.class, Joined::new), SelfUp.class));
  }

  /** The worker's behaviour: batches run on {@code threads} threads. */
  public static Behavior<Command> create(int threads) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> new WorkerNode(ctx, timers, threads)));
  }

  /** Starts a worker node bound to {@code bind} that joins through {@code seed}, plain TCP. */
  public static ActorSystem<Command> start(Endpoint bind, Endpoint seed, int threads) {
    return start(bind, seed, threads, Tls.OFF);
  }

  /**
   * Starts a worker node bound to {@code bind} that joins through {@code seed} over {@code tls}. If
   * it is not in the cluster after {@link ClusterSettings#joinWithin()}, it logs a warning with what
   * it found at the seed (a TLS mismatch, a certificate refused) and keeps trying.
   */
  public static ActorSystem<Command> start(Endpoint bind, Endpoint seed, int threads, Tls tls) {
    tls.check();
    ActorSystem<Command> system = ActorSystem.create(create(threads), ClusterSettings.SYSTEM,
        ClusterSettings.node(bind, seed, ClusterSettings.WORKER, tls));
    if (!seed.equals(bind)) {
      warnIfNotJoined(system, seed, tls);
    }
    return system;
  }

  /** Starts a worker node bound to {@code bind} that finds the cluster through Pekko Management's bootstrap. */
  public static ActorSystem<Command> start(Endpoint bind, Bootstrap bootstrap, int threads) {
    return start(bind, bootstrap, threads, Tls.OFF);
  }

  /** As above, over {@code tls}. */
  public static ActorSystem<Command> start(Endpoint bind, Bootstrap bootstrap, int threads, Tls tls) {
    tls.check();
    ActorSystem<Command> system = ActorSystem.create(create(threads), ClusterSettings.SYSTEM,
        ClusterSettings.node(bind, bootstrap, ClusterSettings.WORKER, tls));
    bootstrap.start(system);
    return system;
  }

  /** Logs, once, why a worker is still not in the cluster after the join deadline (the probe runs off the actors). */
  private static void warnIfNotJoined(ActorSystem<Command> system, Endpoint seed, Tls tls) {
    java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
    org.apache.pekko.cluster.Cluster.get(system.classicSystem()).registerOnMemberUp(() -> up.set(true));
    Duration within = ClusterSettings.joinWithin();
    system.scheduler().scheduleOnce(within, () -> {
      if (!up.get()) {
        CompletableFuture.runAsync(() -> system.log().warn("not in the cluster after {} s of joining through {}: {};"
            + " still trying", within.toSeconds(), seed, SeedProbe.diagnose(seed, tls)));
      }
    }, system.executionContext());
  }

  /**
   * Starts a worker, calls {@code started}, and returns when its actor system has terminated (stopped, or
   * failed: then an {@link java.util.concurrent.ExecutionException}). For {@code chainsim worker}, so that the
   * command line needs no Pekko type (the architecture test keeps Pekko in the engine and the cluster).
   */
  public static void runUntilStopped(Endpoint bind, Endpoint seed, int threads, Tls tls, Runnable started)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    untilStopped(start(bind, seed, threads, tls), started);
  }

  /** As {@link #runUntilStopped(Endpoint, Endpoint, int, Tls, Runnable)}, found through a bootstrap instead of a seed. */
  public static void runUntilStopped(Endpoint bind, Bootstrap bootstrap, int threads, Tls tls, Runnable started)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    untilStopped(start(bind, bootstrap, threads, tls), started);
  }

  private static void untilStopped(ActorSystem<Command> system, Runnable started)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    started.run();
    system.getWhenTerminated().toCompletableFuture().get();
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Delivered.class, this::onDelivered)
        .onMessage(Finished.class, this::onFinished)
        .onMessage(BatchReceived.class, this::onBatchReceived)
        .onMessage(Resend.class, this::onResend)
        .onMessage(AskAgain.class, this::onAskAgain)
        .onMessage(CoordinatorGone.class, this::onCoordinatorGone)
        .onMessage(Joined.class, joined -> {
          getContext().getLog().info("up in the cluster of {} members, ready for batches",
              joined.up().currentClusterState().members().size());
          return this;
        })
        .onSignal(PostStop.class, stop -> {
          runner.shutdownNow();
          if (engineSession != null) {
            engineSession.terminate();
          }
          return this;
        })
        .build();
  }

  private Behavior<Command> onDelivered(Delivered delivered) {
    Batch batch = delivered.delivery().message();
    getContext().getLog().info("run {} batch {}: replications {}..{}", batch.run(), batch.batch(), batch.first(),
        batch.first() + batch.count() - 1);
    int[] replications = java.util.stream.IntStream.range(batch.first(), batch.first() + batch.count()).toArray();
    batchStarted = System.nanoTime();
    gcAtStart = gcMillis();
    jitAtStart = jitMillis();
    start(delivered.delivery(), replications, false);
    return this;
  }

  /** Runs replications of a batch off the actor's thread; {@link Finished} follows. */
  private void start(ConsumerController.Delivery<Batch> delivery, int[] replications, boolean again) {
    CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> run(delivery.message(), replications), runner);
    getContext().pipeToSelf(ran, (ok, failure) -> new Finished(delivery, again, failure));
  }

  private Behavior<Command> onFinished(Finished finished) {
    Batch batch = finished.delivery().message();
    if (finished.again() && !awaits(batch.run(), batch.batch())) {
      return this; // the batch was dropped meanwhile (its coordinator went)
    }
    if (finished.failure() != null) {
      Throwable cause = finished.failure().getCause() != null ? finished.failure().getCause() : finished.failure();
      getContext().getLog().warn("run {} batch {} failed: {}", batch.run(), batch.batch(), cause.getMessage());
      batch.replyTo().tell(new ClusterRun.BatchFailed(batch.batch(), String.valueOf(cause.getMessage())));
      if (awaiting != null) {
        confirmAwaited(); // a replication run again failed: the batch is over
      } else {
        finished.delivery().confirmTo().tell(ConsumerController.confirmed());
      }
      return this;
    }
    if (!finished.again()) {
      logFinished(batch);
    }
    if (awaiting == null) {
      awaiting = finished.delivery();
      getContext().watchWith(batch.replyTo(), new CoordinatorGone(batch.run(), batch.batch()));
    }
    askForAcknowledgement();
    return this;
  }

  /**
   * One line per batch, which {@code chainsim bench cluster} reads for each worker's busy share: the
   * batch's wall time, the time this worker sat idle before it (since its previous batch of the same
   * run ended: the acknowledgement's round trip and the wait for work), and the GC and JIT
   * compilation time in it (a fresh worker compiles the model for many seconds of CPU).
   */
  private void logFinished(Batch batch) {
    long now = System.nanoTime();
    long idle = batch.run().equals(lastRun) ? batchStarted - lastEnded : 0;
    getContext().getLog().info("run {} batch {} done: {} replications in {} ms, {} ms idle before it, gc {} ms,"
        + " jit {} ms", batch.run(), batch.batch(), batch.count(), (now - batchStarted) / 1_000_000,
        Math.max(0, idle) / 1_000_000, gcMillis() - gcAtStart, jitMillis() - jitAtStart);
    lastEnded = now;
    lastRun = batch.run();
  }

  /** Milliseconds this JVM's JIT compilers spent compiling so far (0 when the JVM does not say). */
  static long jitMillis() {
    var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** Milliseconds this JVM spent in garbage collection so far. */
  static long gcMillis() {
    long total = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** Tells the coordinator the batch is sent, and asks again later unless it answers. */
  private void askForAcknowledgement() {
    Batch batch = awaiting.message();
    batch.replyTo().tell(new ClusterRun.BatchDone(batch.run(), batch.batch(), getContext().getSelf()));
    timers.startSingleTimer(AskAgain.class, new AskAgain(batch.run(), batch.batch()), ASK_AGAIN_EVERY);
  }

  private boolean awaits(String run, int batch) {
    return awaiting != null && awaiting.message().run().equals(run) && awaiting.message().batch() == batch;
  }

  private Behavior<Command> onBatchReceived(BatchReceived received) {
    if (awaits(received.run(), received.batch())) {
      confirmAwaited();
    }
    return this;
  }

  private Behavior<Command> onResend(Resend resend) {
    if (awaits(resend.run(), resend.batch())) {
      timers.cancel(AskAgain.class);
      getContext().getLog().warn("run {} batch {}: the coordinator lacks replications {}; running them again",
          resend.run(), resend.batch(), resend.replications());
      start(awaiting, resend.replications().stream().mapToInt(Integer::intValue).toArray(), true);
    }
    return this;
  }

  private Behavior<Command> onAskAgain(AskAgain again) {
    if (awaits(again.run(), again.batch())) {
      askForAcknowledgement();
    }
    return this;
  }

  private Behavior<Command> onCoordinatorGone(CoordinatorGone gone) {
    if (awaits(gone.run(), gone.batch())) {
      getContext().getLog().info("run {} batch {}: the coordinator is gone; dropping the batch", gone.run(),
          gone.batch());
      confirmAwaited();
    }
    return this;
  }

  /** Confirms the batch awaiting its acknowledgement: the consumer controller then delivers the next. */
  private void confirmAwaited() {
    timers.cancel(AskAgain.class);
    getContext().unwatch(awaiting.message().replyTo());
    awaiting.confirmTo().tell(ConsumerController.confirmed());
    awaiting = null;
  }

  /** Runs replications of a batch on the runner thread: the engine's own threads do the work. */
  private void run(Batch batch, int[] replications) {
    Simulation simulation = simulation(batch.scenarioYaml());
    EngineKind engine = EngineKind.valueOf(batch.engine().toUpperCase(java.util.Locale.ROOT));
    try {
      java.util.function.Consumer<chainsim.metrics.ReplicationResult> sink =
          r -> batch.replyTo().tell(ClusterRun.ReplicationDone.of(batch.batch(), r));
      if (engine == EngineKind.ACTOR) {
        engineSession().run(simulation, i -> simulation.replication(replications[i]), replications.length, sink);
      } else {
        MonteCarlo.forEachReplication(simulation, i -> simulation.replication(replications[i]), replications.length,
            threads, engine, sink);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The actor engine's system, started at the first batch and kept for every batch after (the
   * runner thread is the only caller): a system per batch cost ~0.1 CPU s and kept the JIT busy.
   */
  private ActorEngine.Session engineSession() {
    if (engineSession == null) {
      engineSession = new ActorEngine.Session(threads);
    }
    return engineSession;
  }

  /** The simulation of a scenario text, built once for as long as runs send the same text. */
  private synchronized Simulation simulation(String yaml) {
    if (!yaml.equals(cachedText)) {
      try {
        cached = new Simulation(ScenarioLoader.load(yaml, Path.of("scenario.yaml")).scenario());
      } catch (ScenarioException e) {
        // the coordinator sends what its own loader wrote: a worker of another version may disagree
        throw new IllegalStateException("the run's scenario does not load on this worker: " + e.getMessage(), e);
      }
      cachedText = yaml;
    }
    return cached;
  }
}
