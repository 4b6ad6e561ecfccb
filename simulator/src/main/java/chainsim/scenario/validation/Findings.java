package chainsim.scenario.validation;

import chainsim.scenario.Problem;
import chainsim.scenario.source.Position;
import java.util.List;

/** Collects problems; every check adds to one list so a file reports all of them at once. */
final class Findings {
  final List<Problem> problems;

  Findings(List<Problem> problems) {
    this.problems = problems;
  }

  void add(Position at, String keyPath, String message) {
    problems.add(new Problem(at.file(), at.line(), at.column(), keyPath, message));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
