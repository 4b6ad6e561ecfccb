package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.delivery.WorkPullingProducerController;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * The coordinator of one run on the cluster. It owns a {@link WorkPullingProducerController} and
 * hands out a batch each time a worker asks for one (back-pressure: a worker asks only when free);
 * the controller re-sends a batch whose worker vanished before confirming it. Results arrive one
 * replication at a time, in any order, possibly twice (a batch re-run after its worker died half
 * way): the sink sorts that out ({@link BatchCollector}); the run is done when the sink says so.
 *
 * <p>The coordinator is its actor system's guardian, and it does not stop when the run ends: a
 * stopped guardian terminates the system at once, racing the graceful leave from the cluster that
 * the caller does next ({@link BatchedRun}). It idles instead, and goes with its system.
 */
public final class ClusterRun extends AbstractBehavior<ClusterRun.Command> {

  /** What the coordinator understands. */
  public sealed interface Command permits WorkWanted, ReplicationDone, BatchFailed, NoWorkerYet {}

  /** The producer controller has a worker ready for a batch. */
  private record WorkWanted(WorkPullingProducerController.RequestNext<Batch> next) implements Command {}

  /** A replication of a batch finished on a worker: everything the aggregate needs of it. */
  public record ReplicationDone(int batch, ReplicationResult result) implements Command, ClusterMessage {}

  /** A replication of a batch failed on a worker: the run fails with its message. */
  public record BatchFailed(int batch, String message) implements Command, ClusterMessage {}

  /** No worker has asked for work yet: say so, once. */
  private enum NoWorkerYet implements Command { INSTANCE }

  /** Where the results go; answers true once the run has every replication. */
  public interface Sink {
    boolean accept(ReplicationResult result);
  }

  private final String runId;
  private final String scenarioYaml;
  private final String engine;
  private final BatchPlan plan;
  private final Deque<Integer> toHandOut;
  private final Sink sink;
  private final CompletableFuture<Void> done;
  private final Consumer<String> warn;
  private boolean anyWorker;

  private ClusterRun(ActorContext<Command> context, TimerScheduler<Command> timers, String runId,
      String scenarioYaml, String engine, BatchPlan plan, List<Integer> batches, Sink sink,
      CompletableFuture<Void> done) {
    super(context);
    this.runId = runId;
    this.scenarioYaml = scenarioYaml;
    this.engine = engine;
    this.plan = plan;
    this.toHandOut = new ArrayDeque<>(batches);
    this.sink = sink;
    this.done = done;
    this.warn = message -> context.getLog().warn(message);
    ActorRef<WorkPullingProducerController.RequestNext<Batch>> wanted =
        context.messageAdapter(WorkPullingProducerController.requestNextClass(), WorkWanted::new);
    ActorRef<WorkPullingProducerController.Command<Batch>> producer = context.spawn(
        WorkPullingProducerController.create(Batch.class, "chainsim-run-" + runId, WorkerNode.BATCHES,
            Optional.empty()),
        "producer");
    producer.tell(new WorkPullingProducerController.Start<>(wanted));
    timers.startSingleTimer(NoWorkerYet.INSTANCE, Duration.ofSeconds(15));
  }

  /**
   * The coordinator of a run that hands out {@code batches} of {@code plan} (the ones not already
   * checkpointed) and completes {@code done} when the sink has every replication, or fails it
   * when a replication fails.
   */
  public static Behavior<Command> create(String runId, String scenarioYaml, String engine, BatchPlan plan,
      List<Integer> batches, Sink sink, CompletableFuture<Void> done) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
        new ClusterRun(ctx, timers, runId, scenarioYaml, engine, plan, batches, sink, done)));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(WorkWanted.class, this::onWorkWanted)
        .onMessage(ReplicationDone.class, this::onReplicationDone)
        .onMessage(BatchFailed.class, this::onBatchFailed)
        .onMessageEquals(NoWorkerYet.INSTANCE, this::onNoWorkerYet)
        .build();
  }

  private Behavior<Command> onWorkWanted(WorkWanted wanted) {
    anyWorker = true;
    // with nothing left to hand out, the request stays unanswered: the controller still re-sends
    // what a lost worker had not confirmed
    if (!toHandOut.isEmpty()) {
      int batch = toHandOut.poll();
      wanted.next().sendNextTo().tell(new Batch(runId, scenarioYaml, engine, batch, plan.first(batch),
          plan.count(batch), getContext().getSelf()));
    }
    return this;
  }

  private Behavior<Command> onReplicationDone(ReplicationDone message) {
    try {
      if (sink.accept(message.result())) {
        done.complete(null);
        return Behaviors.ignore();
      }
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
      return Behaviors.ignore();
    }
    return this;
  }

  private Behavior<Command> onBatchFailed(BatchFailed failed) {
    done.completeExceptionally(new IllegalStateException(failed.message()));
    return Behaviors.ignore();
  }

  private Behavior<Command> onNoWorkerYet() {
    if (!anyWorker) {
      warn.accept("no worker has asked for work in 15 s: is a 'chainsim worker' up and joined to the seed node?");
    }
    return this;
  }
}
