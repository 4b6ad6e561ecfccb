package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Three or more staff members pass what they do over the same days round a ring: the second takes
 * the first's shifts, the third the second's, ..., and the first the last's. Each day keeps the same
 * shifts staffed. A ring of three is two {@link SwapBlockMove}s over the same days done at once
 * (first with second, then first with third), so it reaches rosters whose intermediate, after the
 * first swap alone, costs more: an ejection chain of length three.
 */
public final class RotationMove extends AbstractMove<Roster> {

  /** {@code lines[j][i]}: person j's cell on the move's i-th day; person j + 1 receives it. */
  private final DayAssignment[][] lines;

  public RotationMove(DayAssignment[][] lines) {
    if (lines.length < 2) {
      throw new IllegalArgumentException("a rotation needs at least two people, not " + lines.length);
    }
    this.lines = lines;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
    return isDoable();
  }

  /** Some person's shift changes and no cell is pinned. */
  boolean isDoable() {
    boolean differs = false;
    for (int i = 0; i < lines[0].length; i++) {
      for (int j = 0; j < lines.length; j++) {
        if (lines[j][i].isPinned()) {
          return false;
        }
        differs |= lines[j][i].getShiftType() != lines[(j + 1) % lines.length][i].getShiftType();
      }
    }
    return differs;
  }

  /** Whether the ring leaves more shifts worked without their skills where skills are hard. */
  boolean addsForbiddenSkill(boolean skillsMandatory) {
    int before = 0;
    int after = 0;
    for (int i = 0; i < lines[0].length; i++) {
      for (int j = 0; j < lines.length; j++) {
        DayAssignment cell = lines[j][i];
        before += SwapBlockMove.forbidden(cell, cell.getShiftType(), skillsMandatory);
        after += SwapBlockMove.forbidden(cell, lines[(j + lines.length - 1) % lines.length][i].getShiftType(), skillsMandatory);
      }
    }
    return after > before;
  }

  /** The ring the other way round: each person takes back what they gave. */
  @Override
  protected AbstractMove<Roster> createUndoMove(ScoreDirector<Roster> scoreDirector) {
    DayAssignment[][] reversed = new DayAssignment[lines.length][];
    for (int j = 0; j < lines.length; j++) {
      reversed[j] = lines[lines.length - 1 - j];
    }
    return new RotationMove(reversed);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
    ShiftType[] before = new ShiftType[lines.length];
    ShiftTypeVariable variable = new ShiftTypeVariable(scoreDirector, lines[0][0]);
    for (int i = 0; i < lines[0].length; i++) {
      for (int j = 0; j < lines.length; j++) {
        before[j] = lines[j][i].getShiftType();
      }
      for (int j = 0; j < lines.length; j++) {
        ShiftType received = before[(j + lines.length - 1) % lines.length];
        if (received != before[j]) {
          variable.set(lines[j][i], received);
        }
      }
    }
  }

  @Override
  public RotationMove rebase(ScoreDirector<Roster> destinationScoreDirector) {
    DayAssignment[][] rebased = new DayAssignment[lines.length][];
    for (int j = 0; j < lines.length; j++) {
      rebased[j] = new DayAssignment[lines[j].length];
      for (int i = 0; i < lines[j].length; i++) {
        rebased[j][i] = destinationScoreDirector.lookUpWorkingObject(lines[j][i]);
      }
    }
    return new RotationMove(rebased);
  }

  @Override
  public Collection<?> getPlanningEntities() {
    List<DayAssignment> all = new ArrayList<>();
    for (DayAssignment[] line : lines) {
      all.addAll(Arrays.asList(line));
    }
    return all;
  }

  @Override
  public Collection<?> getPlanningValues() {
    List<ShiftType> values = new ArrayList<>();
    for (DayAssignment[] line : lines) {
      for (DayAssignment cell : line) {
        values.add(cell.getShiftType());
      }
    }
    return values;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (DayAssignment[] line : lines) {
      text.append(text.length() == 0 ? "" : "->").append(line[0].getStaffMember());
    }
    text.append(' ').append(lines[0][0].getDay());
    for (int i = 1; i < lines[0].length; i++) {
      text.append(lines[0][i].getDay().getIndex() == lines[0][i - 1].getDay().getIndex() + 1 ? "+" : ",")
          .append(lines[0][i].getDay());
    }
    return text.toString();
  }
}
