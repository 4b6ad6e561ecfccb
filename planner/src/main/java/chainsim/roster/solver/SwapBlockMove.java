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
 * Two staff members exchange what they do over the same days: a run of days (one day or several),
 * or the days a {@link WorkTransferMoveFactory} picks (two apart, a weekend).
 * Each day keeps the same shifts staffed, so cover never breaks while searching; a swap over
 * several days moves whole stretches of work, which single-day moves cannot do without passing
 * through worse rosters.
 */
public final class SwapBlockMove extends AbstractMove<Roster> {

  private final DayAssignment[] left;
  private final DayAssignment[] right;

  public SwapBlockMove(DayAssignment[] left, DayAssignment[] right) {
    this.left = left;
    this.right = right;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
    boolean differs = false;
    for (int i = 0; i < left.length; i++) {
      if (left[i].isPinned() || right[i].isPinned()) {
        return false;
      }
      differs |= left[i].getShiftType() != right[i].getShiftType();
    }
    return differs;
  }

  /**
   * Whether the exchange leaves more shifts worked without their skills where skills are hard (a
   * contract without INRC's alternative skill category, or a branch): such a move can only be
   * rejected, so the factories redraw it instead of spending an evaluation on it.
   */
  boolean addsForbiddenSkill(boolean skillsMandatory) {
    int before = 0;
    int after = 0;
    for (int i = 0; i < left.length; i++) {
      ShiftType a = left[i].getShiftType();
      ShiftType b = right[i].getShiftType();
      before += forbidden(left[i], a, skillsMandatory) + forbidden(right[i], b, skillsMandatory);
      after += forbidden(left[i], b, skillsMandatory) + forbidden(right[i], a, skillsMandatory);
    }
    return after > before;
  }

  /** 1 when {@code cell}'s person may not work {@code type} (an unqualified skill, where skills are hard). */
  static int forbidden(DayAssignment cell, ShiftType type, boolean skillsMandatory) {
    var member = cell.getStaffMember();
    return type != null && !member.isQualifiedFor(type)
        && StaffLine.skillsHard(member.getContract(), skillsMandatory) ? 1 : 0;
  }

  @Override
  protected AbstractMove<Roster> createUndoMove(ScoreDirector<Roster> scoreDirector) {
    return this; // a swap undoes itself
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
    ShiftTypeVariable variable = new ShiftTypeVariable(scoreDirector, left[0]);
    for (int i = 0; i < left.length; i++) {
      ShiftType a = left[i].getShiftType();
      ShiftType b = right[i].getShiftType();
      if (a == b) {
        continue;
      }
      variable.set(left[i], b);
      variable.set(right[i], a);
    }
  }

  @Override
  public SwapBlockMove rebase(ScoreDirector<Roster> destinationScoreDirector) {
    return new SwapBlockMove(rebaseArray(left, destinationScoreDirector), rebaseArray(right, destinationScoreDirector));
  }

  private static DayAssignment[] rebaseArray(DayAssignment[] cells, ScoreDirector<Roster> director) {
    DayAssignment[] rebased = new DayAssignment[cells.length];
    for (int i = 0; i < cells.length; i++) {
      rebased[i] = director.lookUpWorkingObject(cells[i]);
    }
    return rebased;
  }

  @Override
  public Collection<?> getPlanningEntities() {
    List<DayAssignment> all = new ArrayList<>(Arrays.asList(left));
    all.addAll(Arrays.asList(right));
    return all;
  }

  @Override
  public Collection<?> getPlanningValues() {
    List<ShiftType> values = new ArrayList<>();
    for (int i = 0; i < left.length; i++) {
      values.add(left[i].getShiftType());
      values.add(right[i].getShiftType());
    }
    return values;
  }

  @Override
  public String toString() {
    StringBuilder days = new StringBuilder(left[0].getDay().toString());
    for (int i = 1; i < left.length; i++) {
      days.append(left[i].getDay().getIndex() == left[i - 1].getDay().getIndex() + 1 ? "+" : ",").append(left[i].getDay());
    }
    return left[0].getStaffMember() + "<->" + right[0].getStaffMember() + " " + days;
  }
}
