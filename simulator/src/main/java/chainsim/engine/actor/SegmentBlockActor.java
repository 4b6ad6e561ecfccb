package chainsim.engine.actor;

import chainsim.headoffice.SegmentInputs;
import chainsim.market.Segment;
import chainsim.market.SegmentMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** A block of market segments: steps each of its segments through the month. */
public final class SegmentBlockActor extends AbstractBehavior<SegmentBlockActor.Command> {

  /** What a segment block understands. */
  public sealed interface Command permits Step {}

  /** Step the block's segments through a month with these inputs (one per segment of the block). */
  public record Step(int month, List<SegmentInputs> inputs, ActorRef<ReplicationActor.Command> replyTo)
      implements Command {}

  private final Map<Integer, Segment> segments;

  private SegmentBlockActor(ActorContext<Command> context, Map<Integer, Segment> segments) {
    super(context);
    this.segments = segments;
  }

  /** @param segments the block's segments by segment index */
  public static Behavior<Command> create(Map<Integer, Segment> segments) {
    return Behaviors.setup(ctx -> new SegmentBlockActor(ctx, segments));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(Step.class, this::onStep).build();
  }

  private Behavior<Command> onStep(Step step) {
    List<SegmentMonth> results = new ArrayList<>(step.inputs().size());
    for (SegmentInputs in : step.inputs()) {
      Segment segment = segments.get(in.segment());
      try {
        results.add(segment.step(step.month(), in.efforts(), in.effects(), in.grants()));
      } catch (RuntimeException | StackOverflowError e) {
        throw new PartFailure("segment " + segment.spec().id(), e);
      }
    }
    step.replyTo().tell(new ReplicationActor.SegmentsDone(results));
    return this;
  }
}
