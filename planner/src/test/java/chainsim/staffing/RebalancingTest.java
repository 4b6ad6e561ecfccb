package chainsim.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.montecarlo.EngineKind;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.Moves;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.forecast.WorkloadForecast;
import chainsim.staffing.solver.StaffingSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-planning against a previous plan: decided months are pinned, and the rest changes only where
 * change pays more than its penalty. The previous plan moves a certification consultant from
 * Suzhou to Hangzhou in month 7; then transfers become very expensive.
 */
class RebalancingTest {
  private static final StaffingSolver.Limits LIMITS = StaffingSolver.Limits.steps(300, 3_000);
  private static String yaml;
  private static WorkloadForecast forecast;
  private static MovesFile previous;

  @BeforeAll
  static void previousPlan(@TempDir Path dir) throws Exception {
    yaml = Files.readString(PlanFixtures.path("delta.yaml"));
    Scenario scenario = load("");
    forecast = WorkloadForecast.run(scenario, 7, 4, 0.9, 8, scenario.seed(), 1, EngineKind.SEQUENTIAL, n -> {});
    StaffingPlan plan = solve(scenario, MovesFile.empty());
    StaffingResult result = new StaffingResult(scenario, plan, forecast, scenario.seed());
    Files.writeString(dir.resolve(MovesFile.NAME), MovesFile.write(result.moves()));
    previous = MovesFile.read(dir);
    assertThat(previous.at("hz-direct", "service", "certification", 7)).isEqualTo(new Moves(0, 0, 1, "sz-direct"));
  }

  /** The fixture with more staffing settings. */
  private static Scenario load(String settings) throws ScenarioException {
    String text = yaml.replace("    min_tenure_months_for_transfer: 4\n", "    min_tenure_months_for_transfer: 4\n" + settings);
    return ScenarioLoader.load(text, PlanFixtures.path("delta.yaml")).scenario();
  }

  private static StaffingPlan solve(Scenario scenario, MovesFile before) {
    StaffingPlan problem = StaffingProblem.build(scenario, scenario.planning().staffing(), forecast, before);
    return StaffingSolver.solve(problem, 7, LIMITS);
  }

  private static LineMonth at(StaffingPlan plan, String line, int month) {
    return plan.lineMonths().stream().filter(m -> m.line().id().equals(line) && m.month() == month)
        .findFirst().orElseThrow();
  }

  @Test
  void withoutThePreviousPlanExpensiveTransfersAreDropped() throws Exception {
    StaffingPlan plan = solve(load("    transfer_cost: 500000\n"), MovesFile.empty());
    assertThat(plan.lineMonths()).allMatch(m -> m.transfer() == null);
  }

  @Test
  void aPinnedMonthKeepsWhatWasDecided() throws Exception {
    StaffingPlan plan = solve(load("    transfer_cost: 500000\n    change_penalty_per_person: 0\n    pinned_months: 1\n"),
        previous);
    LineMonth decided = at(plan, "hz-direct/service/certification", 7);
    assertThat(decided.pinned()).isTrue();
    assertThat(decided.moves()).isEqualTo(new Moves(0, 0, 1, "sz-direct"));
    assertThat(plan.lineMonths()).filteredOn(m -> m.month() > 7).allMatch(m -> m.transfer() == null);
  }

  @Test
  void aHighChangePenaltyKeepsThePreviousPlan() throws Exception {
    StaffingPlan plan = solve(load("    transfer_cost: 500000\n    change_penalty_per_person: 10000000\n"), previous);
    for (LineMonth m : plan.lineMonths()) {
      Moves before = previous.at(m.line().branch().id(), m.line().role(), m.line().skill(), m.month());
      assertThat(m.moves()).as(m.toString()).isEqualTo(before);
    }
  }

  @Test
  void aModestChangePenaltyGivesWayWhenChangePays() throws Exception {
    StaffingPlan plan = solve(load("    transfer_cost: 500000\n    change_penalty_per_person: 1000\n"), previous);
    assertThat(at(plan, "hz-direct/service/certification", 7).transfer()).isNull();
  }
}
