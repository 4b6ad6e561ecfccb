package chainsim.report.forecast;

import chainsim.rebalance.forecast.EntityDrivers;
import chainsim.rebalance.forecast.ForecastCheck;
import chainsim.rebalance.forecast.ForecastRow;
import chainsim.rebalance.forecast.NotForecast;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import java.util.List;

/**
 * The forecast check's section of {@code rebalance.md}: how many actuals fell inside their bands,
 * the variance table of those outside (furthest outside first, at most {@link #MAX_ROWS}), the
 * drivers sentence per selling entity and period, and the series the previous run did not
 * forecast. Stable text: the same check gives the same bytes.
 */
public final class ForecastCheckMarkdown {
  /** Rows of the variance table at most; the rest are in forecast-check.csv. */
  public static final int MAX_ROWS = 20;

  private ForecastCheckMarkdown() {}

  /** The section, starting with its {@code ##} heading and ending with a blank line. */
  public static String section(ForecastCheck check, Lang lang) {
    ForecastWords w = new ForecastWords(lang);
    StringBuilder md = new StringBuilder();
    md.append(w.labels.format("md.heading", check.asOf())).append("\n\n");
    List<ForecastRow> outside = check.outside();
    md.append(w.labels.format("md.intro", check.rows().size(), check.rows().size() - outside.size(), outside.size()))
        .append("\n\n");
    if (outside.isEmpty()) {
      md.append(w.labels.get("md.none_outside")).append("\n\n");
    } else {
      md.append(w.labels.get("md.outside")).append("\n\n");
      md.append("| ").append(String.join(" | ", List.of(w.labels.get("col.entity"), w.labels.get("col.metric"),
          w.labels.get("col.month"), w.labels.get("col.actual"), w.labels.get("col.p5"), w.labels.get("col.p50"),
          w.labels.get("col.p95"), w.labels.get("col.miss"), w.labels.get("col.miss_pct"),
          w.labels.get("col.quantile")))).append(" |\n");
      md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (ForecastRow r : outside.subList(0, Math.min(MAX_ROWS, outside.size()))) {
        md.append("| ").append(r.entity()).append(" | `").append(r.metric()).append("` | ").append(r.month())
            .append(" | ").append(w.value(r.unit(), r.actual()))
            .append(" | ").append(w.value(r.unit(), r.band().p5()))
            .append(" | ").append(w.value(r.unit(), r.band().p50()))
            .append(" | ").append(w.value(r.unit(), r.band().p95()))
            .append(" | ").append(w.value(r.unit(), r.miss()))
            .append(" | ").append(Double.isNaN(r.missShare()) ? Numbers.MISSING : w.numbers.percent(r.missShare()))
            .append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f", r.quantile())).append(" |\n");
      }
      md.append('\n');
      if (outside.size() > MAX_ROWS) {
        md.append(w.labels.format("md.more", outside.size() - MAX_ROWS)).append("\n\n");
      }
    }
    md.append(w.labels.get("note.quantile")).append("\n\n");
    if (!check.drivers().isEmpty()) {
      md.append(w.labels.get("md.drivers")).append("\n\n");
      for (EntityDrivers d : check.drivers()) {
        md.append("- ").append(w.sentence(d)).append('\n');
      }
      md.append('\n');
    }
    if (!check.notForecast().isEmpty()) {
      md.append(w.labels.get("md.not_forecast")).append("\n\n");
      // one line per entity and reason: a line's hires and leavers share one
      java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
      for (NotForecast n : check.notForecast()) {
        byReason.computeIfAbsent(n.entity() + ": " + n.reason(), k -> new java.util.ArrayList<>()).add(n.metric());
      }
      byReason.forEach((key, metrics) -> {
        int colon = key.indexOf(": ");
        md.append("- ").append(key, 0, colon).append(' ')
            .append(String.join(", ", metrics.stream().map(m -> "`" + m + "`").toList())).append(": ")
            .append(key.substring(colon + 2)).append('\n');
      });
      md.append('\n');
    }
    return md.toString();
  }
}
