package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Changes several cells of a region at once: the move that opens, moves or closes a whole
 * opening. One cell at a time the search would rarely get there, because an opening in one
 * industry is a branch with a whole team and a fraction of a market: it loses money, and the
 * step that would add the second industry never gets taken.
 */
final class RegionEntryMove extends AbstractMove<ExpansionPlan> {
  private final List<CellDecision> cells;
  private final List<Entry> targets;

  RegionEntryMove(List<CellDecision> cells, List<Entry> targets) {
    this.cells = cells;
    this.targets = targets;
  }

  static RegionEntryMove allTo(List<CellDecision> cells, Entry target) {
    List<Entry> targets = new ArrayList<>();
    cells.forEach(c -> targets.add(target));
    return new RegionEntryMove(cells, targets);
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<ExpansionPlan> scoreDirector) {
    for (int i = 0; i < cells.size(); i++) {
      if (!Objects.equals(cells.get(i).getEntry(), targets.get(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected RegionEntryMove createUndoMove(ScoreDirector<ExpansionPlan> scoreDirector) {
    List<Entry> before = new ArrayList<>();
    cells.forEach(c -> before.add(c.getEntry()));
    return new RegionEntryMove(cells, before);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<ExpansionPlan> scoreDirector) {
    for (int i = 0; i < cells.size(); i++) {
      CellDecision c = cells.get(i);
      scoreDirector.beforeVariableChanged(c, "entry");
      c.setEntry(targets.get(i));
      scoreDirector.afterVariableChanged(c, "entry");
    }
  }

  @Override
  public RegionEntryMove rebase(ScoreDirector<ExpansionPlan> destination) {
    return new RegionEntryMove(rebaseList(cells, destination), targets);
  }

  @Override
  public Collection<?> getPlanningEntities() {
    return cells;
  }

  @Override
  public Collection<?> getPlanningValues() {
    return targets;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionEntryMove m && cells.equals(m.cells) && targets.equals(m.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, targets);
  }

  @Override
  public String toString() {
    return cells + " -> " + targets;
  }
}
