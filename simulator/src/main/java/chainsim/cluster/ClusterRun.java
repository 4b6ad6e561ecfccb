package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.pekko.Done;
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
 * <p>No result can be lost after its batch is confirmed: a worker ends each batch with
 * {@link BatchDone}, and the coordinator answers {@link WorkerNode.BatchReceived} only when it
 * holds every replication of the batch, or {@link WorkerNode.Resend} with the ones it lacks (lost
 * on a connection that broke while both ends lived); the worker confirms the batch to the
 * work-pulling controller only after {@code BatchReceived}. A run that cannot make progress (no
 * worker, or nothing heard from any for {@code stallAfter}) fails with a message saying so, as does
 * a batch confirmed while replications of it are still missing (a worker that skipped the
 * acknowledgement), instead of waiting for ever.
 *
 * <p>The coordinator is its actor system's guardian, and it does not stop when the run ends: a
 * stopped guardian terminates the system at once, racing the graceful leave from the cluster that
 * the caller does next ({@link BatchedRun}). It idles instead (still acknowledging batches whose
 * workers ask again), and goes with its system.
 */
public final class ClusterRun extends AbstractBehavior<ClusterRun.Command> {

  /** What the coordinator understands. */
  public sealed interface Command permits WorkWanted, ReplicationDone, BatchDone, BatchFailed, Confirmed, Tick {}

  /** The producer controller has a worker ready for a batch. */
  private record WorkWanted(WorkPullingProducerController.RequestNext<Batch> next) implements Command {}

  /**
   * A replication of a batch finished on a worker: everything the aggregate needs of it, and its
   * {@link ReplicationCodec} frame (what crosses the network, through {@link ReplicationSerializer};
   * null when none was made: then the serializer makes it).
   */
  public record ReplicationDone(int batch, ReplicationResult result, byte[] frame) implements Command, ClusterMessage {
    /** Without a frame yet. */
    public ReplicationDone(int batch, ReplicationResult result) {
      this(batch, result, null);
    }

    /** With its frame made now, on the caller's thread (a worker's engine thread, as the replication ends). */
    public static ReplicationDone of(int batch, ReplicationResult result) {
      return new ReplicationDone(batch, result, ReplicationCodec.encode(result));
    }
  }

  /**
   * A worker sent every replication of a batch (again, when asked to resend some, or when no answer
   * came): answered with {@link WorkerNode.BatchReceived} or {@link WorkerNode.Resend} to {@code ackTo}.
   */
  public record BatchDone(String run, int batch, ActorRef<WorkerNode.Command> ackTo)
      implements Command, ClusterMessage {}

  /** A replication of a batch failed on a worker: the run fails with its message. */
  public record BatchFailed(int batch, String message) implements Command, ClusterMessage {}

  /** The work-pulling controller says a worker confirmed a batch (failure: the ask gave up). */
  private record Confirmed(int batch, Throwable failure) implements Command {}

  /** Time to see whether the run still moves. */
  private enum Tick implements Command { INSTANCE }

  /** Where the results go; answers true once the run has every replication. */
  public interface Sink {
    boolean accept(ReplicationResult result);

    /** As {@link #accept(ReplicationResult)}, with the result's frame as it arrived (null: none). */
    default boolean accept(ReplicationResult result, byte[] frame) {
      return accept(result);
    }
  }

  /** How long the coordinator waits without hearing from any worker before it warns, once. */
  static final Duration WARN_AFTER = Duration.ofSeconds(15);

  private final String runId;
  private final String scenarioYaml;
  private final String engine;
  private final BatchPlan plan;
  private final Deque<Integer> toHandOut;
  private final Sink sink;
  private final CompletableFuture<Void> done;
  private final Duration stallAfter;
  private final Consumer<String> warn;
  private final TimerScheduler<Command> timers;
  /** Replications the sink took, by index. */
  private final BitSet received;
  private boolean anyWorker;
  private boolean warned;
  private long lastHeard = System.nanoTime();
  private final long started = lastHeard;

  private ClusterRun(ActorContext<Command> context, TimerScheduler<Command> timers, String runId,
      String scenarioYaml, String engine, BatchPlan plan, List<Integer> batches, Sink sink,
      CompletableFuture<Void> done, Duration stallAfter) {
    super(context);
    this.runId = runId;
    this.scenarioYaml = scenarioYaml;
    this.engine = engine;
    this.plan = plan;
    this.toHandOut = new ArrayDeque<>(batches);
    this.sink = sink;
    this.done = done;
    this.stallAfter = stallAfter;
    this.timers = timers;
    this.received = new BitSet(plan.replications());
    // batches not to be run here (checkpointed earlier) count as received
    received.set(0, plan.replications());
    for (int b : batches) {
      received.clear(plan.first(b), plan.first(b) + plan.count(b));
    }
    this.warn = message -> context.getLog().warn(message);
    ActorRef<WorkPullingProducerController.RequestNext<Batch>> wanted =
        context.messageAdapter(WorkPullingProducerController.requestNextClass(), WorkWanted::new);
    ActorRef<WorkPullingProducerController.Command<Batch>> producer = context.spawn(
        WorkPullingProducerController.create(Batch.class, "chainsim-run-" + runId, WorkerNode.BATCHES,
            Optional.empty()),
        "producer");
    producer.tell(new WorkPullingProducerController.Start<>(wanted));
    Duration every = stallAfter.dividedBy(10);
    timers.startTimerWithFixedDelay(Tick.INSTANCE, every.compareTo(Duration.ofSeconds(1)) < 0
        ? Duration.ofMillis(Math.max(50, every.toMillis())) : Duration.ofSeconds(Math.min(5, every.toSeconds())));
  }

