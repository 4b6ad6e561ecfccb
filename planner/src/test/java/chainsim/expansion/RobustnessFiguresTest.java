package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-checkable parts of the robust choices and of the choice by simulation. */
class RobustnessFiguresTest {
  @Test
  void aStressFutureIsTheReplicationsWhoseDrawsRankWorstOnAverage() {
    // two conversion-like columns over six replications; ranks (0 = lowest):
    // column 0: 0.10 0.50 0.20 0.90 0.30 0.40 -> 0 4 1 5 2 3
    // column 1: 0.60 0.10 0.20 0.30 0.50 0.40 -> 5 0 1 2 4 3
    // mean ranks: 2.5 2 1 3.5 3 3 -> the two lowest (low is worse): replications 2 and 1
    double[][] draws = {{0.10, 0.60}, {0.50, 0.10}, {0.20, 0.20}, {0.90, 0.30}, {0.30, 0.50}, {0.40, 0.40}};
    assertThat(PlanRobustness.worst(draws, List.of(0, 1), true, 2)).containsExactly(1, 2);
    // high is worse (attrition): mean reversed ranks 2.5 3 4 1.5 2 2 -> replication 3, then 4 (tie with 5, by index)
    assertThat(PlanRobustness.worst(draws, List.of(0, 1), false, 2)).containsExactly(3, 4);
    // one column: the lowest two of column 1 are replications 1 and 2
    assertThat(PlanRobustness.worst(draws, List.of(1), true, 2)).containsExactly(1, 2);
  }

  @Test
  void theSimulatedObjectiveIsTheMeanLessTheRiskWeightTimesTheCvarShortfall() {
    var rules = new chainsim.expansion.domain.ExpansionRules(4, 2, 1, true, 0, java.util.Set.of(), 1e6, 0, 0.95, true,
        0.25, 0.5, 0.05, 0);
    // NPVs 10, 20, 30, 40: mean 25, worst quarter (one replication) 10, shortfall 15, objective 25 - 0.5 x 15
    assertThat(SimulatedSelection.objective(new double[] {40, 10, 30, 20}, rules)).isEqualTo(17.5);
  }
}
