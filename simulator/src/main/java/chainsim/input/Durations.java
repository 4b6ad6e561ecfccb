package chainsim.input;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one syntax of a time limit, in scenario files ({@code planning.*.time_limit}) and on the command
 * line ({@code --time-limit}): a whole number followed by {@code ms}, {@code s}, {@code m} or {@code h}.
 *
 * <p>The rule, settled once (the three parsers this replaces disagreed): units are lower case only, as the
 * scenario schema has always required ({@code 5M} is refused, not read as five minutes: it reads as well as
 * five months); spaces around the value are ignored; and a time limit must be more than zero ({@code 0s}
 * would stop every search before its first step, so it is refused wherever it is written, instead of
 * only on one planner's command line).
 */
public final class Durations {
  /** The syntax as a regular expression, zero refused, for the scenario records' {@code @Pattern} and schema. */
  public static final String SCENARIO_PATTERN = "^0*[1-9][0-9]*(ms|s|m|h)$";

  /** How the syntax is explained in messages. */
  public static final String EXAMPLES = "500ms, 60s, 5m or 1h";

  private static final Pattern SYNTAX = Pattern.compile("^([0-9]{1,12})(ms|s|m|h)$");

  private Durations() {}

  /**
   * Parses a time limit.
   *
   * @param what names the value in the message: {@code --time-limit} or {@code planning.staffing.time_limit}
   * @throws InputException {@code WHAT 'text' is not a duration like 500ms, 60s, 5m or 1h}, or
   *     {@code WHAT must be more than zero, not '0s'}
   */
  public static Duration parse(String text, String what) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new InputException(what + " '" + text + "' is not a duration like " + EXAMPLES);
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
    if (d.isZero()) {
      throw new InputException(what + " must be more than zero, not '" + text + "'");
    }
    return d;
  }

  /** A duration as this syntax writes it, in the largest unit that keeps it whole: {@code 90s}, {@code 5m}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}
