package chainsim.scenario;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with a scenario, where it is and what to do about it. A scenario reports every
 * problem it has at once, one line each, so a reviewer can fix a file in one pass.
 *
 * @param file the file the problem is in (a base file when the problem comes from one)
 * @param line 1-based line
 * @param column 1-based column
 * @param keyPath the key path, e.g. {@code expansion[sh-direct].region}; empty for syntax errors
 * @param message what is wrong, one line
 */
public record Problem(Path file, int line, int column, String keyPath, String message) {

  /** The order problems are reported in: by file, then position, then text. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.file().toString())
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::keyPath)
          .thenComparing(Problem::message);

  public Problem {
    keyPath = keyPath == null ? "" : keyPath;
    message = oneLine(message);
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  /** {@code file:line:column: key.path: message}, the file relative to the working directory when under it. */
  public String format() {
    String where = displayPath(file) + ":" + line + ":" + column + ": ";
    return keyPath.isEmpty() ? where + message : where + keyPath + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }

  /** A path as users typed it: relative to the working directory when the file is under it. */
  public static String displayPath(Path file) {
    if (file == null) {
      return "<unknown>";
    }
    Path shown = file;
    try {
      Path cwd = Path.of("").toAbsolutePath().normalize();
      Path abs = file.toAbsolutePath().normalize();
      if (abs.startsWith(cwd) && !abs.equals(cwd)) {
        shown = cwd.relativize(abs);
      }
    } catch (RuntimeException e) {
      // An unusual path (another file system): show it as given.
    }
    return shown.toString().replace('\\', '/');
  }

  /** Messages are one line whatever the parser said: a line per problem is the contract. */
  private static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return "invalid";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.strip()
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
              } else if (Character.isISOControl(cp)) {
                sb.append(String.format("\\u%04x", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString().replaceAll(" {2,}", " ");
  }
}
