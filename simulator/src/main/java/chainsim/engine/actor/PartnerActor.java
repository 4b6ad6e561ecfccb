package chainsim.engine.actor;

import chainsim.channel.Partner;
import chainsim.headoffice.PartnerAssignment;
import chainsim.selling.EntityMonth;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** A partner: takes the month's subcontracts and works the month. */
public final class PartnerActor extends AbstractBehavior<PartnerActor.Command> {

  /** What a partner understands. */
  public sealed interface Command permits Work {}

  /** Take these subcontracts and work the month. */
  public record Work(PartnerAssignment assignment, ActorRef<ReplicationActor.Command> replyTo) implements Command {}

  private final Partner partner;

  private PartnerActor(ActorContext<Command> context, Partner partner) {
    super(context);
    this.partner = partner;
  }

  public static Behavior<Command> create(Partner partner) {
    return Behaviors.setup(ctx -> new PartnerActor(ctx, partner));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(Work.class, this::onWork).build();
  }

  private Behavior<Command> onWork(Work work) {
    PartnerAssignment a = work.assignment();
    EntityMonth month;
    try {
      month = partner.work(a.month(), a.subcontracts());
    } catch (RuntimeException | StackOverflowError e) {
      throw new PartFailure(partner.spec().id(), e);
    }
    work.replyTo().tell(new ReplicationActor.PartnerDone(month));
    return this;
  }
}
