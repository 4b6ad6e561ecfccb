package chainsim.engine.actor;

import chainsim.selling.EntityMonth;
import chainsim.selling.Seller;
import chainsim.selling.SellerInputs;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** A direct branch, equity channel, agent or sales desk: runs its month when told. */
public final class SellerActor extends AbstractBehavior<SellerActor.Command> {

  /** What a seller understands. */
  public sealed interface Command permits Operate {}

  /** Run the month with these inputs. */
  public record Operate(SellerInputs inputs, ActorRef<ReplicationActor.Command> replyTo) implements Command {}

  private final Seller seller;

  private SellerActor(ActorContext<Command> context, Seller seller) {
    super(context);
    this.seller = seller;
  }

  public static Behavior<Command> create(Seller seller) {
    return Behaviors.setup(ctx -> new SellerActor(ctx, seller));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(Operate.class, this::onOperate).build();
  }

  private Behavior<Command> onOperate(Operate operate) {
    EntityMonth month;
    try {
      month = seller.operate(operate.inputs());
    } catch (RuntimeException | StackOverflowError e) {
      throw new PartFailure(seller.spec().id(), e);
    }
    operate.replyTo().tell(new ReplicationActor.SellerDone(month));
    return this;
  }
}
