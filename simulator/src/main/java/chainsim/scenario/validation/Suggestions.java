package chainsim.scenario.validation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "did you mean ...?" for a misspelt key, distribution, enum value or id. */
public final class Suggestions {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private Suggestions() {}

  /** The closest candidate within a few edits, or null. Ties go to the first candidate. */
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
    int threshold = Math.max(2, Math.min(4, (typed.length() + 2) / 3));
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance.apply(lower, c);
      if (d >= 0 && d < bestDistance && d < c.length()) {
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
