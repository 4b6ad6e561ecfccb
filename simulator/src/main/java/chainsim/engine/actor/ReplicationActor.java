package chainsim.engine.actor;

import chainsim.engine.Replication;
import chainsim.engine.ReplicationFailure;
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
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.ChildFailed;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * One replication: the head office's shell. It builds the replication's model objects, spawns a
 * child per segment block, seller and partner, and drives the monthly protocol with a barrier
 * after each phase: segments, sellers, partners, consolidation.
 *
 * <p>It watches its children: a child whose model throws stops, and this actor tells the
 * coordinator a {@link ReplicationFailure} naming the month and the part, and stops (so do its
 * children). A barrier never waits for a reply that cannot come.
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

  private final int index;
  private final Replication replication;
  private final HeadOffice headOffice;
  private final int months;
  private final ActorRef<MonteCarloCoordinator.Command> coordinator;
  private final List<ActorRef<SegmentBlockActor.Command>> blocks = new ArrayList<>();
  private final int[] blockOfSegment;
  private final Map<Integer, ActorRef<SellerActor.Command>> sellers = new HashMap<>();
  private final Map<Integer, ActorRef<PartnerActor.Command>> partners = new HashMap<>();
  /** What each child holds, by actor name, for the message when it fails. */
  private final Map<String, String> childParts = new HashMap<>();
  private int month;
  private int pending;
  private final List<SegmentMonth> segmentResults = new ArrayList<>();
  private final List<EntityMonth> entityResults = new ArrayList<>();

  private ReplicationActor(ActorContext<Command> context, Simulation simulation, Replication replication,
      int index, int firmsPerBlock, ActorRef<MonteCarloCoordinator.Command> coordinator) {
    super(context);
    this.index = index;
    this.replication = replication;
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
      String name = "block-" + blocks.size();
      blocks.add(child(SegmentBlockActor.create(segments), name,
          "segment block " + blocks.size() + " of " + block.length + " segments"));
    }
    for (int e = 0; e < replication.sellers.length; e++) {
      String id = headOffice.entityId(e);
      if (replication.sellers[e] != null) {
        sellers.put(e, child(SellerActor.create(replication.sellers[e]), "seller-" + e, id));
      }
      if (replication.partners[e] != null) {
        partners.put(e, child(PartnerActor.create(replication.partners[e]), "partner-" + e, id));
      }
    }
  }

  public static Behavior<Command> create(Simulation simulation, int index, int firmsPerBlock,
      ActorRef<MonteCarloCoordinator.Command> coordinator) {
    return create(simulation, simulation::replication, index, firmsPerBlock, coordinator);
  }

  public static Behavior<Command> create(Simulation simulation, IntFunction<Replication> build, int index,
      int firmsPerBlock, ActorRef<MonteCarloCoordinator.Command> coordinator) {
    return Behaviors.setup(ctx -> {
      ReplicationActor actor;
      try {
        actor = new ReplicationActor(ctx, simulation, build.apply(index), index, firmsPerBlock, coordinator);
      } catch (RuntimeException | StackOverflowError e) {
        coordinator.tell(new MonteCarloCoordinator.ReplicationFailed(
            new ReplicationFailure(index, "while building its model", e)));
        return Behaviors.stopped();
      }
      return actor.step(actor::firstMonth);
    });
  }

  /**
   * A behaviour that stops on any failure without logging it: the failure travels to the parent,
   * which reports it once, as one line, instead of a stack trace per actor.
   */
  static <T> Behavior<T> supervised(Behavior<T> behavior) {
    return Behaviors.supervise(behavior).onFailure(Throwable.class, SupervisorStrategy.stop().withLoggingEnabled(false));
  }

  private <T> ActorRef<T> child(Behavior<T> behavior, String name, String part) {
    ActorRef<T> ref = getContext().spawn(supervised(behavior), name);
    getContext().watch(ref);
    childParts.put(name, part);
    return ref;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(SegmentsDone.class, this::onSegmentsDone)
        .onMessage(SellerDone.class, this::onSellerDone)
        .onMessage(PartnerDone.class, this::onPartnerDone)
        .onSignal(ChildFailed.class, this::onChildFailed)
        .build();
  }

  /** A child's model threw: the replication cannot finish, so it fails, saying where. */
  private Behavior<Command> onChildFailed(ChildFailed failed) {
    Throwable cause = failed.getCause();
    String part = childParts.getOrDefault(failed.getRef().path().name(), failed.getRef().path().name());
    if (cause instanceof PartFailure p) {
      part = p.part();
      cause = p.getCause();
    }
    return fail(new ReplicationFailure(index, "in month " + month + " (" + part + ")", cause));
  }

  /** Runs the head office's part of the protocol; a failure there is the replication's, in this month. */
  private Behavior<Command> step(Supplier<Behavior<Command>> work) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      return fail(new ReplicationFailure(index, "in month " + month + " (head office)", e));
    }
  }

  /** Tells the coordinator (a message, so it cannot be overtaken by this actor's stop) and stops. */
  private Behavior<Command> fail(ReplicationFailure failure) {
    coordinator.tell(new MonteCarloCoordinator.ReplicationFailed(failure));
    return Behaviors.stopped();
  }

  /** Month 1, or the month after a restarted replication's state (finished at once when that is past the horizon). */
  private Behavior<Command> firstMonth() {
    int first = replication.firstMonth();
    if (first > months) {
      this.month = first;
      coordinator.tell(new MonteCarloCoordinator.ReplicationDone(
          headOffice.finish(replication.draws.replicationValues())));
      return Behaviors.stopped();
    }
    return beginMonth(first);
  }

  private Behavior<Command> beginMonth(int month) {
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
    return this;
  }

  private Behavior<Command> onSegmentsDone(SegmentsDone done) {
    segmentResults.addAll(done.results());
    if (--pending > 0) {
      return this;
    }
    return step(() -> {
      List<SellerInputs> inputs = headOffice.afterSegments(segmentResults);
      entityResults.clear();
      pending = inputs.size();
      for (SellerInputs in : inputs) {
        sellers.get(in.seller()).tell(new SellerActor.Operate(in, getContext().getSelf()));
      }
      return pending == 0 ? dispatch() : this;
    });
  }

  private Behavior<Command> onSellerDone(SellerDone done) {
    entityResults.add(done.result());
    return --pending > 0 ? this : step(this::dispatch);
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
    return --pending > 0 ? this : step(this::closeMonth);
  }

  private Behavior<Command> closeMonth() {
    headOffice.afterPartners(new ArrayList<>(entityResults));
    entityResults.clear();
    if (month == months) {
      coordinator.tell(new MonteCarloCoordinator.ReplicationDone(
          headOffice.finish(replication.draws.replicationValues())));
      return Behaviors.stopped();
    }
    return beginMonth(month + 1);
  }
}
