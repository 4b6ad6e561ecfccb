package chainsim.actuals;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import java.util.List;

/**
 * Actuals that cannot be used, with every problem found in them. A kind of scenario exception, so
 * the command line reports both the same way: one line per problem, exit 2.
 */
public class ActualsException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  public ActualsException(List<Problem> problems) {
    super(problems);
  }
}
