package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Sets cells' shift types for a move, telling the score director before and after each. OptaPlanner's
 * by-name notification looks the variable up in two maps on every call (7 % of a late INRC instance's
 * time when profiled); the moves here change up to a line's worth of cells, so the variable is looked
 * up once per move instead.
 */
final class ShiftTypeVariable {

  private static final String NAME = "shiftType";

  private final ScoreDirector<Roster> director;
  /** The variable, or {@code null} when the director is not OptaPlanner's own (then notified by name). */
  private final VariableDescriptor<Roster> variable;
  private final InnerScoreDirector<Roster, ?> inner;

  ShiftTypeVariable(ScoreDirector<Roster> director, DayAssignment anyCell) {
    this.director = director;
    this.inner = director instanceof InnerScoreDirector<Roster, ?> i ? i : null;
    this.variable = inner == null ? null : inner.getSolutionDescriptor().findVariableDescriptorOrFail(anyCell, NAME);
  }

  void set(DayAssignment cell, ShiftType type) {
    if (inner != null) {
      inner.beforeVariableChanged(variable, cell);
      cell.setShiftType(type);
      inner.afterVariableChanged(variable, cell);
    } else {
      director.beforeVariableChanged(cell, NAME);
      cell.setShiftType(type);
      director.afterVariableChanged(cell, NAME);
    }
  }
}
