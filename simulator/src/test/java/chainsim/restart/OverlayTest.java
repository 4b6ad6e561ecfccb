package chainsim.restart;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.actuals.ActualsReader;
import chainsim.branch.BranchSeller;
import chainsim.branch.Workforce;
import chainsim.client.FirmPopulation;
import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.market.Segment;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the overlay does to the model objects, case by case, on the baseline (a direct branch and a partner). */
class OverlayTest {
  private static final Scenario BASELINE = Fixtures.file("../scenarios/baseline.yaml");
  private static final int DIRECT = 0;

  private static double[] nan(int k) {
    double[] a = new double[k];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  @Test
  void openingForcedLaterThanPlannedOpensThenAndPaysItsSetUpInItsOpenedMonth() {
    Simulation simulation = new Simulation(BASELINE);
    assertThat(simulation.world().entities().get(DIRECT).id()).isEqualTo("suzhou-direct");
    StartState state = new StartState(4,
        List.of(new StartState.OpeningState("suzhou-direct", 3, false, null),
            new StartState.OpeningState("suzhou-partner", 1, false, null)),
        List.of(), List.of(), Double.NaN, List.of(), nan(4), nan(4));
    ReplicationResult r = SequentialEngine.run(simulation.restartingFrom(state).replication(0), simulation.months());
    double[] setup = r.series()[simulation.layout().index("cost.setup")];
    assertThat(setup[0]).isZero();
    assertThat(setup[1]).isZero();
    assertThat(setup[2]).isBetween(600_000.0, 1_100_000.0);
    assertThat(setup[3]).isZero();
    assertThat(r.events()).filteredOn(e -> e.type().equals(EntityEvent.OPENED) && e.entity().equals("suzhou-direct"))
        .extracting(EntityEvent::month).containsExactly(3);
    // not listed: the partner would open in month 1 but for the state; it stays closed through the
    // replay and the gates open it in month 5, the first month run
    StartState withoutPartner = new StartState(4, List.of(state.openings().get(0)), List.of(), List.of(), Double.NaN,
        List.of(), nan(4), nan(4));
    ReplicationResult late = SequentialEngine.run(simulation.restartingFrom(withoutPartner).replication(0),
        simulation.months());
    assertThat(late.events()).filteredOn(e -> e.type().equals(EntityEvent.OPENED) && e.entity().equals("suzhou-partner"))
        .extracting(EntityEvent::month).containsExactly(5);
  }

  @Test
  void bookDecidesWhoIsAClientAndAFirmNewToTheBookGetsASeededHealth() {
    Simulation simulation = new Simulation(BASELINE);
    int k = 5;
    Replication stepped = simulation.replication(0);
    SequentialEngine.stepThrough(stepped, k);
    StartState captured = StartState.capture(simulation, stepped, k);
    Segment segment = stepped.segments.get(0);
    FirmPopulation firms = segment.firms();
    int prospect = -1;
    int client = -1;
    for (int f = 0; f < firms.size() && (prospect < 0 || client < 0); f++) {
      if (prospect < 0 && firms.stage(f) == FirmPopulation.PROSPECT && firms.clientSince(f) == 0) {
        prospect = f;
      }
      if (client < 0 && firms.stage(f) == FirmPopulation.CLIENT) {
        client = f;
      }
    }
    String newId = Overlay.firmId(segment.spec().id(), prospect);
    String droppedId = Overlay.firmId(segment.spec().id(), client);
    List<StartState.BookClient> book = new ArrayList<>(captured.clients());
    assertThat(book.removeIf(c -> c.firmId().equals(droppedId))).isTrue();
    book.add(new StartState.BookClient(newId, "suzhou-direct", 2, List.of("ip_filing", "high_tech_cert"), 4, 12_345.5,
        StartState.Status.ACTIVE));
    StartState state = new StartState(k, captured.openings(), captured.staff(), book, captured.cashBalanceCny(),
        captured.receivables(), captured.pastBalanceCny(), captured.pastNetFlowCny());

    Simulation restarted = simulation.restartingFrom(state);
    Replication r = restarted.replication(0);
    FirmPopulation after = r.segments.get(0).firms();
    assertThat(after.stage(prospect)).isEqualTo(FirmPopulation.CLIENT);
    assertThat(after.owner(prospect)).isEqualTo((short) (DIRECT + 1));
    int products = (1 << simulation.world().productIndex("ip_filing"))
        | (1 << simulation.world().productIndex("high_tech_cert"));
    assertThat(after.products(prospect)).isEqualTo(products);
    assertThat(after.clientSince(prospect)).isEqualTo((short) 2);
    assertThat(after.lastOrderMonth(prospect)).isEqualTo((short) 4);
    assertThat(after.revenueToDate(prospect)).isEqualTo(12_345.5f);
    assertThat(after.spellSince(prospect)).isEqualTo(2);
    float health = after.health(prospect);
    assertThat(health).isBetween(0f, 100f);
    assertThat(health).isEqualTo(Math.round(r.segments.get(0).restartHealth(newId, k) * 100f) / 100f);
    // the replay's client the book does not list was never a client
    assertThat(after.clientSince(client)).isZero();
    assertThat(after.stage(client)).isEqualTo(FirmPopulation.PROSPECT);
    assertThat(after.products(client)).isZero();
    // the same state gives the same model, and the same run, twice
    Replication twice = restarted.replication(0);
    assertThat(twice.segments.get(0).firms().health(prospect)).isEqualTo(health);
    assertThat(Arrays.deepEquals(SequentialEngine.run(twice, simulation.months()).series(),
        SequentialEngine.run(restarted.replication(0), simulation.months()).series())).isTrue();
  }

  @Test
  void staffHireMonthsBecomeTenureCohorts() throws Exception {
    // scenarios/actuals/state/staff.csv: sales hired 2027-01 x4, 2027-05 x1, 2027-06 x1; ramp-up 3 months
    StartState state = StartState.fromActuals(
        ActualsReader.read(ActualStatePaths.EXAMPLE, BASELINE, ActualStatePaths.AS_OF), BASELINE);
    Simulation simulation = new Simulation(BASELINE).restartingFrom(state);
    Workforce staff = ((BranchSeller) simulation.replication(1).sellers[DIRECT]).staff();
    int sales = staff.lineOf(simulation.world().roleIndex("sales"), -1);
    assertThat(staff.rampUpMonths()).isEqualTo(3);
    // hired in month h, at the end of month 6 someone is at ramping[6 - h + 1]: June -> 1, May -> 2, January ramped
    assertThat(staff.ramping(sales)).containsExactly(0, 1, 1);
    assertThat(staff.ramped(sales)).isEqualTo(4);
  }

  /** Where the worked example is. */
  private static final class ActualStatePaths {
    static final java.nio.file.Path EXAMPLE = ActualsStateRestartTest.EXAMPLE;
    static final java.time.YearMonth AS_OF = ActualsStateRestartTest.AS_OF;
  }
}
