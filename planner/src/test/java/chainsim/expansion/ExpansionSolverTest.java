package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.planning.Cancellation;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/** The planner on the four-cell fixture: the optimum, pins, the previous plan, the greedy baseline. */
class ExpansionSolverTest {
  /** Evaluated moves: fixed, so the test gives the same plan on any machine. */
  static final long MOVES = 20_000;

  @TempDir static Path cache;

  static Surrogate surrogate;

  @BeforeAll
  static void learn() throws Exception {
    surrogate = Fixture.surrogate();
  }

  static ExpansionPlanner.Result plan(LoadedScenario loaded) throws InterruptedException {
    return ExpansionPlanner.plan(loaded, new ExpansionPlanner.Request(null, MOVES, cache, 2, 0),
        new ExpansionPlanner.Listener() {}, Cancellation.none());
  }

  @Test
  void theSolverFindsTheSurrogatesOptimumFoundByEnumeratingEveryPlan() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, null);
    List<CellDecision> cells = plan.getCells();
    List<Entry> entries = plan.getEntries();
    assertThat(cells).hasSize(4);
    assertThat(entries).hasSize(3 * 4 + 1); // direct, equity, partner in four quarters, or not entered
    cells.forEach(c -> c.setEntry(entries.get(0)));
    SolverFactory<ExpansionPlan> factory = SolverFactory.create(ExpansionSolverConfig.of(scenario.seed(), null, 1L));
    HardSoftLongScore best = null;
    List<Entry> bestPlan = null;
    int[] digits = new int[cells.size()];
    int plans = 0;
    try (PlanScorer scorer = new PlanScorer(factory, plan)) {
      HardSoftLongScore score = scorer.score();
      while (true) {
        plans++;
        if (best == null || score.compareTo(best) > 0) {
          best = score;
          bestPlan = cells.stream().map(CellDecision::getEntry).toList();
        }
        int i = cells.size() - 1;
        while (i >= 0 && digits[i] == entries.size() - 1) {
          digits[i] = 0;
          i--;
        }
        if (i < 0) {
          break;
        }
        digits[i]++;
        List<CellDecision> changed = new ArrayList<>(cells.subList(i, cells.size()));
        List<Entry> to = new ArrayList<>();
        for (int k = i; k < cells.size(); k++) {
          to.add(entries.get(digits[k]));
        }
        score = scorer.change(changed, to);
      }
    }
    assertThat(plans).isEqualTo(28_561); // 13^4
    assertThat(best.hardScore()).isZero();

    // the solver alone, from nothing (construction heuristic, then tabu search), finds it
    ExpansionPlan fromScratch = ExpansionProblem.of(scenario, surrogate, null);
    ExpansionPlan solved = SolverFactory.<ExpansionPlan>create(ExpansionSolverConfig.of(scenario.seed(), null, MOVES))
        .buildSolver().solve(fromScratch);
    assertThat(solved.getScore()).as("the optimum is %s", bestPlan).isEqualTo(best);

    // and so does the planner, which starts from the greedy baseline; greedy alone falls short,
    // so it is the search that finds the optimum
    ExpansionPlanner.Result planned = plan(Fixture.scenario());
    assertThat(planned.planner().score()).isEqualTo(best);
    assertThat(planned.greedy().score()).isLessThan(best);
    assertThat(planned.solve().greedyKept()).isFalse();
  }

  @Test
  void theSolversIncrementalScoreAgreesWithAFullRecalculationAfterEveryMove() throws Exception {
    // FULL_ASSERT recomputes the score from scratch after every move and undo: it catches a
    // ledger (PlanLedger) or a whole-opening move (RegionEntryMove) that forgets or double counts
    Scenario scenario = Fixture.scenario().scenario();
    var config = ExpansionSolverConfig.of(scenario.seed(), null, 3_000L)
        .withEnvironmentMode(org.optaplanner.core.config.solver.EnvironmentMode.FULL_ASSERT);
    ExpansionPlan solved = SolverFactory.<ExpansionPlan>create(config).buildSolver()
        .solve(ExpansionProblem.of(scenario, surrogate, null));
    assertThat(solved.getScore().isSolutionInitialized()).isTrue();
  }

  @Test
  void greedyRanksOpeningsByNpvPerUnitOfCapitalAndPlacesEachInTheEarliestQuarterThatKeepsTheRules()
      throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, null);
    List<GreedyBaseline.Candidate> ranking = GreedyBaseline.ranking(plan);
    assertThat(ranking).isNotEmpty().allMatch(c -> c.npv() > 0);
    for (int i = 1; i < ranking.size(); i++) {
      assertThat(ranking.get(i - 1).npvPerCapital()).isGreaterThanOrEqualTo(ranking.get(i).npvPerCapital());
    }
    SolverFactory<ExpansionPlan> factory = SolverFactory.create(ExpansionSolverConfig.of(scenario.seed(), null, 1L));
    HardSoftLongScore score = GreedyBaseline.decide(plan, factory);
    assertThat(score.hardScore()).isZero();
    // the best-ranked direct branch is placed first, in quarter 1, serving every industry of its
    // region (a channel ranked above it cannot go first: a direct branch must prove its region)
    GreedyBaseline.Candidate first = ranking.stream().filter(c -> c.runs().mode() == Mode.DIRECT).findFirst()
        .orElseThrow();
    assertThat(plan.getCells()).filteredOn(c -> c.region().equals(first.runs().region()))
        .allMatch(c -> c.getEntry().equals(Entry.of(first.runs().mode(), 1)));
    // every region entered is entered by one mode in one quarter (greedy places whole openings)
    Map<String, java.util.Set<Entry>> byRegion = plan.getCells().stream().filter(CellDecision::isEntered)
        .collect(Collectors.groupingBy(CellDecision::region, Collectors.mapping(CellDecision::getEntry,
            Collectors.toSet())));
    assertThat(byRegion.values()).allMatch(entries -> entries.size() == 1);
  }

  @Test
  void aPinnedOpeningOfTheScenarioIsInEveryPlanAsWrittenAndItsCellsStayItsOwn() throws Exception {
    String text = java.nio.file.Files.readString(Fixture.FILE).replace(
        "  - { id: suzhou-branch, month: 1, region: suzhou, mode: direct, template: small_direct }",
        "  - { id: suzhou-branch, month: 2, region: suzhou, mode: direct, template: small_direct, pinned: true }");
    LoadedScenario pinned = chainsim.scenario.ScenarioLoader.load(text, Fixture.FILE);
    Opening branch = pinned.scenario().expansion().get(0);
    ExpansionPlanner.Result o = plan(pinned);
    assertThat(o.planner().openings()).first().isEqualTo(branch);
    assertThat(o.greedy().openings()).first().isEqualTo(branch);
    assertThat(o.planner().openings()).filteredOn(op -> op.region().equals("suzhou")).containsExactly(branch);
    assertThat(o.planner().plan().getCells()).filteredOn(c -> c.region().equals("suzhou"))
        .allMatch(c -> c.isPinned() && c.getEntry().equals(Entry.of(Mode.DIRECT, 1)));
  }

  @Test
  void pinnedCellsKeepTheirDecision() throws Exception {
    LoadedScenario pinned = Fixture.withPlanning("    pin:\n"
        + "      - { region: wuxi, industry: manufacturing, mode: direct, quarter: 3 }\n"
        + "      - { region: suzhou, industry: software }\n");
    ExpansionPlanner.Result o = plan(pinned);
    Map<String, Entry> decided = decisions(o.planner().plan());
    assertThat(decided.get("wuxi/manufacturing")).isEqualTo(Entry.of(Mode.DIRECT, 3));
    assertThat(decided.get("suzhou/software")).isEqualTo(Entry.NOT_ENTERED);
    assertThat(o.greedy().plan().getCells()).filteredOn(CellDecision::isPinned).hasSize(2)
        .allMatch(c -> c.getEntry().equals(decided.get(c.getId())));
  }

  @Test
  void aHeavyChangePenaltyKeepsThePreviousPlanAndNoPenaltyLetsItGo() throws Exception {
    // the previous plan is the fixture's own: one direct branch in Suzhou serving both industries
    LoadedScenario keep = Fixture.withPlanning("    previous_plan: two-cities.yaml\n    change_penalty: 1.0e9\n");
    Map<String, Entry> kept = decisions(plan(keep).planner().plan());
    assertThat(kept).containsEntry("suzhou/manufacturing", Entry.of(Mode.DIRECT, 1))
        .containsEntry("suzhou/software", Entry.of(Mode.DIRECT, 1))
        .containsEntry("wuxi/manufacturing", Entry.NOT_ENTERED).containsEntry("wuxi/software", Entry.NOT_ENTERED);

    LoadedScenario free = Fixture.withPlanning("    previous_plan: two-cities.yaml\n    change_penalty: 0\n");
    ExpansionPlanner.Result o = plan(free);
    assertThat(decisions(o.planner().plan())).isNotEqualTo(kept);
    assertThat(o.planner().constraints()).filteredOn(t -> t.name().equals("changes from previous plan"))
        .allMatch(t -> t.soft() == 0);
  }

  @Test
  void noNewOpeningStartsBeforeTheFirstQuarterAndTheGreedyStartRespectsItToo() throws Exception {
    // rebalancing after month 6: the planner may open from quarter 3 on; the fixture's own opening is pinned
    ExpansionPlanner.Result o = plan(Fixture.withPlanning("    first_quarter: 3\n"));
    for (ExpansionPlan p : List.of(o.planner().plan(), o.greedy().plan())) {
      assertThat(p.getCells()).filteredOn(c -> !c.isPinned() && c.getEntry().entered())
          .allMatch(c -> c.getEntry().quarter() >= 3, "entered from quarter 3 on");
    }
    assertThat(o.planner().plan().getEntries()).filteredOn(Entry::entered).allMatch(e -> e.quarter() >= 3)
        .isNotEmpty();
  }

  @Test
  void aFirstQuarterAfterTheLastIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan(Fixture.withPlanning("    first_quarter: 40\n")))
        .isInstanceOf(PlanningInputException.class)
        .hasMessageContaining("planning.expansion.first_quarter 40 is after the last quarter");
  }

  @Test
  void theSameStepsGiveTheSamePlan() throws Exception {
    assertThat(decisions(plan(Fixture.scenario()).planner().plan()))
        .isEqualTo(decisions(plan(Fixture.scenario()).planner().plan()));
  }

  @Test
  void aMissingPreviousPlanIsTheUsersToFix() {
    LoadedScenario missing = Fixture.withPlanning("    previous_plan: no-such-plan.yaml\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan(missing))
        .isInstanceOf(PlanningInputException.class).hasMessageContaining("no-such-plan.yaml not found");
  }

  static Map<String, Entry> decisions(ExpansionPlan plan) {
    return plan.getCells().stream().collect(Collectors.toMap(CellDecision::getId, CellDecision::getEntry));
  }
}
