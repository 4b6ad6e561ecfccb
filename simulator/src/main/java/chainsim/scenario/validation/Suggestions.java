package chainsim.scenario.validation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Collection;
import java.util.Locale;

/**
 * "did you mean ...?" for a misspelt key, distribution, enum value or id: only for a near miss, a
 * slip of one or two keys, since a far-fetched suggestion ('base' -> 'name') misleads more than
 * it helps.
 */
public final class Suggestions {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private Suggestions() {}

  /**
   * The closest candidate within a few edits, or null: the same name in another case or style
   * ({@code reserveRatio}, {@code Reserve-Ratio}), else at most 1 edit between names of up to 4
   * characters, 2 up to 8, 3 beyond (the longer of the two counts), where swapping two neighbours
   * is one edit. Ties go to the first candidate.
   */
  public static String closest(String typed, Collection<String> candidates) {
    if (typed == null || typed.isEmpty() || typed.length() > 200) {
      return null;
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    String snake = SNAKE.translate(typed);
    for (String c : candidates) {
      if (c.equals(lower) || c.equals(snake) || c.equals(lower.replace('-', '_')) || c.equals(lower.replace('_', '-'))) {
        return c;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int longer = Math.max(c.length(), lower.length());
      int threshold = longer <= 4 ? 1 : longer <= 8 ? 2 : 3;
      if (Math.abs(c.length() - lower.length()) > threshold) {
        continue;
      }
      int d = distance(lower, c);
      if (d <= threshold && d < bestDistance && d < c.length()) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** " (did you mean 'x'?)" or "". */
  public static String hint(String typed, Collection<String> candidates) {
    String best = closest(typed, candidates);
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /**
   * Edits from one name to the other: insertions, deletions, substitutions and swaps of two
   * neighbouring characters (optimal string alignment distance).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
