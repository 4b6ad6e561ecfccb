package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Scores a plan as the solver does, incrementally, outside a solver: the greedy baseline tries
 * openings one by one with it. Built on the solver factory's score director, so the constraints
 * are the very same.
 */
final class PlanScorer implements AutoCloseable {
  private final InnerScoreDirector<ExpansionPlan, HardSoftLongScore> director;

  PlanScorer(SolverFactory<ExpansionPlan> factory, ExpansionPlan plan) {
    this.director = ((DefaultSolverFactory<ExpansionPlan>) factory).<HardSoftLongScore>getScoreDirectorFactory()
        .buildScoreDirector(false, false);
    director.setWorkingSolution(plan);
  }

  HardSoftLongScore score() {
    return director.calculateScore();
  }

  /** Gives cells new decisions and returns the plan's score. */
  HardSoftLongScore change(List<CellDecision> cells, List<Entry> entries) {
    for (int i = 0; i < cells.size(); i++) {
      director.beforeVariableChanged(cells.get(i), "entry");
      cells.get(i).setEntry(entries.get(i));
      director.afterVariableChanged(cells.get(i), "entry");
    }
    director.triggerVariableListeners();
    return director.calculateScore();
  }

  @Override
  public void close() {
    director.close();
  }
}