  /**
   * The coordinator of a run that hands out {@code batches} of {@code plan} (the ones not already
   * checkpointed) and completes {@code done} when the sink has every replication, or fails it
   * when a replication fails or the run stops moving for {@code stallAfter}.
   */
  public static Behavior<Command> create(String runId, String scenarioYaml, String engine, BatchPlan plan,
      List<Integer> batches, Sink sink, CompletableFuture<Void> done, Duration stallAfter) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
        new ClusterRun(ctx, timers, runId, scenarioYaml, engine, plan, batches, sink, done, stallAfter)));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(WorkWanted.class, this::onWorkWanted)
        .onMessage(ReplicationDone.class, this::onReplicationDone)
        .onMessage(BatchDone.class, this::onBatchDone)
        .onMessage(BatchFailed.class, this::onBatchFailed)
        .onMessage(Confirmed.class, this::onConfirmed)
        .onMessageEquals(Tick.INSTANCE, this::onTick)
        .build();
  }

  private Behavior<Command> onWorkWanted(WorkWanted wanted) {
    anyWorker = true;
    lastHeard = System.nanoTime();
    // with nothing left to hand out, the request stays unanswered: the controller still re-sends
    // what a lost worker had not confirmed
    if (!toHandOut.isEmpty()) {
      int batch = toHandOut.poll();
      Batch message = new Batch(runId, scenarioYaml, engine, batch, plan.first(batch), plan.count(batch),
          getContext().getSelf());
      // asked, so that the controller tells when the worker confirmed it; a batch may run for long
      getContext().ask(Done.class, wanted.next().askNextTo(), Duration.ofDays(30),
          replyTo -> new WorkPullingProducerController.MessageWithConfirmation<>(message, replyTo),
          (ok, failure) -> new Confirmed(batch, failure));
    }
    return this;
  }

  private Behavior<Command> onReplicationDone(ReplicationDone message) {
    lastHeard = System.nanoTime();
    try {
      boolean all = sink.accept(message.result(), message.frame());
      received.set(message.result().replication());
      if (all) {
        done.complete(null);
        return finished();
      }
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
      return failed();
    }
    return this;
  }

  private Behavior<Command> onBatchDone(BatchDone message) {
    lastHeard = System.nanoTime();
    answer(message);
    return this;
  }

  /** Acknowledges a batch the coordinator holds whole, or asks for the replications it lacks. */
  private void answer(BatchDone message) {
    if (!runId.equals(message.run())) {
      return; // a batch of an earlier run on this address: not ours
    }
    List<Integer> missing = missing(message.batch());
    message.ackTo().tell(missing.isEmpty() ? new WorkerNode.BatchReceived(runId, message.batch())
        : new WorkerNode.Resend(runId, message.batch(), missing));
  }

  private Behavior<Command> onBatchFailed(BatchFailed failed) {
    done.completeExceptionally(new IllegalStateException(failed.message()));
    return failed();
  }

  private Behavior<Command> onConfirmed(Confirmed confirmed) {
    lastHeard = System.nanoTime();
    List<Integer> missing = missing(confirmed.batch());
    if (confirmed.failure() == null && !missing.isEmpty()) {
      done.completeExceptionally(new IllegalStateException(String.format(Locale.ROOT,
          "batch %d (replications %d..%d) was confirmed by its worker, but replications %s of it never arrived:"
              + " run the same command again with --resume to reuse the batches finished so far",
          confirmed.batch(), plan.first(confirmed.batch()),
          plan.first(confirmed.batch()) + plan.count(confirmed.batch()) - 1, missing)));
      return failed();
    }
    return this;
  }

  private Behavior<Command> onTick() {
    long now = System.nanoTime();
    if (!anyWorker && !warned && now - started >= WARN_AFTER.toNanos()) {
      warned = true;
      warn.accept("no worker has asked for work in " + WARN_AFTER.toSeconds()
          + " s: is a 'chainsim worker' up and joined to the seed node?");
    }
    if (now - lastHeard < stallAfter.toNanos()) {
      return this;
    }
    String waited = seconds(stallAfter);
    done.completeExceptionally(new IllegalStateException(anyWorker
        ? String.format(Locale.ROOT, "the run stalled: nothing came from any worker for %s, with %d of %d replications"
            + " in and batches %s unfinished (workers gone or cut off?); run the same command again with --resume to"
            + " reuse the batches finished so far", waited, received.cardinality(), plan.replications(), unfinished())
        : "no worker asked for work in " + waited + ": is a 'chainsim worker' up and joined to the seed node?"));
    return failed();
  }

  /** After the last replication: answer the workers that still ask about their batch, nothing more. */
  private Behavior<Command> finished() {
    timers.cancelAll();
    return Behaviors.receive(Command.class)
        .onMessage(BatchDone.class, message -> {
          answer(message);
          return Behaviors.same();
        })
        .build();
  }

  /** After a failure: nothing more (the caller leaves the cluster, and the workers see the coordinator go). */
  private Behavior<Command> failed() {
    timers.cancelAll();
    return Behaviors.ignore();
  }

  /** The replications of a batch not received yet, in order. */
  private List<Integer> missing(int batch) {
    List<Integer> missing = new ArrayList<>();
    for (int r = plan.first(batch); r < plan.first(batch) + plan.count(batch); r++) {
      if (!received.get(r)) {
        missing.add(r);
      }
    }
    return missing;
  }

  /** The batches with a replication still missing, as a short list. */
  private String unfinished() {
    List<Integer> batches = new ArrayList<>();
    for (int b = 0; b < plan.batches(); b++) {
      if (!missing(b).isEmpty()) {
        batches.add(b);
      }
    }
    String all = batches.toString();
    return batches.size() <= 10 ? all : batches.subList(0, 10).toString().replace("]", ", ... (" + batches.size()
        + " in all)]");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
