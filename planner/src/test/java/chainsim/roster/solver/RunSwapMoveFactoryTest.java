package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The run swaps: each exchanges one of the first person's runs of working or free days (or that
 * run with a day more or less at one end), keeps every day's cover, and the incremental score stays
 * equal to the constraint provider's.
 */
class RunSwapMoveFactoryTest {

  private static boolean works(Roster roster, StaffMember member, int day) {
    return roster.getAssignments().get(member.getIndex() * roster.getDays().size() + day).isWorking();
  }

  @Test
  void everyRunSwapExchangesOneRunOfTheFirstPersonAndKeepsCover() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(3);
    InnerScoreDirector<Roster, HardSoftScore> director = bench.director();
    Roster working = bench.working();
    List<String> cover = bench.cover();
    int dayCount = working.getDays().size();
    Iterator<SwapBlockMove> moves = new RunSwapMoveFactory().createRandomMoveIterator(director, new Random(5));
    int withADayMore = 0;
    for (int i = 0; i < 2_000; i++) {
      SwapBlockMove move = moves.next();
      List<DayAssignment> cells = move.getPlanningEntities().stream().map(DayAssignment.class::cast).toList();
      int length = cells.size() / 2;
      StaffMember a = cells.get(0).getStaffMember();
      int first = cells.get(0).getDay().getIndex();
      int last = cells.get(length - 1).getDay().getIndex();
      assertThat(last - first + 1).isEqualTo(length).isLessThanOrEqualTo(RunSwapMoveFactory.LONGEST_RUN);
      // the inner days are one kind (working or free); an end day may be the day next to the run
      boolean kind = works(working, a, first + length / 2);
      for (int d = first + 1; d < last; d++) {
        assertThat(works(working, a, d)).isEqualTo(kind);
      }
      boolean endsDiffer = length > 1 && (works(working, a, first) != kind || works(working, a, last) != kind);
      withADayMore += endsDiffer ? 1 : 0;
      if (length > 2) {
        assertThat(works(working, a, first) == kind || works(working, a, last) == kind).isTrue();
      }
      assertThat(move.isMoveDoable(director)).isTrue();
      move.doMoveOnly(director);
      assertThat(SwapMoves.coverByDay(working)).isEqualTo(cover);
      if (i % 100 == 0) {
        assertThat(director.calculateScore()).isEqualTo(Scoring.byConstraints(working));
      }
    }
    assertThat(withADayMore).isPositive();
  }
}
