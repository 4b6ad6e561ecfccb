package chainsim.roster.bench;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/** Renders benchmark rows as a Markdown table with a summary line. */
public final class BenchmarkReport {

  private BenchmarkReport() {
  }

  /**
   * The table, with a column for the first search's cost when the rows come from several independent
   * searches, the summary below it, then the cost by constraint when the rows have it.
   */
  public static String markdown(List<BenchmarkRow> rows, String title) {
    boolean searches = rows.stream().anyMatch(r -> r.firstSearchCost().isPresent());
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title).append("\n\n");
    out.append("| instance | cost |").append(searches ? " first search |" : "")
        .append(" best known | gap % | peer | beats peer | time to best (s) | moves/s |\n");
    out.append("|---|---:|").append(searches ? "---:|" : "").append("---:|---:|---:|:---:|---:|---:|\n");
    for (BenchmarkRow r : rows) {
      Double gap = r.gapPercent();
      out.append(String.format(Locale.ROOT, "| %s | %s |%s %s | %s | %s | %s | %.1f | %,.0f |%n",
          r.instance(),
          r.feasible() ? Integer.toString(r.cost()) : r.cost() + " (infeasible)",
          searches ? " " + (r.firstSearchCost().isPresent() ? Integer.toString(r.firstSearchCost().getAsInt()) : "-")
              + " |" : "",
          r.bestKnown().isPresent() ? r.bestKnown().getAsInt() + (r.belowBestKnown() ? " (below: suspect)" : "") : "-",
          gap == null ? "-" : String.format(Locale.ROOT, "%.1f", gap),
          r.peer().isPresent() ? Integer.toString(r.peer().getAsInt()) : "-",
          r.peer().isPresent() ? (r.beatsPeer() ? "yes" : "no") : "-",
          r.timeToBestSeconds(),
          r.movesPerSecond()));
    }
    out.append('\n').append(summary(rows)).append('\n');
    String breakdown = byConstraint(rows);
    if (!breakdown.isEmpty()) {
      out.append('\n').append(breakdown);
    }
    return out.toString();
  }

  /**
   * The cost by constraint, one row per instance and one column per constraint that costs something
   * on any of them (in name order; 0 where it costs nothing): where each roster pays. Empty when no
   * row has a breakdown.
   */
  public static String byConstraint(List<BenchmarkRow> rows) {
    SortedSet<String> names = new TreeSet<>();
    for (BenchmarkRow r : rows) {
      r.byConstraint().forEach((name, cost) -> {
        if (cost != 0) {
          names.add(name);
        }
      });
    }
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("Cost by constraint (the competition's evaluator):\n\n| instance | cost |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (String name : names) {
      out.append(' ').append(name).append(" |");
      rule.append("---:|");
    }
    out.append('\n').append(rule).append('\n');
    for (BenchmarkRow r : rows) {
      out.append("| ").append(r.instance()).append(" | ").append(r.cost()).append(" |");
      for (String name : names) {
        out.append(' ').append(r.byConstraint().getOrDefault(name, 0)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static String summary(List<BenchmarkRow> rows) {
    long withKnown = rows.stream().filter(r -> r.bestKnown().isPresent()).count();
    long within = rows.stream().filter(BenchmarkRow::withinTarget).count();
    long withPeer = rows.stream().filter(r -> r.peer().isPresent()).count();
    long beats = rows.stream().filter(BenchmarkRow::beatsPeer).count();
    long infeasible = rows.stream().filter(r -> !r.feasible()).count();
    long below = rows.stream().filter(BenchmarkRow::belowBestKnown).count();
    double[] gaps = rows.stream().map(BenchmarkRow::gapPercent).filter(g -> g != null && Double.isFinite(g))
        .mapToDouble(Double::doubleValue).toArray();
    double[] firstGaps = rows.stream().map(BenchmarkRow::firstSearchGapPercent).filter(g -> g != null)
        .mapToDouble(Double::doubleValue).toArray();
    return String.format(Locale.ROOT,
        "Within target (sprint <= 5 %%, medium and long <= 15 %% above best known): %d/%d; "
            + "below the peer: %d/%d; infeasible: %d.%s%s",
        within, withKnown, beats, withPeer, infeasible,
        gaps.length == 0 ? "" : String.format(Locale.ROOT, " Mean gap %.1f %%, largest %.1f %%%s.",
            java.util.Arrays.stream(gaps).average().orElseThrow(), java.util.Arrays.stream(gaps).max().orElseThrow(),
            firstGaps.length == 0 ? "" : String.format(Locale.ROOT, " (the first search alone: mean %.1f %%, largest"
                + " %.1f %%)", java.util.Arrays.stream(firstGaps).average().orElseThrow(),
                java.util.Arrays.stream(firstGaps).max().orElseThrow())),
        below == 0 ? "" : String.format(Locale.ROOT, " Below the best known (a rule read differently from the "
            + "competition's, until explained): %d.", below))
        + (withKnown == 0 ? "" : " " + aboveWorstGap(rows));
  }

  /** How many rows cost more than 12 % above the best known, and which (worst first, then by name). */
  private static String aboveWorstGap(List<BenchmarkRow> rows) {
    List<BenchmarkRow> above = rows.stream().filter(BenchmarkRow::aboveWorstGap)
        .sorted(java.util.Comparator.comparingDouble((BenchmarkRow r) -> r.gapPercent()).reversed()
            .thenComparing(BenchmarkRow::instance))
        .toList();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "More than %.0f %% above the best known: %d",
        BenchmarkRow.WORST_GAP_PERCENT, above.size()));
    for (int i = 0; i < above.size(); i++) {
      BenchmarkRow r = above.get(i);
      out.append(i == 0 ? " (" : ", ").append(r.instance()).append(' ')
          .append(!r.feasible() ? "infeasible" : Double.isFinite(r.gapPercent())
              ? String.format(Locale.ROOT, "%.1f %%", r.gapPercent()) : r.cost() + " against 0");
    }
    return out.append(above.isEmpty() ? "." : ").").toString();
  }
}
