package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.planning.Cancellation;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The repair phase on the two-cities fixture, with the full simulator (24 replications, the same
 * seeds for every plan). Cells: suzhou/manufacturing, suzhou/software, wuxi/manufacturing,
 * wuxi/software. Measured on these replications (not asserted, for the reader):
 *
 * <pre>
 * plan                                              E[NPV]  objective  below zero  below reserve
 * "greedy": suzhou direct Q1, both industries       -1.51M   -1.81M        0            4
 * best on the surrogate: suzhou and wuxi direct Q1,
 *   software only                                   +0.78M   -0.02M        1            5
 * its neighbour "drop wuxi direct Q1"               -0.71M   -1.06M        0            0
 * </pre>
 *
 * The best surrogate plan is riskier than greedy in full simulation; a repaired neighbour is not,
 * and is worth more than greedy: the planner must choose a repaired plan.
 */
class RiskRepairTest {
  static final int REPLICATIONS = 24;
  static final Entry D1 = Entry.of(Mode.DIRECT, 1);
  static final Entry NO = Entry.NOT_ENTERED;

  record Run(SimulatedSelection.Choice choice, List<String> openings) {}

  static Run choose(int threads, int budget) throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    SimulatedSelection selection = new SimulatedSelection(scenario, ExpansionRules.of(scenario), REPLICATIONS, threads,
        Simulation::new);
    SolutionManager<ExpansionPlan, org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore> scorer =
        SolutionManager.create(SolverFactory.create(ExpansionSolverConfig.of(scenario.seed(), null, 1L)));
    ExpansionPlan greedy = plan(scenario, D1, D1, NO, NO);
    ExpansionPlan best = plan(scenario, NO, D1, NO, D1);
    assertThat(scorer.update(best).softScore()).isGreaterThan(scorer.update(greedy).softScore());
    RiskRepair repair = new RiskRepair(selection, scorer, o -> selection.simulate(o, d -> {}), Cancellation.none(),
        budget);
    SimulatedSelection.Choice choice = selection.choose(List.of(best, greedy), greedy, (k, d) -> {}, repair);
    return new Run(choice, selection.openings(choice.plan()).stream()
        .map(o -> o.id() + " " + o.month() + " " + o.industries()).toList());
  }

  static ExpansionPlan plan(Scenario scenario, Entry... entries) throws InterruptedException {
    ExpansionPlan plan = ExpansionProblem.of(scenario, Fixture.surrogate(), null);
    for (int i = 0; i < entries.length; i++) {
      plan.getCells().get(i).setEntry(entries[i]);
    }
    return plan;
  }

  @Test
  void theBestSurrogatePlanRiskierThanGreedyIsRepairedAndTheRepairedPlanChosen() throws Exception {
    Run run = choose(2, 6);
    SimulatedSelection.Finalist surrogateBest = run.choice().finalists().get(0);
    assertThat(surrogateBest.noRiskier()).isFalse();
    assertThat(surrogateBest.chosen()).isFalse();
    SimulatedSelection.Finalist greedy = run.choice().finalists().get(1);
    assertThat(greedy.openings()).endsWith("(greedy)");
    assertThat(greedy.chosen()).isFalse();
    // the chosen plan is one the repair simulated: no riskier than greedy, and worth more
    SimulatedSelection.Finalist chosen = run.choice().repaired().stream().filter(SimulatedSelection.Finalist::chosen)
        .findFirst().orElseThrow();
    assertThat(chosen.noRiskier()).isTrue();
    assertThat(chosen.objective()).isGreaterThan(greedy.objective());
    assertThat(run.choice().repair().simulations()).isBetween(1, 6);
    assertThat(run.choice().repaired()).hasSize(run.choice().repair().simulations());
  }

  @Test
  void theRepairIsTheSameOnOneThreadAndOnTwo() throws Exception {
    Run one = choose(1, 4);
    Run two = choose(2, 4);
    assertThat(one.openings()).isEqualTo(two.openings());
    assertThat(one.choice().repaired()).isEqualTo(two.choice().repaired());
  }

  @Test
  void theMovesDelayTakeACheaperModeDropOrNarrowEachOpening() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    // suzhou direct Q1 in both industries
    ExpansionPlan plan = plan(scenario, D1, D1, NO, NO);
    assertThat(RiskRepair.moves(plan).stream().map(RiskRepair.Move::what).toList()).containsExactly(
        "delay suzhou direct Q1 to Q2", "suzhou direct Q1 as equity", "suzhou direct Q1 as partner",
        "drop suzhou direct Q1", "suzhou direct Q1 without manufacturing", "suzhou direct Q1 without software");
  }

  @Test
  void withoutABudgetThereIsNoRepairAndGreedyIsKept() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    SimulatedSelection selection = new SimulatedSelection(scenario, ExpansionRules.of(scenario), REPLICATIONS, 2,
        Simulation::new);
    ExpansionPlan greedy = plan(scenario, D1, D1, NO, NO);
    ExpansionPlan best = plan(scenario, NO, D1, NO, D1);
    SimulatedSelection.Choice choice = selection.choose(List.of(best, greedy), greedy, (k, d) -> {}, null);
    assertThat(choice.plan()).isSameAs(greedy);
    assertThat(choice.repair()).isNull();
  }
}
