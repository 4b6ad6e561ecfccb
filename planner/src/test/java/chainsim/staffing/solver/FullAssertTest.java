package chainsim.staffing.solver;

import chainsim.montecarlo.EngineKind;
import chainsim.scenario.Scenario;
import chainsim.staffing.MovesFile;
import chainsim.staffing.PlanFixtures;
import chainsim.staffing.StaffingProblem;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.forecast.WorkloadForecast;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The timelines are rebuilt incrementally (and remembered between constraints): after every move
 * and its undo, FULL_ASSERT checks the score against one calculated from scratch.
 */
class FullAssertTest {
  @Test
  void theIncrementalScoreNeverDriftsFromAFreshOne() throws Exception {
    Scenario scenario = PlanFixtures.load("delta.yaml").scenario();
    WorkloadForecast forecast =
        WorkloadForecast.run(scenario, 7, 4, 0.9, 4, scenario.seed(), 1, EngineKind.SEQUENTIAL, n -> {});
    StaffingPlan problem = StaffingProblem.build(scenario, scenario.planning().staffing(), forecast, MovesFile.empty());
    SolverFactory.<StaffingPlan>create(StaffingSolver.config(3, StaffingSolver.Limits.steps(1000, 40), 50)
        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)).buildSolver().solve(problem);
  }
}
