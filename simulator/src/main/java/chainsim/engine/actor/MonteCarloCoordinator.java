package chainsim.engine.actor;

import chainsim.engine.Replication;
import chainsim.engine.ReplicationFailure;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.ChildFailed;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Runs the replications of a Monte Carlo run with a bounded number in flight (enough to keep
 * every thread busy while one replication waits at a barrier, few enough to bound memory), and
 * hands each finished replication to the sink. The first replication that fails ends the run:
 * the failure completes the run's future and the coordinator stops.
 */
public final class MonteCarloCoordinator extends AbstractBehavior<MonteCarloCoordinator.Command> {

  /** What the coordinator understands. */
  public sealed interface Command permits ReplicationDone, ReplicationFailed {}

  /** A replication finished. */
  public record ReplicationDone(ReplicationResult result) implements Command {}

  /** A replication could not finish. */
  public record ReplicationFailed(ReplicationFailure failure) implements Command {}

  private final Simulation simulation;
  private final IntFunction<Replication> build;
  private final int replications;
  private final int firmsPerBlock;
  private final Consumer<ReplicationResult> sink;
  private final CompletableFuture<Void> done;
  private int started;
  private int finished;

  private MonteCarloCoordinator(ActorContext<Command> context, Simulation simulation, IntFunction<Replication> build,
      int replications, int inFlight, int firmsPerBlock, Consumer<ReplicationResult> sink,
      CompletableFuture<Void> done) {
    super(context);
    this.simulation = simulation;
    this.build = build;
    this.replications = replications;
    this.firmsPerBlock = firmsPerBlock;
    this.sink = sink;
    this.done = done;
    for (int i = 0; i < Math.min(inFlight, replications); i++) {
      startNext();
    }
    if (replications == 0) {
      done.complete(null);
    }
  }

  public static Behavior<Command> create(Simulation simulation, IntFunction<Replication> build, int replications,
      int inFlight, int firmsPerBlock, Consumer<ReplicationResult> sink, CompletableFuture<Void> done) {
    return Behaviors.setup(ctx ->
        new MonteCarloCoordinator(ctx, simulation, build, replications, inFlight, firmsPerBlock, sink, done));
  }

  private void startNext() {
    int index = started++;
    ActorRef<ReplicationActor.Command> child = getContext().spawn(
        ReplicationActor.supervised(ReplicationActor.create(simulation, build, index, firmsPerBlock,
            getContext().getSelf())),
        "replication-" + index);
    getContext().watch(child);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(ReplicationDone.class, this::onDone)
        .onMessage(ReplicationFailed.class, this::onFailed)
        .onSignal(ChildFailed.class, this::onChildFailed)
        .onSignal(Terminated.class, stopped -> this) // a replication that reported and stopped
        .build();
  }

  private Behavior<Command> onDone(ReplicationDone message) {
    try {
      sink.accept(message.result());
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
      return Behaviors.stopped();
    }
    finished++;
    if (finished == replications) {
      done.complete(null);
      return Behaviors.stopped();
    }
    if (started < replications) {
      startNext();
    }
    return this;
  }

  private Behavior<Command> onFailed(ReplicationFailed failed) {
    done.completeExceptionally(failed.failure());
    return Behaviors.stopped();
  }

  /** A replication actor that failed without saying so (a bug of the engine's own, not the model's). */
  private Behavior<Command> onChildFailed(ChildFailed failed) {
    Throwable cause = failed.getCause();
    if (!(cause instanceof ReplicationFailure)) {
      // the replication actor failed while building its model, before it could say where
      String name = failed.getRef().path().name();
      int index = Integer.parseInt(name.substring(name.indexOf('-') + 1));
      cause = new ReplicationFailure(index, "while building its model", cause);
    }
    done.completeExceptionally(cause);
    return Behaviors.stopped();
  }
}
