package chainsim.expansion.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * An expansion plan: a decision for every candidate cell, scored on the surrogate. Hard: the
 * reserve at the scenario's confidence, the cap on the chance of running dry, management
 * bandwidth, direct before channels, the one-year cash-flow gate, excluded cells. Soft, in yuan:
 * expected NPV, less the tail risk and the changes against a previous plan.
 */
@PlanningSolution
public class ExpansionPlan {
  @ProblemFactProperty private ExpansionContext context;

  @ValueRangeProvider(id = "entries")
  @ProblemFactCollectionProperty
  private List<Entry> entries;

  @PlanningEntityCollectionProperty private List<CellDecision> cells;

  @PlanningScore private HardSoftLongScore score;

  public ExpansionPlan() {}

  public ExpansionPlan(ExpansionContext context, List<Entry> entries, List<CellDecision> cells) {
    this.context = context;
    this.entries = entries;
    this.cells = cells;
  }

  /** A copy whose cells can be changed without changing this plan's (the facts are shared). */
  public ExpansionPlan copy() {
    ExpansionPlan c = new ExpansionPlan(context, entries,
        new java.util.ArrayList<>(cells.stream().map(CellDecision::copy).toList()));
    c.score = score;
    return c;
  }

  public ExpansionContext getContext() {
    return context;
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public List<CellDecision> getCells() {
    return cells;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
