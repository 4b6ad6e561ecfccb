package chainsim.engine.actor;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.headoffice.SegmentInputs;
import chainsim.market.SegmentMonth;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityMonth;
import chainsim.selling.SellerInputs;
import chainsim.testing.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The actors are thin shells: what they reply is what the model classes compute. */
class ActorsTest {
  private static final ActorTestKit KIT = ActorTestKit.create();
  private final Scenario scenario = Fixtures.file("../scenarios/baseline.yaml");
  private final Simulation simulation = new Simulation(scenario);

  @AfterAll
  static void shutdown() {
    KIT.shutdownTestKit();
  }

  @Test
  void aSegmentBlockStepsItsSegmentsLikeTheModelDoes() {
    Replication viaActor = simulation.replication(3);
    Replication direct = simulation.replication(3);
    List<SegmentInputs> inputs = viaActor.headOffice.beginMonth(1);
    direct.headOffice.beginMonth(1);
    Map<Integer, chainsim.market.Segment> segments = new HashMap<>();
    for (int s = 0; s < viaActor.segments.size(); s++) {
      segments.put(s, viaActor.segments.get(s));
    }
    ActorRef<SegmentBlockActor.Command> block = KIT.spawn(SegmentBlockActor.create(segments));
    TestProbe<ReplicationActor.Command> probe = KIT.createTestProbe();
    block.tell(new SegmentBlockActor.Step(1, inputs, probe.getRef()));
    ReplicationActor.SegmentsDone done = probe.expectMessageClass(ReplicationActor.SegmentsDone.class);
    assertThat(done.results()).hasSize(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      SegmentInputs in = inputs.get(i);
      SegmentMonth expected =
          direct.segments.get(in.segment()).step(1, in.efforts(), in.effects(), in.grants());
      assertThat(done.results().get(i).orders()).isEqualTo(expected.orders());
      assertThat(done.results().get(i).winnableFirms()).isEqualTo(expected.winnableFirms());
    }
  }

  @Test
  void aSellerRepliesWithItsMonth() {
    Replication replication = simulation.replication(1);
    var sellerModel = replication.sellers[0];
    ActorRef<SellerActor.Command> seller = KIT.spawn(SellerActor.create(sellerModel));
    TestProbe<ReplicationActor.Command> probe = KIT.createTestProbe();
    int[] winnable = simulation.world().segments().stream().mapToInt(s -> s.initialFirms()).toArray();
    SellerInputs opening =
        new SellerInputs(0, 1, 1, List.of(), List.of(), List.of(), List.of(), winnable, 0, List.of(), new double[0]);
    seller.tell(new SellerActor.Operate(opening, probe.getRef()));
    EntityMonth month = probe.expectMessageClass(ReplicationActor.SellerDone.class).result();
    assertThat(month.entity()).isZero();
    assertThat(month.month()).isEqualTo(1);
    // the opening month pays for the fit-out and the first team, and plans next month's selling
    assertThat(month.ledger().amount(chainsim.accounting.Account.SETUP)).isPositive();
    assertThat(month.nextEfforts()).isNotEmpty();
  }

  @Test
  void aReplicationActorReportsTheSequentialEnginesResult() {
    TestProbe<MonteCarloCoordinator.Command> coordinator = KIT.createTestProbe();
    KIT.spawn(ReplicationActor.create(simulation, 2, 3000, coordinator.getRef()));
    ReplicationResult viaActors = coordinator.expectMessageClass(MonteCarloCoordinator.ReplicationDone.class,
        java.time.Duration.ofSeconds(60)).result();
    ReplicationResult sequential = SequentialEngine.run(simulation.replication(2), simulation.months());
    // Arrays.deepEquals: an undefined value (NaN, e.g. a rate with nothing to divide) equals itself
    assertThat(java.util.Arrays.deepEquals(viaActors.series(), sequential.series())).isTrue();
    assertThat(viaActors.summary()).isEqualTo(sequential.summary());
    assertThat(viaActors.events()).isEqualTo(sequential.events());
  }
}
