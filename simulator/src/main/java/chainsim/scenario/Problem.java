package chainsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The order problems are reported in: by file (as an absolute, normalised path, so the order does
   * not depend on how a path was typed), then position, then text.
   */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> fileKey(p.file())).thenComparing(Problem::samePlaceOrder);

  private static final Comparator<Problem> SAME_FILE =
      Comparator.comparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::keyPath)
          .thenComparing(Problem::message);

  /** What makes two problems the same one: the file however its path was written, the position, the text. */
  public record Identity(String file, int line, int column, String keyPath, String message) {}

  public Problem {
    keyPath = keyPath == null ? "" : keyPath;
    message = oneLine(message);
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  /** This problem's identity: a base's problem reached from two variants is one problem. */
  public Identity identity() {
    return new Identity(fileKey(file), line, column, keyPath, message);
  }

  /** Problems in {@link #ORDER}, each once. */
  public static List<Problem> sortedDistinct(Collection<Problem> problems) {
    Map<Path, String> keys = new HashMap<>();
    List<Map.Entry<String, Problem>> keyed = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      keyed.add(Map.entry(keys.computeIfAbsent(p.file(), Problem::fileKey), p));
    }
    keyed.sort(Map.Entry.<String, Problem>comparingByKey().thenComparing(Map.Entry::getValue, SAME_FILE));
    List<Problem> out = new ArrayList<>(keyed.size());
    Map.Entry<String, Problem> last = null;
    for (Map.Entry<String, Problem> e : keyed) {
      if (last == null || !last.getKey().equals(e.getKey()) || SAME_FILE.compare(last.getValue(), e.getValue()) != 0) {
        out.add(e.getValue());
      }
      last = e;
    }
    return out;
  }

  private static int samePlaceOrder(Problem a, Problem b) {
    return SAME_FILE.compare(a, b);
  }

  private static String fileKey(Path file) {
    if (file == null) {
      return "";
    }
    try {
      return file.toAbsolutePath().normalize().toString();
    } catch (RuntimeException e) {
      return file.toString();
    }
  }

  /** {@code file:line:column: key.path: message}, the file relative to the working directory when under it. */
  /** The line that ends a report cut short: checking stopped here, having found too many problems. */
  public static final String CHECKING_STOPPED = chainsim.scenario.validation.TooManyProblems.MESSAGE;

  /** Whether this is the line that says checking stopped (too many problems), not a problem itself. */
  public boolean checkingStopped() {
    return message.equals(CHECKING_STOPPED);
  }

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
