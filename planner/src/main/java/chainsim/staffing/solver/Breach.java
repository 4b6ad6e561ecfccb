package chainsim.staffing.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a hard rule is broken, in words a planner can act on: where, when and by how much. */
public record Breach(String where, String why) implements ConstraintJustification {
  @Override
  public String toString() {
    return where + ": " + why;
  }
}
