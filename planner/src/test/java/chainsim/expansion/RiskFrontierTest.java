package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.planning.Cancellation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk frontier keeps the plans a shorter search would have ended on, and its bisection finds
 * the best one no riskier than greedy within its budget of full simulations.
 */
class RiskFrontierTest {
  @TempDir static Path cache;

  @Test
  void theFrontKeepsThePlansNoOtherBeatsOnScoreAndTailCashAboveGreedy() {
    //               0    1    2    3    4    5    6
    long[] soft = {50, 40, 40, 30, 20, 10, 60};
    double[] tail = {1.0, 2.0, 3.0, 2.5, 4.0, 9.0, 0.5};
    // greedy scores 15: point 5 (10) is below it; 1 ties 2 in score with less cash; 3 has less cash than 2
    assertThat(RiskFrontier.front(soft, tail, 15)).containsExactly(6, 0, 2, 4);
    assertThat(RiskFrontier.front(soft, tail, 60)).isEmpty();
  }

  @Test
  void theBisectionFindsTheFirstPassingPointWithinItsBudget() {
    // eight points, the first passing is 5 (greedy, past the end, always passes)
    List<Integer> probed = new ArrayList<>();
    int found = RiskFrontier.walk(8, 5, i -> -1, i -> {
      probed.add(i);
      return i >= 5;
    });
    assertThat(found).isEqualTo(5);
    assertThat(probed).containsExactly(3, 5, 4);
    // what the finalists' simulations already say is used: 0 and 1 fail, 6 passes
    probed.clear();
    found = RiskFrontier.walk(8, 5, i -> i <= 1 ? 0 : i == 6 ? 1 : -1, i -> {
      probed.add(i);
      return i >= 5;
    });
    assertThat(found).isEqualTo(5);
    assertThat(probed).containsExactly(3, 4, 5);
    // the best point passing costs nothing
    probed.clear();
    assertThat(RiskFrontier.walk(8, 5, i -> i == 0 ? 1 : -1, i -> probed.add(i))).isZero();
    assertThat(probed).isEmpty();
    // a budget of two stops at the best passing point found so far
    probed.clear();
    found = RiskFrontier.walk(8, 2, i -> -1, i -> {
      probed.add(i);
      return i >= 2;
    });
    assertThat(probed).containsExactly(3, 1);
    assertThat(found).isEqualTo(3);
    // none passes: past the end (greedy)
    assertThat(RiskFrontier.walk(3, 5, i -> -1, i -> false)).isEqualTo(3);
  }

  @Test
  void theFrontierHoldsThePlansTheRoundsHeldAsBestAndItsBisectionIsSimulated() throws Exception {
    ExpansionPlanner.Result o = plan(6_000L, 2);
    String note = o.notes().stream().filter(n -> n.startsWith("risk frontier")).findFirst().orElseThrow();
    // drawn from the candidates and the plans the rounds held as their best (on this small fixture the
    // rounds reach their best in a few steps: the same plans)
    int considered = Integer.parseInt(note.replaceAll(".*drawn from (\\d+) plans.*", "$1"));
    assertThat(considered).isPositive();
    assertThat(note).contains("above greedy's 2 openings");
    assertThat(note).containsPattern("bisection for the best no riskier than greedy in full simulation, [0-"
        + SimulatedSelection.FRONTIER_SIMULATIONS + "] of at most " + SimulatedSelection.FRONTIER_SIMULATIONS
        + " simulations");
    // deterministic: the same plan on one thread
    ExpansionPlanner.Result one = plan(6_000L, 1);
    assertThat(one.planner().openings()).isEqualTo(o.planner().openings());
    assertThat(one.notes()).isEqualTo(o.notes());
  }

  private static ExpansionPlanner.Result plan(long moves, int threads) throws Exception {
    return ExpansionPlanner.plan(PlanSearchTest.eightQuarters(),
        new ExpansionPlanner.Request(null, moves, cache, threads, 20, false, false), new ExpansionPlanner.Listener() {},
        new Cancellation());
  }
}
