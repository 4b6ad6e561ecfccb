package chainsim.scenario.tree;

import java.nio.file.Path;

/** Where something was written: a file and a 1-based line and column. */
public record Position(Path file, int line, int column) {
  public static Position startOf(Path file) {
    return new Position(file, 1, 1);
  }
}
