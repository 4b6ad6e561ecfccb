package chainsim.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner on the fixture: busy Hangzhou, quiet Suzhou next door, an equity channel opening in
 * Nanjing during the window. The plan moves certification capacity to Hangzhou, and the overlay
 * it writes, run through the simulator, does what the plan says.
 */
class StaffingPlannerTest {
  private static Scenario scenario;
  private static StaffingResult result;

  @BeforeAll
  static void plan() throws InterruptedException {
    scenario = PlanFixtures.load("delta.yaml").scenario();
    result = StaffingPlanner.plan(scenario, PlanFixtures.request(MovesFile.empty()), new StaffingPlanner.Listener() {}, Cancellation.none());
  }

  private static StaffingResult.LineRow row(String branch, String skill, int month) {
    return result.lineRows().stream()
        .filter(r -> r.branch().equals(branch) && r.skill().equals(skill) && r.month() == month)
        .findFirst().orElseThrow();
  }

  @Test
  void theBusyBranchGetsCertificationCapacityFromItsQuietNeighbour() {
    assertThat(result.feasible()).isTrue();
    assertThat(row("hz-direct", "certification", 10).headcount()).isGreaterThan(2);
    assertThat(row("sz-direct", "certification", 10).headcount()).isLessThan(2);
    // the window's demand at P90 is covered by staff or the pool
    assertThat(result.totalUnmetHours()).isZero();
    // an equity channel's people belong to its local firm: no transfers in or out
    assertThat(result.lineRows()).filteredOn(r -> r.branch().equals("nj-equity"))
        .allMatch(r -> r.transfersIn() == 0 && r.transfersOut() == 0);
  }

  @Test
  void everyLineIsSetFromTheFirstMonthThePlanCanTouchIt() {
    assertThat(result.targets()).filteredOn(t -> t.opening().equals("hz-direct") && t.fromMonth() == 7).hasSize(2);
    assertThat(result.targets()).filteredOn(t -> t.opening().equals("nj-equity"))
        .allMatch(t -> t.fromMonth() >= 8);
  }

  @Test
  void theOverlayRunsAndTheSimulatorFollowsIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.write(scenario));
    String overlay = PlanOverlay.yaml(scenario, "scenario.yaml", scenario.name() + "-staffing",
        List.of("a test plan"), result.targets());
    Files.writeString(dir.resolve("staffing-plan.yaml"), overlay);
    LoadedScenario planned = ScenarioLoader.load(dir.resolve("staffing-plan.yaml"));
    assertThat(planned.scenario().headcountPlan()).isEqualTo(result.targets());

    MonteCarloResult before = simulate(scenario);
    MonteCarloResult after = simulate(planned.scenario());
    for (int month = 7; month <= 10; month++) {
      assertThat(median(after, "hz-direct", "headcount.service.certification", month))
          .isEqualTo(row("hz-direct", "certification", month).headcount());
      assertThat(median(after, "sz-direct", "headcount.service.certification", month))
          .isEqualTo(row("sz-direct", "certification", month).headcount());
    }
    // busy Hangzhou turns away less work for lack of capacity; quiet Suzhou idles less
    assertThat(total(after, "hz-direct", "subcontracted_orders")).isLessThan(total(before, "hz-direct", "subcontracted_orders"));
    assertThat(total(after, "sz-direct", "utilisation")).isGreaterThan(total(before, "sz-direct", "utilisation"));
  }

  private static MonteCarloResult simulate(Scenario s) throws InterruptedException {
    return MonteCarlo.run(new Simulation(s.withRun(s.seed(), 6)), 6, 1, EngineKind.SEQUENTIAL, n -> {});
  }

  private static int median(MonteCarloResult r, String entity, String metric, int month) {
    return (int) Math.round(r.monthly()[r.layout().entityIndex(entity, metric)][month - 1].p50());
  }

  /** The mean across replications, summed over the window and the two months after it. */
  private static double total(MonteCarloResult r, String entity, String metric) {
    double sum = 0;
    for (int month = 7; month <= 12; month++) {
      sum += r.monthly()[r.layout().entityIndex(entity, metric)][month - 1].mean();
    }
    return sum;
  }
}
