package chainsim.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of a scenario's YAML text that the mutation tests make (the scenario loader's here, the
 * command line's in cli, which reads this class from the simulator's test jar).
 */
public final class YamlEdits {
  private static final Pattern EXTENDS_LINE = Pattern.compile("(?m)^extends:.*$");

  private YamlEdits() {}

  /** The text with its {@code extends:} line set to {@code bases} (added first when it has none). */
  public static String withExtends(String text, String bases) {
    Matcher e = EXTENDS_LINE.matcher(text);
    return e.find() ? text.substring(0, e.start()) + "extends: " + bases + text.substring(e.end())
        : "extends: " + bases + "\n" + text;
  }

  /**
   * The text without the key that starts at {@code start} and every line indented below it; for a
   * list item's first key ({@code - id: wuxi}), the whole item.
   */
  public static String withoutBlock(String text, int start) {
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      return text.substring(0, start);
    }
    String first = text.substring(start, lineEnd);
    int indent = first.length() - first.stripLeading().length();
    int end = lineEnd + 1;
    while (end < text.length()) {
      int next = text.indexOf('\n', end);
      String line = text.substring(end, next < 0 ? text.length() : next);
      int lineIndent = line.length() - line.stripLeading().length();
      if (!line.isBlank() && lineIndent <= indent && !line.stripLeading().startsWith("#")) {
        break;
      }
      end = next < 0 ? text.length() : next + 1;
    }
    return text.substring(0, start) + text.substring(end);
  }

  /** One match of the pattern, chosen at random among all of them, or null when there is none. */
  public static Matcher pick(Pattern pattern, String text, Random random) {
    List<Integer> starts = new ArrayList<>();
    Matcher all = pattern.matcher(text);
    while (all.find()) {
      starts.add(all.start());
    }
    if (starts.isEmpty()) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    if (!m.find(starts.get(random.nextInt(starts.size())))) {
      throw new IllegalStateException("a match of " + pattern + " found once is not found again");
    }
    return m;
  }
}
