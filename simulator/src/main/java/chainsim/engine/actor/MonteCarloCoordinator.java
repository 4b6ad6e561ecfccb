package chainsim.engine.actor;

import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
 * hands each finished replication to the sink.
 */
public final class MonteCarloCoordinator extends AbstractBehavior<MonteCarloCoordinator.Command> {

  /** What the coordinator understands. */
  public sealed interface Command permits ReplicationDone {}

  /** A replication finished. */
  public record ReplicationDone(ReplicationResult result) implements Command {}

  private final Simulation simulation;
  private final int replications;
  private final int firmsPerBlock;
  private final Consumer<ReplicationResult> sink;
  private final CompletableFuture<Void> done;
  private int started;
  private int finished;

  private MonteCarloCoordinator(ActorContext<Command> context, Simulation simulation, int replications,
      int inFlight, int firmsPerBlock, Consumer<ReplicationResult> sink, CompletableFuture<Void> done) {
    super(context);
    this.simulation = simulation;
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

  public static Behavior<Command> create(Simulation simulation, int replications, int inFlight, int firmsPerBlock,
      Consumer<ReplicationResult> sink, CompletableFuture<Void> done) {
    return Behaviors.setup(
        ctx -> new MonteCarloCoordinator(ctx, simulation, replications, inFlight, firmsPerBlock, sink, done));
  }

  private void startNext() {
    int index = started++;
    ActorRef<ReplicationActor.Command> child = getContext().spawn(
        ReplicationActor.create(simulation, index, firmsPerBlock, getContext().getSelf()), "replication-" + index);
    getContext().watch(child);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(ReplicationDone.class, this::onDone)
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

  private Behavior<Command> onChildFailed(ChildFailed failed) {
    done.completeExceptionally(failed.getCause());
    return Behaviors.stopped();
  }
}
