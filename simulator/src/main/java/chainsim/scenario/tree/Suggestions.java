package chainsim.scenario.tree;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * "did you mean ...?" for a misspelt key, distribution, enum value or id: only for a near miss, a
 * slip of one or two keys, since a far-fetched suggestion ('base' -> 'name') misleads more than
 * it helps.
 */
public final class Suggestions {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  /** Insertions, deletions, substitutions and swaps of two neighbouring characters. */
  private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance();

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
      int d = EDITS.apply(lower, c);
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
}
