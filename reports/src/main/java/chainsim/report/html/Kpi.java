package chainsim.report.html;

/**
 * A headline figure as a card: the figure large, its range or context small.
 *
 * @param key stable name, the card's {@code data-kpi}
 * @param source where the figure comes from (e.g. {@code headline.npv.p50} in summary.json), the
 *     card's {@code data-source}
 * @param raw the figure as written in the source, the card's {@code data-value}
 * @param tone how the figure reads against its threshold, or null
 */
public record Kpi(String key, String label, String value, String detail, String source, String raw, Tone tone) {
  /** Good, watch or bad against a threshold (LTV/CAC against 3, a probability of ruin against 5%). */
  public enum Tone {
    GOOD, WATCH, BAD;

    String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
