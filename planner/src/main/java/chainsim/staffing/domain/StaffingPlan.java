package chainsim.staffing.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The monthly headcount plan: every branch line's moves in every month of the window. Hard score:
 * broken rules (people, or thousands of yuan for the budget and the reserve); soft score: the
 * plan's cost in yuan, unmet demand priced at its penalty.
 */
@PlanningSolution
public class StaffingPlan {
  @ProblemFactProperty private StaffingRules rules;
  @ProblemFactCollectionProperty private List<Branch> branches;
  @ProblemFactCollectionProperty private List<BranchLine> lines;
  @PlanningEntityCollectionProperty private List<LineMonth> lineMonths;
  @PlanningScore private HardSoftLongScore score;

  /** For the solver's cloning. */
  StaffingPlan() {}

  public StaffingPlan(StaffingRules rules, List<Branch> branches, List<BranchLine> lines, List<LineMonth> lineMonths) {
    this.rules = rules;
    this.branches = List.copyOf(branches);
    this.lines = List.copyOf(lines);
    this.lineMonths = List.copyOf(lineMonths);
  }

  public StaffingRules rules() {
    return rules;
  }

  public List<Branch> branches() {
    return branches;
  }

  public List<BranchLine> lines() {
    return lines;
  }

  public List<LineMonth> lineMonths() {
    return lineMonths;
  }

  public HardSoftLongScore score() {
    return score;
  }
}
