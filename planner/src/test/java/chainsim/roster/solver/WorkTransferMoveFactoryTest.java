package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WeekendDefinition;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The work transfers: every move keeps each day's cover, a day pair keeps both people's shift
 * counts, a weekend move exchanges exactly one weekend of the first person's definition, and the
 * incremental score stays equal to the constraint provider's under every move (FULL_ASSERT).
 */
class WorkTransferMoveFactoryTest {

  /** sprint_late09: one contract has Friday–Sunday weekends, the others Saturday–Sunday. */
  private static Roster sprintLate09() {
    return InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
  }

  private static int shiftsOf(Roster roster, StaffMember member) {
    return (int) roster.getAssignments().stream().filter(a -> a.getStaffMember() == member && a.isWorking()).count();
  }

  @Test
  void everyTransferKeepsCoverAndADayPairKeepsBothPeoplesShiftCounts() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(3);
    InnerScoreDirector<Roster, HardSoftScore> director = bench.director();
    Roster working = bench.working();
    List<String> cover = bench.cover();
    Iterator<SwapBlockMove> moves = new WorkTransferMoveFactory().createRandomMoveIterator(director, new Random(7));
    int dayPairs = 0;
    int weekends = 0;
    for (int i = 0; i < 2_000; i++) {
      SwapBlockMove move = moves.next();
      List<DayAssignment> cells = move.getPlanningEntities().stream().map(DayAssignment.class::cast).toList();
      int half = cells.size() / 2;
      StaffMember a = cells.get(0).getStaffMember();
      StaffMember b = cells.get(half).getStaffMember();
      int[] days = cells.subList(0, half).stream().mapToInt(c -> c.getDay().getIndex()).toArray();
      int shiftsA = shiftsOf(working, a);
      int shiftsB = shiftsOf(working, b);
      assertThat(move.isMoveDoable(director)).isTrue();
      move.doMoveOnly(director);
      assertThat(SwapMoves.coverByDay(working)).isEqualTo(cover);
      boolean weekend = Arrays.stream(working.getPeriod().weekends(a.getContract().weekendDefinition()))
          .anyMatch(w -> Arrays.equals(w, days));
      if (weekend) {
        weekends++;
      } else {
        assertThat(days).hasSize(2);
        assertThat(Math.abs(days[1] - days[0])).isGreaterThanOrEqualTo(2);
        assertThat(shiftsOf(working, a)).isEqualTo(shiftsA);
        assertThat(shiftsOf(working, b)).isEqualTo(shiftsB);
        dayPairs++;
      }
      if (i % 100 == 0) {
        assertThat(director.calculateScore()).isEqualTo(Scoring.byConstraints(working));
      }
    }
    // both kinds are drawn, about half each
    assertThat(dayPairs).isBetween(700, 1_300);
    assertThat(weekends).isBetween(700, 1_300);
  }

  @Test
  void aWeekendMoveFollowsTheFirstPersonsDefinition() {
    Roster roster = Scoring.randomFeasible(sprintLate09(), 5);
    InnerScoreDirector<Roster, HardSoftScore> director = SwapMoves.scoreDirector(roster);
    Set<WeekendDefinition> seen = new java.util.TreeSet<>();
    Iterator<SwapBlockMove> moves = new WorkTransferMoveFactory().createRandomMoveIterator(director, new Random(11));
    for (int i = 0; i < 2_000; i++) {
      List<DayAssignment> cells = moves.next().getPlanningEntities().stream().map(DayAssignment.class::cast).toList();
      if (cells.size() == 6) {
        // three days each: only a Friday–Sunday weekend is three days long here
        WeekendDefinition definition = cells.get(0).getStaffMember().getContract().weekendDefinition();
        assertThat(definition).isEqualTo(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY);
        assertThat(cells.get(0).getDay().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        seen.add(definition);
      }
    }
    assertThat(seen).containsExactly(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY);
  }

  @Test
  void underFullAssertEveryMoveScoresAsTheConstraintProviderDoesOnALateInstance() {
    // FULL_ASSERT recomputes the score with the constraint provider after every move (block swaps and
    // work transfers) and fails the solve on any difference; tabu steps compare 20 moves each
    RosterSolverSettings settings = new RosterSolverSettings(3, null, 24L, 5, 20, 7, EnvironmentMode.FULL_ASSERT);
    Roster solved = RosterSolver.solve(sprintLate09(), settings).roster();
    assertThat(solved.getScore()).isEqualTo(Scoring.byConstraints(solved));
    assertThat(solved.getScore().hardScore()).isZero();
  }
}
