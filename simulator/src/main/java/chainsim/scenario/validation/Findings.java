package chainsim.scenario.validation;

import chainsim.scenario.Problem;
import chainsim.scenario.tree.Position;
import java.util.List;

/**
 * Collects problems; every check adds to one list so a file reports all of them at once, up to
 * {@link #LIMIT}: a file with a hundred thousand unknown keys is not worth checking to the end.
 */
final class Findings {
  /** Most problems one scenario collects before the check stops. */
  static final int LIMIT = 10_000;

  final List<Problem> problems;

  Findings(List<Problem> problems) {
    this.problems = problems;
  }

  void add(Position at, String keyPath, String message) {
    if (problems.size() >= LIMIT) {
      throw new TooManyProblems(at);
    }
    problems.add(new Problem(at.file(), at.line(), at.column(), keyPath, message));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
