package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-rostering from a published roster: pinned days stay, and changes cost. */
class ReRosteringTest {

  /** A published roster short of the optimum (a short search), so a re-roster has something to change. */
  private static Roster published() {
    Roster first = RosterSolver.solve(InrcRosterMapper.load(Inrc2010Files.file("sprint01")),
        RosterSolverSettings.forStepLimit(300, 1)).roster();
    first.getAssignments().forEach(a -> a.publish(a.getShiftType()));
    return first;
  }

  @Test
  void pinnedDaysNeverMove() {
    Roster roster = published();
    Map<String, ShiftType> firstWeek = new HashMap<>();
    for (DayAssignment a : roster.getAssignments()) {
      if (a.getDay().getIndex() < 7) {
        a.setPinned(true);
        firstWeek.put(a.getId(), a.getShiftType());
      }
    }
    Roster again = RosterSolver.solve(roster, RosterSolverSettings.forStepLimit(2_000, 99)).roster();
    long changedLater = 0;
    for (DayAssignment a : again.getAssignments()) {
      if (a.getDay().getIndex() < 7) {
        assertThat(a.getShiftType()).as(a.getId()).isSameAs(firstWeek.get(a.getId()));
      } else if (a.isChangedFromPublished()) {
        changedLater++;
      }
    }
    // the solver did work on the unpinned weeks (changes are free at weight 0)
    assertThat(changedLater).isPositive();
  }

  @Test
  void aHighChangeWeightKeepsThePublishedRosterWhenNothingElseChanged() {
    Roster roster = published();
    roster.setPolicy(roster.getPolicy().withChangeWeight(1_000));
    Roster again = RosterSolver.solve(roster, RosterSolverSettings.forStepLimit(200, 99)).roster();
    assertThat(again.getAssignments()).noneMatch(DayAssignment::isChangedFromPublished);
    assertThat(again.getScore()).isEqualTo(Scoring.byConstraints(again));
  }
}
