package chainsim.rebalance.forecast;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.List;

/**
 * A previous run directory the forecast check cannot use: missing or unreadable files, or a run of
 * another scenario or horizon. A kind of scenario exception, so the command line prints its one
 * located line ({@code file:line:column: message}) and exits 2.
 */
public class ForecastCheckException extends ScenarioException {
  private static final long serialVersionUID = 1L;

  public ForecastCheckException(Problem problem) {
    super(List.of(problem));
  }

  static ForecastCheckException at(Path file, int line, int column, String message) {
    return new ForecastCheckException(new Problem(file, line, column, "", message));
  }
}
