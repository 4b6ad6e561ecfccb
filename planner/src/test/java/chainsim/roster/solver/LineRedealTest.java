package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcCostEvaluator;
import chainsim.roster.inrc.InrcRosterMapper;
import chainsim.roster.inrc.InrcXmlReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.config.solver.EnvironmentMode;

/** The re-deal on sprint_late09 (INRC-2010: exact cover), run as the solver runs it and on its own. */
class LineRedealTest {

  private static LineRedeal redeal(long millis) {
    LineRedeal redeal = new LineRedeal();
    redeal.setSeed(1);
    redeal.setMillis(millis);
    return redeal;
  }

  @Test
  void neverMakesASearchedRosterWorseKeepsItsCoverAndScoresAsTheCalculatorDoesAfresh() {
    // a roster as the local search leaves it (a reproducible step budget), then the re-deal on it
    Roster problem = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
    Roster searched = RosterSolver.solve(problem, RosterSolverSettings.forStepLimit(400, 2)).roster();
    var director = SwapMoves.scoreDirector(searched);
    List<String> cover = SwapMoves.coverByDay(director.getWorkingSolution());
    HardSoftScore before = director.calculateScore();

    redeal(3000).changeWorkingSolution(director);

    HardSoftScore after = director.calculateScore();
    assertThat(after.hardScore()).isZero();
    assertThat(after.softScore()).as("re-dealt from %s", before).isGreaterThanOrEqualTo(before.softScore());
    assertThat(SwapMoves.coverByDay(director.getWorkingSolution())).isEqualTo(cover);
    // the working calculator agrees with one that reads the roster from scratch
    assertThat(SwapMoves.scoreDirector(director.getWorkingSolution()).calculateScore()).isEqualTo(after);
  }

  @Test
  void aDeadlineAnywhereEndsTheRedealWithARosterNoWorse() {
    // deadlines that fall while pricing, diving or re-pricing mid-dive (medium_late05's dive steps
    // price for a few hundred ms each): the relaxation is never read unsolved (LineMaster refuses),
    // the roster is kept or bettered, its cover as it was
    Roster problem = InrcRosterMapper.load(Inrc2010Files.file("medium_late05"));
    Roster searched = RosterSolver.solve(problem, RosterSolverSettings.forStepLimit(400, 2)).roster();
    var director = SwapMoves.scoreDirector(searched);
    for (long millis : new long[] {5, 300, 1200, 2500}) {
      director.setWorkingSolution(director.cloneSolution(searched));
      List<String> cover = SwapMoves.coverByDay(director.getWorkingSolution());
      HardSoftScore before = director.calculateScore();

      redeal(millis).changeWorkingSolution(director);

      HardSoftScore after = director.calculateScore();
      assertThat(after.softScore()).as("%d ms, from %s", millis, before).isGreaterThanOrEqualTo(before.softScore());
      assertThat(SwapMoves.coverByDay(director.getWorkingSolution())).as("%d ms", millis).isEqualTo(cover);
    }
  }

