package chainsim.scenario.validation;

import chainsim.scenario.Problem;
import chainsim.scenario.tree.Position;

/** Thrown by a check that has found {@link Findings#LIMIT} problems: it stops where it is. */
public final class TooManyProblems extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The message of the line that says where checking stopped. */
  public static final String MESSAGE = "more than " + Findings.LIMIT + " problems; checking stopped here";

  private final transient Position at;

  TooManyProblems(Position at) {
    super("more than " + Findings.LIMIT + " problems", null, false, false);
    this.at = at;
  }

  /** The last line of the report: where checking stopped. */
  public Problem problem() {
    return new Problem(at.file(), at.line(), at.column(), "", MESSAGE);
  }
}
