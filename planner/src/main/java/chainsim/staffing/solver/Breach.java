package chainsim.staffing.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a hard rule is broken: where (a line, a branch, or the direct branches), each month it is
 * broken in with the rule's limit and the actual value (people, or yuan for the budget and the
 * reserve), and the same in words a planner can act on.
 */
public record Breach(String where, List<Month> months, String why) implements ConstraintJustification {
  /** A month (of the scenario) a rule is broken in: the limit it holds to and the actual value. */
  public record Month(int month, double limit, double actual) {}

  @Override
  public String toString() {
    return where + ": " + why;
  }
}
