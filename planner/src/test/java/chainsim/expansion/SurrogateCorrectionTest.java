package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.expansion.SurrogateCorrection.Observation;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainOutlook;
import chainsim.expansion.solver.ChainProjection;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurrogateCorrectionTest {

  @Test
  void oneSimulatedPlanOfOneModeGivesThatModeTheFactorOfItsGap() {
    // direct openings worth 40M on the surrogate, the plan 30M there and 26M simulated: -4M / 40M
    var c = SurrogateCorrection.fit(List.of(new Observation(Map.of(Mode.DIRECT, 40e6), 30e6, 26e6)));
    assertThat(c.factor(Mode.DIRECT)).isCloseTo(-0.1, within(1e-6));
    assertThat(c.factor(Mode.PARTNER)).isZero();
    // another plan, 60M of direct openings and 5M of partners: 50M - 6M, partners untouched
    assertThat(c.corrected(50e6, Map.of(Mode.DIRECT, 60e6, Mode.PARTNER, 5e6))).isCloseTo(44e6, within(100.0)); // the ridge moves it by a millionth
    assertThat(c.describe()).isEqualTo("direct -10.0%");
  }

  @Test
  void twoPlansIdentifyTwoModesExactly() {
    // b_direct = -0.1, b_partner = -0.2: gaps -10*0.1 - 2*0.2 = -1.4 and -5*0.1 - 4*0.2 = -1.3 (millions)
    var c = SurrogateCorrection.fit(List.of(
        new Observation(Map.of(Mode.DIRECT, 10e6, Mode.PARTNER, 2e6), 20e6, 18.6e6),
        new Observation(Map.of(Mode.DIRECT, 5e6, Mode.PARTNER, 4e6), 8e6, 6.7e6)));
    assertThat(c.factor(Mode.DIRECT)).isCloseTo(-0.1, within(1e-6));
    assertThat(c.factor(Mode.PARTNER)).isCloseTo(-0.2, within(1e-6));
  }

  @Test
  void oneObservationOfTwoModesSpreadsTheGapInProportionToWhatEachContributes() {
    // least norm: b = S g / |S|^2 = (3, 4) * -5 / 25
    var c = SurrogateCorrection.fit(List.of(new Observation(Map.of(Mode.DIRECT, 3e6, Mode.EQUITY, 4e6), 1e6, -4e6)));
    assertThat(c.factor(Mode.DIRECT)).isCloseTo(-0.6, within(1e-6));
    assertThat(c.factor(Mode.EQUITY)).isCloseTo(-0.8, within(1e-6));
    // the observed plan is corrected onto its simulated value
    assertThat(c.corrected(1e6, Map.of(Mode.DIRECT, 3e6, Mode.EQUITY, 4e6))).isCloseTo(-4e6, within(100.0)); // the ridge moves it by a millionth
  }

  @Test
  void extendingKeepsTheFixedFactorsAndFitsTheOtherModesOnWhatTheyLeaveUnexplained() {
    // greedy's partners fixed at -10%; a finalist with 2M of partners and 4M of direct openings, 10M on
    // the surrogate, 7.8M simulated: partners explain -0.2M, the direct openings the other -2.0M, -50%
    var c = SurrogateCorrection.extend(Map.of(Mode.PARTNER, -0.1), List.of(
        new Observation(Map.of(Mode.PARTNER, 2e6), 5e6, 4.8e6),
        new Observation(Map.of(Mode.PARTNER, 2e6, Mode.DIRECT, 4e6), 10e6, 7.8e6)));
    assertThat(c.factor(Mode.PARTNER)).isEqualTo(-0.1);
    assertThat(c.factor(Mode.DIRECT)).isCloseTo(-0.5, within(1e-6));
  }

  @Test
  void aModeFittedByExtendingMovesItsValueByAtMostAllOfIt() {
    // 0.1M of equity stakes left to explain a -1M gap: -1000% fitted, -100% kept
    var c = SurrogateCorrection.extend(Map.of(Mode.DIRECT, -0.1), List.of(
        new Observation(Map.of(Mode.DIRECT, 10e6, Mode.EQUITY, 0.1e6), 20e6, 18e6)));
    assertThat(c.factor(Mode.DIRECT)).isEqualTo(-0.1);
    assertThat(c.factor(Mode.EQUITY)).isEqualTo(-1.0);
  }

  @Test
  void withoutObservationsNothingIsCorrected() {
    var c = SurrogateCorrection.fit(List.of());
    assertThat(c.corrected(7e6, Map.of(Mode.DIRECT, 3e6))).isEqualTo(7e6);
    assertThat(c.describe()).isEmpty();
  }

  @Test
  void aModesContributionIsThePlanLessThePlanWithoutItAndThePlanIsLeftAsItWas() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    ExpansionPlan plan = ExpansionProblem.of(scenario, Fixture.surrogate(), null);
    List<CellDecision> cells = plan.getCells().stream().filter(c -> !c.isPinned()).toList();
    // suzhou's cells direct in quarter 1, wuxi's partner in quarter 2
    for (CellDecision c : cells) {
      c.setEntry(c.region().equals("suzhou") ? Entry.of(Mode.DIRECT, 1) : Entry.of(Mode.PARTNER, 2));
    }
    List<Entry> before = plan.getCells().stream().map(CellDecision::getEntry).toList();
    double whole = npv(plan);

    Map<Mode, Double> byMode = SurrogateCorrection.contributions(plan);

    assertThat(plan.getCells().stream().map(CellDecision::getEntry).toList()).isEqualTo(before);
    assertThat(byMode.keySet()).containsExactlyInAnyOrder(Mode.DIRECT, Mode.PARTNER);
    for (CellDecision c : cells) {
      if (c.region().equals("wuxi")) {
        c.setEntry(Entry.NOT_ENTERED);
      }
    }
    assertThat(byMode.get(Mode.PARTNER)).isCloseTo(whole - npv(plan), within(1e-6));
  }

  private static double npv(ExpansionPlan plan) {
    return ChainOutlook.of(plan.getContext().rules(), ChainProjection.of(plan.getCells())).meanNpv();
  }
}
