package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict rule by hand, on made-up per-replication results of eight replications. */
class CashRiskTest {
  // greedy: below zero in replication 4; below the reserve in 4 and 6
  static final CashRisk GREEDY = risk("....Z...", "....R.R.");

  /** Z below zero (and so below the reserve), R below the reserve only, . neither. */
  static CashRisk risk(String zero, String reserve) {
    boolean[] z = new boolean[zero.length()];
    boolean[] r = new boolean[zero.length()];
    for (int i = 0; i < z.length; i++) {
      z[i] = zero.charAt(i) == 'Z';
      r[i] = reserve.charAt(i) == 'R';
    }
    return new CashRisk(z, r);
  }

  @Test
  void onePlanMoreBelowZeroIsRiskierEvenWithinOnePairedStandardError() {
    // below zero in 0 and 4: one more than greedy, b = 1, c = 0; the paired rule (1 <= sqrt 1) let it pass
    CashRisk plan = risk("Z...Z...", "R...R.R.");
    assertThat(plan.paired(GREEDY)).containsExactly(1, 0);
    assertThat(plan.noRiskierThan(GREEDY)).isFalse();
  }

  @Test
  void asManyBelowZeroInOtherReplicationsIsNoRiskier() {
    // below zero in 2 instead of 4: same count (1 of 8), b = 1, c = 1; below the reserve in 2 and 4, as many as greedy
    CashRisk plan = risk("..Z.....", "..R.R...");
    assertThat(plan.paired(GREEDY)).containsExactly(1, 1);
    assertThat(plan.noRiskierThan(GREEDY)).isTrue();
    assertThat(GREEDY.noRiskierThan(GREEDY)).isTrue();
  }

  @Test
  void fewerBelowZeroButMoreBelowTheReserveIsRiskier() {
    CashRisk plan = risk("........", "R...R.RR");
    assertThat(plan.belowZeroCount()).isZero();
    assertThat(plan.belowReserveCount()).isEqualTo(4);
    assertThat(plan.noRiskierThan(GREEDY)).isFalse();
  }

  @Test
  void theChosenPlanIsTheBestObjectiveAmongThoseNoRiskierThanGreedy() {
    var greedy = new RiskRepair.Simulated(null, null, 44.0, GREEDY, "");
    var bestButRiskier = new RiskRepair.Simulated(null, null, 67.0, risk("Z...Z...", "R...R.R."), "");
    var repaired = new RiskRepair.Simulated(null, null, 60.0, risk("....Z...", "....R.R."), "delay a");
    var worseRepair = new RiskRepair.Simulated(null, null, 50.0, risk("........", "....R..."), "drop b");
    assertThat(SimulatedSelection.bestNoRiskier(List.of(bestButRiskier, greedy, worseRepair, repaired), GREEDY, null))
        .isSameAs(repaired);
    // only the riskier plan beats greedy: greedy is kept
    assertThat(SimulatedSelection.bestNoRiskier(List.of(bestButRiskier), GREEDY, greedy)).isSameAs(greedy);
  }

  @Test
  void theNoteGivesBothProbabilitiesAndThePairedView() {
    assertThat(risk("Z...Z...", "R...R.R.").describe(GREEDY)).isEqualTo("P(cash < 0) 25.0% (2), P(cash < reserve)"
        + " 37.5% (3), below zero vs greedy +1 −0 (paired s.e. 1.0)");
  }
}
