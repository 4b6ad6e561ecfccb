package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateBuilder;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The rescue the risk frontier exists for, end to end in the full simulator: every finalist the
 * search ranks first runs dry more often than greedy, so without the frontier (and no repair) the
 * plan falls back to greedy, which is what 300 s of search did on tight-capital before the
 * frontier; with it, the bisection finds a plan the search held that is worth more than greedy
 * in simulation and no riskier.
 *
 * <p>On the two-cities fixture at two quarters without "direct branch first" (as
 * {@link SimulatedOptimumTest}), 8 replications: greedy opens nothing that runs dry (0 below zero,
 * 0 below the reserve) and simulates to a mean NPV of about −0.97 M yuan. The three plans with the
 * best corrected surrogate scores (plan digits: the entry of each cell, in cell order) each run dry or
 * below the reserve in one replication; among the plans the frontier is given, [6, 1, 5, 6] scores
 * lower on the surrogate but keeps more cash in its worst replications, no riskier than greedy in
 * simulation and worth about +1.4 M more. Found by simulating all 785 plans scoring above greedy once
 * (not part of the test).
 */
class RiskRescueTest {
  private static Scenario scenario;
  private static Surrogate surrogate;
  private static SolverFactory<ExpansionPlan> factory;

  @BeforeAll
  static void fixture() throws Exception {
    String text = Files.readString(Fixture.FILE).replace("    quarters: 4\n", "    quarters: 2\n")
        .replace("    direct_before_channels: true\n", "    direct_before_channels: false\n");
    scenario = ScenarioLoader.load(text, Fixture.FILE).scenario();
    surrogate = new SurrogateBuilder(scenario, SurrogateSpec.of(scenario)).build(2, done -> {});
    factory = SolverFactory.create(ExpansionSolverConfig.of(scenario.seed(), null, 1L));
  }

  /** The plan whose cells take the entries of these indices. */
  private static ExpansionPlan plan(int... digits) {
    ExpansionPlan p = ExpansionProblem.of(scenario, surrogate, null);
    for (int i = 0; i < digits.length; i++) {
      p.getCells().get(i).setEntry(p.getEntries().get(digits[i]));
    }
    return p;
  }

  @Test
  void whenEveryFinalistIsRiskierThanGreedyTheFrontierFindsABetterPlanThatIsNot() throws Exception {
    ExpansionPlan greedy = ExpansionProblem.of(scenario, surrogate, null);
    GreedyBaseline.decide(greedy, factory);
    SimulatedSelection selection = new SimulatedSelection(scenario, greedy.getContext().rules(), 8, 2,
        Simulation::new);
    selection.correct(greedy, surrogate, done -> {}); // on greedy's simulation, as the planner does
    SolutionManager<ExpansionPlan, HardSoftLongScore> scorer = SolutionManager.create(factory);

    List<ExpansionPlan> ranked = List.of(plan(6, 1, 6, 1), plan(6, 1, 5, 2), plan(6, 1, 0, 1));
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(scorer.update(ranked.get(i)).softScore()).as("ranked best first on the surrogate")
          .isLessThanOrEqualTo(scorer.update(ranked.get(i - 1)).softScore());
    }
    ExpansionPlan safe = plan(6, 1, 5, 6);
    List<ExpansionPlan> held = new ArrayList<>(ranked);
    held.addAll(List.of(safe, plan(6, 1, 6, 5), plan(6, 5, 6, 1), plan(6, 5, 0, 1)));
    RiskFrontier frontier = RiskFrontier.of(held, greedy, scorer);
    // the front of (surrogate score, tail cash) above greedy: the best-scored plan, then the safest
    assertThat(frontier.points()).extracting(p -> PlanSearch.sameDecisions(p.plan(), ranked.get(0)))
        .containsExactly(true, false);
    assertThat(PlanSearch.sameDecisions(frontier.points().get(1).plan(), safe)).isTrue();

    // without the frontier (and no repair) every finalist is riskier: the plan is greedy's
    SimulatedSelection.Choice fallback = selection.choose(ranked, null, greedy, (k, done) -> {}, null);
    assertThat(fallback.plan()).isSameAs(greedy);
    assertThat(fallback.finalists()).filteredOn(f -> !f.openings().endsWith("(greedy)"))
        .allSatisfy(f -> assertThat(f.noRiskier()).isFalse());

    // with it, the bisection simulates the safe point (the riskier one is known already) and keeps it
    SimulatedSelection.Choice rescued = selection.choose(ranked, frontier, greedy, (k, done) -> {}, null);
    assertThat(rescued.plan()).isSameAs(safe);
    assertThat(rescued.frontier()).hasSize(1).allSatisfy(f -> {
      assertThat(f.noRiskier()).isTrue();
      assertThat(f.chosen()).isTrue();
    });
    CashRisk greedyRisk = selection.risk(selection.simulated(selection.openings(greedy)));
    var chosen = selection.simulated(selection.openings(safe));
    assertThat(selection.risk(chosen).noRiskierThan(greedyRisk)).isTrue();
    double gain = SimulatedSelection.mean(chosen.npvByReplication())
        - SimulatedSelection.mean(selection.simulated(selection.openings(greedy)).npvByReplication());
    assertThat(gain).as("simulated mean NPV over greedy's, yuan").isGreaterThan(1_000_000);
  }
}
