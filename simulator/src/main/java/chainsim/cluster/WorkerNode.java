package chainsim.cluster;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
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
import org.apache.pekko.actor.typed.receptionist.ServiceKey;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.SelfUp;
import org.apache.pekko.cluster.typed.Subscribe;

/**
 * A worker node: its consumer controller is registered with the Receptionist under
 * {@link #BATCHES}, so every run's work-pulling producer finds it; it runs one batch at a time
 * with the ordinary engine on its own threads (never on the actor's thread), sends each
 * replication's result straight to the run's coordinator, and confirms the batch only after the
 * last one went out. A worker that dies before confirming leaves the batch unconfirmed, and the
 * producer hands it to another worker.
 */
public final class WorkerNode extends AbstractBehavior<WorkerNode.Command> {

  /** Where runs find the workers' consumer controllers. */
  public static final ServiceKey<ConsumerController.Command<Batch>> BATCHES =
      ServiceKey.create(ConsumerController.serviceKeyClass(), "chainsim-batches");

  /** What the worker understands (all local: from its consumer controller and its own threads). */
  public sealed interface Command permits Delivered, Finished, Joined {}

  /** This node is up in the cluster. */
  private record Joined(SelfUp up) implements Command {}

  /** A batch the consumer controller delivers. */
  private record Delivered(ConsumerController.Delivery<Batch> delivery) implements Command {}

  /** A batch ran (failure null) or failed. */
  private record Finished(ConsumerController.Delivery<Batch> delivery, Throwable failure) implements Command {}

  private final int threads;
  private final ExecutorService runner;
  private String cachedText;
  private Simulation cached;

  private WorkerNode(ActorContext<Command> context, int threads) {
    super(context);
    this.threads = threads;
    this.runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chainsim-batch");
      t.setDaemon(true);
      return t;
    });
    ActorRef<ConsumerController.Delivery<Batch>> deliveries =
        context.messageAdapter(ConsumerController.deliveryClass(), Delivered::new);
    ActorRef<ConsumerController.Command<Batch>> consumer =
        context.spawn(ConsumerController.create(BATCHES), "batches");
    consumer.tell(new ConsumerController.Start<>(deliveries));
    Cluster.get(context.getSystem()).subscriptions()
        .tell(Subscribe.create(context.messageAdapter(SelfUp.class, Joined::new), SelfUp.class));
  }

  /** The worker's behaviour: batches run on {@code threads} threads. */
  public static Behavior<Command> create(int threads) {
    return Behaviors.setup(ctx -> new WorkerNode(ctx, threads));
  }

  /** Starts a worker node bound to {@code bind} that joins through {@code seed}. */
  public static ActorSystem<Command> start(Endpoint bind, Endpoint seed, int threads) {
    return ActorSystem.create(create(threads), ClusterSettings.SYSTEM,
        ClusterSettings.node(bind, seed, ClusterSettings.WORKER));
  }

  /** Starts a worker node bound to {@code bind} that finds the cluster through Pekko Management's bootstrap. */
  public static ActorSystem<Command> start(Endpoint bind, Bootstrap bootstrap, int threads) {
    ActorSystem<Command> system = ActorSystem.create(create(threads), ClusterSettings.SYSTEM,
        ClusterSettings.node(bind, bootstrap));
    bootstrap.start(system);
    return system;
  }

  /**
   * Starts a worker, calls {@code started}, and returns when its actor system has terminated (stopped, or
   * failed: then an {@link java.util.concurrent.ExecutionException}). For {@code chainsim worker}, so that the
   * command line needs no Pekko type (the architecture test keeps Pekko in the engine and the cluster).
   */
  public static void runUntilStopped(Endpoint bind, Endpoint seed, int threads, Runnable started)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    untilStopped(start(bind, seed, threads), started);
  }

  /** As {@link #runUntilStopped(Endpoint, Endpoint, int, Runnable)}, found through a bootstrap instead of a seed. */
  public static void runUntilStopped(Endpoint bind, Bootstrap bootstrap, int threads, Runnable started)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    untilStopped(start(bind, bootstrap, threads), started);
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
        .onMessage(Joined.class, joined -> {
          getContext().getLog().info("up in the cluster of {} members, ready for batches",
              joined.up().currentClusterState().members().size());
          return this;
        })
        .onSignal(PostStop.class, stop -> {
          runner.shutdownNow();
          return this;
        })
        .build();
  }

  private Behavior<Command> onDelivered(Delivered delivered) {
    Batch batch = delivered.delivery().message();
    getContext().getLog().info("run {} batch {}: replications {}..{}", batch.run(), batch.batch(), batch.first(),
        batch.first() + batch.count() - 1);
    CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> run(batch), runner);
    getContext().pipeToSelf(ran, (ok, failure) -> new Finished(delivered.delivery(), failure));
    return this;
  }

  private Behavior<Command> onFinished(Finished finished) {
    Batch batch = finished.delivery().message();
    if (finished.failure() != null) {
      Throwable cause = finished.failure().getCause() != null ? finished.failure().getCause() : finished.failure();
      getContext().getLog().warn("run {} batch {} failed: {}", batch.run(), batch.batch(), cause.getMessage());
      batch.replyTo().tell(new ClusterRun.BatchFailed(batch.batch(), String.valueOf(cause.getMessage())));
    }
    finished.delivery().confirmTo().tell(ConsumerController.confirmed());
    return this;
  }

  /** Runs a batch on the runner thread: the engine's own threads do the work. */
  private void run(Batch batch) {
    Simulation simulation = simulation(batch.scenarioYaml());
    EngineKind engine = EngineKind.valueOf(batch.engine().toUpperCase(java.util.Locale.ROOT));
    try {
      MonteCarlo.forEachReplication(simulation, i -> simulation.replication(batch.first() + i), batch.count(),
          threads, engine, r -> batch.replyTo().tell(new ClusterRun.ReplicationDone(batch.batch(), r)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
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
