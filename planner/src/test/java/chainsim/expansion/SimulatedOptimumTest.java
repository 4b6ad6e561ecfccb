package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.surrogate.SurrogateBuilder;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Optimality in the simulator, not only on the surrogate: on the two-cities fixture (two regions,
 * two industries each, three modes) with two quarters and no "direct branch first" rule, every
 * plan of the four cells (7^4 = 2,401, of which those that keep the rules on the surrogate) is
 * simulated in full on the same seeds, and the planner's plan, one of them, is compared with the
 * simulated optimum by the paired difference and its standard error.
 */
class SimulatedOptimumTest {
  static final int REPLICATIONS = 8;
  static final int QUARTERS = 2;

  @Test
  void thePlannersPlanIsWithinOneStandardErrorOfTheSimulatedOptimumOfEveryPlan() throws Exception {
    String text = Files.readString(Fixture.FILE).replace("    quarters: 4\n", "    quarters: " + QUARTERS + "\n")
        .replace("    direct_before_channels: true\n", "    direct_before_channels: false\n");
    LoadedScenario loaded = ScenarioLoader.load(text, Fixture.FILE);
    Scenario scenario = loaded.scenario();
    var surrogate = new SurrogateBuilder(scenario, SurrogateSpec.of(scenario)).build(2, done -> {});
    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, null);
    List<Entry> entries = plan.getEntries();
    assertThat(entries).hasSize(1 + 3 * QUARTERS);
    assertThat(plan.getCells()).hasSize(4);
    SolutionManager<ExpansionPlan, HardSoftLongScore> scorer =
        SolutionManager.create(SolverFactory.create(chainsim.expansion.solver.ExpansionSolverConfig.of(
            scenario.seed(), null, 1L)));

    TreeMap<String, double[]> simulated = new TreeMap<>();
    List<CellDecision> cells = plan.getCells();
    int[] digits = new int[cells.size()];
    do {
      for (int i = 0; i < cells.size(); i++) {
        cells.get(i).setEntry(entries.get(digits[i]));
      }
      if (scorer.update(plan).hardScore() < 0) {
        continue; // breaks a rule on the surrogate: not a plan the planner may choose
      }
      List<Opening> openings = PlanOpenings.toScenario(scenario, cells);
      MonteCarloResult r = PlanCheck.simulate(scenario, openings, REPLICATIONS, 2, done -> {});
      simulated.put(key(openings), r.npvByReplication());
    } while (next(digits, entries.size()));
    assertThat(simulated).hasSizeGreaterThan(10);
    String bestPlan = null;
    for (var e : simulated.entrySet()) {
      if (bestPlan == null || mean(e.getValue()) > mean(simulated.get(bestPlan))) {
        bestPlan = e.getKey();
      }
    }

    ExpansionPlanner.Result planned = ExpansionPlanner.plan(loaded,
        new ExpansionPlanner.Request(null, ExpansionSolverTest.MOVES, null, 2, REPLICATIONS, false, false),
        new ExpansionPlanner.Listener() {}, Cancellation.none());
    double[] mine = planned.planner().simulated().npvByReplication();
    // the planner's plan is one of those enumerated, and simulates the same on the same seeds
    assertThat(simulated.get(key(planned.planner().openings()))).containsExactly(mine);
    double[] best = simulated.get(bestPlan);
    double[] diff = new double[REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      diff[r] = mine[r] - best[r];
    }
    double gap = mean(diff);
    double se = Math.sqrt(Arrays.stream(diff).map(d -> (d - gap) * (d - gap)).sum() / (REPLICATIONS - 1) / REPLICATIONS);
    long better = simulated.values().stream().filter(v -> mean(v) > mean(mine)).count();
    System.out.printf(java.util.Locale.ROOT, "simulated optimum: %d plans keep the rules; best %s, %.0f yuan; the"
        + " planner's %s, %.0f yuan, %d plans better; paired difference %.0f +- %.0f%n", simulated.size(), bestPlan,
        mean(best), key(planned.planner().openings()), mean(mine), better, gap, se);
    // the target: the simulated optimum, or within one standard error of it. The planner enumerates this
    // space on the surrogate and simulates its best three (and greedy) on the validation replications,
    // which are the replications this test simulates every plan on: the choice among them is in-sample
    // (docs/expansion-planner.md); measured, it is the optimum itself
    assertThat(gap).as("the planner's plan %s against the simulated optimum %s (%.0f yuan): %.0f +- %.0f",
        key(planned.planner().openings()), bestPlan, mean(best), gap, se).isGreaterThanOrEqualTo(-se);
    assertThat(better).isLessThanOrEqualTo(simulated.size() / 100);
  }

  /** A plan as its openings: id and industries (a region's direct branch may serve one industry or both). */
  private static String key(List<Opening> openings) {
    return openings.stream().map(o -> o.id() + " " + o.industries()).sorted().toList().toString();
  }

  /** The next plan, counting in base {@code values} over the cells; false after the last. */
  private static boolean next(int[] digits, int values) {
    int i = digits.length - 1;
    while (i >= 0 && digits[i] == values - 1) {
      digits[i] = 0;
      i--;
    }
    if (i < 0) {
      return false;
    }
    digits[i]++;
    return true;
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }
}
