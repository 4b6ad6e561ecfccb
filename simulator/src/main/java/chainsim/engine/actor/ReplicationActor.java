package chainsim.engine.actor;

import chainsim.engine.Replication;
import chainsim.engine.Simulation;
import chainsim.headoffice.HeadOffice;
import chainsim.headoffice.PartnerAssignment;
import chainsim.headoffice.SegmentInputs;
import chainsim.market.Segment;
import chainsim.market.SegmentMonth;
import chainsim.selling.EntityMonth;
import chainsim.selling.SellerInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * One replication: the head office's shell. It builds the replication's model objects, spawns a
 * child per segment block, seller and partner, and drives the monthly protocol with a barrier
 * after each phase: segments, sellers, partners, consolidation.
 */
public final class ReplicationActor extends AbstractBehavior<ReplicationActor.Command> {

  /** Replies from the children. */
  public sealed interface Command permits SegmentsDone, SellerDone, PartnerDone {}

  /** A block's segments finished their month. */
  public record SegmentsDone(List<SegmentMonth> results) implements Command {}

  /** A seller finished its month. */
  public record SellerDone(EntityMonth result) implements Command {}

  /** A partner finished its month. */
  public record PartnerDone(EntityMonth result) implements Command {}

  private final Replication replication;
  private final HeadOffice headOffice;
  private final int months;
  private final ActorRef<MonteCarloCoordinator.Command> coordinator;
  private final List<ActorRef<SegmentBlockActor.Command>> blocks = new ArrayList<>();
  private final int[] blockOfSegment;
  private final Map<Integer, ActorRef<SellerActor.Command>> sellers = new HashMap<>();
  private final Map<Integer, ActorRef<PartnerActor.Command>> partners = new HashMap<>();
  private int month;
  private int pending;
  private final List<SegmentMonth> segmentResults = new ArrayList<>();
  private final List<EntityMonth> entityResults = new ArrayList<>();

  private ReplicationActor(ActorContext<Command> context, Simulation simulation, int index, int firmsPerBlock,
      ActorRef<MonteCarloCoordinator.Command> coordinator) {
    super(context);
    this.replication = simulation.replication(index);
    this.headOffice = replication.headOffice;
    this.months = simulation.months();
    this.coordinator = coordinator;
    this.blockOfSegment = new int[replication.segments.size()];
    for (int[] block : simulation.world().segmentBlocks(firmsPerBlock)) {
      Map<Integer, Segment> segments = new HashMap<>();
      for (int s : block) {
        segments.put(s, replication.segments.get(s));
        blockOfSegment[s] = blocks.size();
      }
      blocks.add(context.spawn(SegmentBlockActor.create(segments), "block-" + blocks.size()));
    }
    for (int e = 0; e < replication.sellers.length; e++) {
      if (replication.sellers[e] != null) {
        sellers.put(e, context.spawn(SellerActor.create(replication.sellers[e]), "seller-" + e));
      }
      if (replication.partners[e] != null) {
        partners.put(e, context.spawn(PartnerActor.create(replication.partners[e]), "partner-" + e));
      }
    }
    beginMonth(1);
  }

  public static Behavior<Command> create(Simulation simulation, int index, int firmsPerBlock,
      ActorRef<MonteCarloCoordinator.Command> coordinator) {
    return Behaviors.setup(ctx -> new ReplicationActor(ctx, simulation, index, firmsPerBlock, coordinator));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(SegmentsDone.class, this::onSegmentsDone)
        .onMessage(SellerDone.class, this::onSellerDone)
        .onMessage(PartnerDone.class, this::onPartnerDone)
        .build();
  }

  private void beginMonth(int month) {
    this.month = month;
    List<List<SegmentInputs>> byBlock = new ArrayList<>();
    blocks.forEach(b -> byBlock.add(new ArrayList<>()));
    for (SegmentInputs in : headOffice.beginMonth(month)) {
      byBlock.get(blockOfSegment[in.segment()]).add(in);
    }
    segmentResults.clear();
    pending = blocks.size();
    for (int b = 0; b < blocks.size(); b++) {
      blocks.get(b).tell(new SegmentBlockActor.Step(month, byBlock.get(b), getContext().getSelf()));
    }
  }

  private Behavior<Command> onSegmentsDone(SegmentsDone done) {
    segmentResults.addAll(done.results());
    if (--pending > 0) {
      return this;
    }
    List<SellerInputs> inputs = headOffice.afterSegments(segmentResults);
    entityResults.clear();
    pending = inputs.size();
    for (SellerInputs in : inputs) {
      sellers.get(in.seller()).tell(new SellerActor.Operate(in, getContext().getSelf()));
    }
    return pending == 0 ? dispatch() : this;
  }

  private Behavior<Command> onSellerDone(SellerDone done) {
    entityResults.add(done.result());
    return --pending > 0 ? this : dispatch();
  }

  private Behavior<Command> dispatch() {
    List<PartnerAssignment> assignments = headOffice.afterSellers(new ArrayList<>(entityResults));
    entityResults.clear();
    pending = assignments.size();
    for (PartnerAssignment a : assignments) {
      partners.get(a.partner()).tell(new PartnerActor.Work(a, getContext().getSelf()));
    }
    return pending == 0 ? closeMonth() : this;
  }

  private Behavior<Command> onPartnerDone(PartnerDone done) {
    entityResults.add(done.result());
    return --pending > 0 ? this : closeMonth();
  }

  private Behavior<Command> closeMonth() {
    headOffice.afterPartners(new ArrayList<>(entityResults));
    entityResults.clear();
    if (month == months) {
      coordinator.tell(new MonteCarloCoordinator.ReplicationDone(
          headOffice.finish(replication.draws.replicationValues())));
      return Behaviors.stopped();
    }
    beginMonth(month + 1);
    return this;
  }
}