  @Test
  void keepsPinnedDaysAsTheyAre() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(7);
    List<String> pinned = new ArrayList<>();
    for (DayAssignment cell : bench.working().getAssignments()) {
      if (cell.getDay().getIndex() % 3 == 0) {
        cell.setPinned(true);
        pinned.add(describe(cell));
      }
    }
    redeal(2000).changeWorkingSolution(bench.director());
    List<String> after = new ArrayList<>();
    for (DayAssignment cell : bench.working().getAssignments()) {
      if (cell.isPinned()) {
        after.add(describe(cell));
      }
    }
    assertThat(after).isEqualTo(pinned);
  }

  @Test
  void leavesARosterThatMissesItsCoverAlone() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(7);
    DayAssignment cell = bench.working().getAssignments().stream().filter(DayAssignment::isWorking).findFirst().orElseThrow();
    bench.director().beforeVariableChanged(cell, "shiftType");
    cell.setShiftType(null);
    bench.director().afterVariableChanged(cell, "shiftType");
    bench.director().triggerVariableListeners();
    List<String> rows = rows(bench.working());
    HardSoftScore before = bench.director().calculateScore();

    redeal(2000).changeWorkingSolution(bench.director());

    assertThat(rows(bench.working())).isEqualTo(rows);
    assertThat(bench.director().calculateScore()).isEqualTo(before);
  }

  @Test
  void theSolverWithAShareForTheRedealEndsFeasibleAndAsTheCompetitionsEvaluatorScores() {
    Roster problem = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
    RosterSolverSettings settings = RosterSolverSettings.forTimeLimit(Duration.ofSeconds(4), 3).withRedeal(0.5);
    assertThat(RosterSolver.redeals(problem, settings)).isTrue();
    RosterSolver.Result result = RosterSolver.solve(problem, settings);
    HardSoftScore score = result.roster().getScore();
    assertThat(score.hardScore()).isZero();
    InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(InrcXmlReader.read(Inrc2010Files.file("sprint_late09")),
        InrcRosterMapper.toInrcSolution(result.roster()));
    assertThat(cost.feasible()).isTrue();
    assertThat(-score.softScore()).isEqualTo(cost.total());
  }

  @Test
  void runsOnlyWithAShareOfATimeLimitAloneOnOneThread() {
    Roster inrc = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
    RosterSolverSettings timed = RosterSolverSettings.forTimeLimit(Duration.ofSeconds(10), 1);
    assertThat(RosterSolver.redeals(inrc, timed)).as("no share").isFalse();
    assertThat(RosterSolver.redeals(inrc, timed.withRedeal(0.5))).isTrue();
    assertThat(RosterSolver.redeals(inrc, RosterSolverSettings.forMoveLimit(1000, 1)
        .withTimeLimit(Duration.ofSeconds(10)).withRedeal(0.5))).as("a move budget").isFalse();
    assertThat(RosterSolver.redeals(inrc, RosterSolverSettings.forStepLimit(100, 1).withRedeal(0.5)))
        .as("a step budget").isFalse();
    assertThat(RosterSolver.redeals(inrc, timed.withMoveThreads(2).withRedeal(0.5))).as("move threads").isFalse();
  }

  @Test
  void theTimeARedealDoesNotTakeGoesBackToTheSearch() {
    // 60 s, a share of 0.55: rounds over the 40 % before it (24 s), the re-deal at most 33 s, a tabu
    // polish of 3 s, rounds as long as its share again (33 s, cut by the time limit when it took all of
    // its share), and a last tabu search with no limit of its own
    Roster inrc = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
    var phases = RosterSolver.config(inrc, RosterSolverSettings.forTimeLimit(Duration.ofSeconds(60), 1)
        .withRedeal(0.55)).getPhaseConfigList();
    int redeal = -1;
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i) instanceof CustomPhaseConfig custom
          && custom.getCustomPhaseCommandClassList().contains(LineRedeal.class)) {
        redeal = i;
      }
    }
    assertThat(redeal).as("construction, then three rounds of annealing and tabu").isEqualTo(1 + 2 * RosterSolver.ROUNDS);
    assertThat(millis(phases.subList(1, redeal))).isEqualTo(24_000);
    assertThat(((CustomPhaseConfig) phases.get(redeal)).getCustomProperties()).containsEntry("millis", "33000");
    assertThat(millis(phases.subList(redeal + 1, redeal + 2))).as("polish").isEqualTo(3_000);
    List<PhaseConfig> after = phases.subList(redeal + 2, phases.size() - 1);
    assertThat(after).hasSize(2 * RosterSolver.ROUNDS);
    assertThat(((LocalSearchPhaseConfig) after.get(0)).getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
        .as("annealing again, at half the first round's temperature").isNotNull();
    assertThat(millis(after)).isEqualTo(33_000);
    assertThat(phases.get(phases.size() - 1).getTerminationConfig().getMillisecondsSpentLimit()).isNull();
  }

  private static long millis(List<PhaseConfig> phases) {
    long sum = 0;
    for (PhaseConfig phase : phases) {
      sum += phase.getTerminationConfig().getMillisecondsSpentLimit();
    }
    return sum;
  }

  @Test
  void aShareOutsideItsRangeIsRefused() {
    RosterSolverSettings timed = RosterSolverSettings.forTimeLimit(Duration.ofSeconds(10), 1);
    assertThatThrownBy(() -> timed.withRedeal(0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("redealShare must be between 0 and 0.9, not 0.95");
    assertThatThrownBy(() -> timed.withRedeal(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(timed.withRedeal(0.5).withSearches(2).redealShare()).isEqualTo(0.5);
    assertThat(timed.withRedeal(0.5).withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).redealShare()).isEqualTo(0.5);
  }

  private static String describe(DayAssignment cell) {
    return cell.getStaffMember().getId() + "@" + cell.getDay().getIndex() + "=" + (cell.isWorking() ? cell.getShiftType().getId() : "-");
  }

  private static List<String> rows(Roster roster) {
    List<String> rows = new ArrayList<>();
    for (DayAssignment cell : roster.getAssignments()) {
      rows.add(describe(cell));
    }
    return rows;
  }
}
