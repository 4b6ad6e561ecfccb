package chainsim.report.compare;

import chainsim.report.html.CategoryCharts;
import chainsim.report.html.Chart;
import chainsim.report.html.HtmlPage;
import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.html.TimeCharts;
import chainsim.report.runreport.Monthly;
import chainsim.report.runreport.RunData;
import chainsim.report.runreport.Summary;
import chainsim.report.table.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** The comparison page: deltas, the two cash fans on one calendar, break-even side by side. */
final class ComparisonPage {
  private ComparisonPage() {}

  static String render(Comparison c) {
    Labels labels = c.labels();
    Numbers numbers = c.numbers();
    HtmlPage page = new HtmlPage(labels, labels.format("page.title", c.a().summary().scenario(),
        c.b().summary().scenario()), "chainsim " + c.b().chainsimVersion());
    page.subtitle(side(c.nameA(), c.a(), labels, numbers) + "  |  " + side(c.nameB(), c.b(), labels, numbers));
    HtmlPage.Section deltas = page.section("deltas", labels.get("section.deltas"));
    if (c.horizonWarning() != null) {
      deltas.warning(labels.get("warning.title"), c.horizonWarning());
    }
    deltas.table(c.deltaTable()).note(labels.get("note.deltas"));
    page.section("cash", labels.get("section.cash")).chart(cashFans(c));
    page.section("breakeven", labels.get("section.breakeven")).chart(breakeven(c)).table(c.breakevenTable());
    page.footer(labels.format("page.footer", c.a().manifest().path("scenario").path("sha256").asText(),
        c.b().manifest().path("scenario").path("sha256").asText()));
    return page.render();
  }

  private static String side(String name, RunData run, Labels labels, Numbers numbers) {
    Summary s = run.summary();
    return name + ": " + labels.format("page.run", numbers.count(s.replications()), s.seed(), s.months(), s.start());
  }

  /** Both fans on the union of the two calendars (horizons may differ in start or length). */
  static Chart cashFans(Comparison c) {
    TreeSet<String> months = new TreeSet<>(c.a().monthly().calendar());
    months.addAll(c.b().monthly().calendar());
    List<String> calendar = new ArrayList<>(months);
    List<TimeCharts.Fan> fans = new ArrayList<>();
    fans.add(fan(c.nameA(), c.a(), calendar));
    fans.add(fan(c.nameB(), c.b(), calendar));
    List<TimeCharts.Level> levels = new ArrayList<>();
    Labels labels = c.labels();
    double reserveA = c.a().summary().reserve();
    double reserveB = c.b().summary().reserve();
    if (reserveA == reserveB) {
      // one reserve for both: drawn over every month either run covers
      levels.add(new TimeCharts.Level(labels.get("series.reserve"), reserveA));
    } else {
      // each run's reserve only over its own months
      levels.add(reserve(labels.get("series.reserve") + " A", reserveA, c.a(), calendar));
      levels.add(reserve(labels.get("series.reserve") + " B", reserveB, c.b(), calendar));
    }
    return new Chart("cash-fans", labels.get("chart.cash_fans"), 420,
        TimeCharts.fans(calendar, fans, levels, Kind.MONEY), labels.get("note.cash_fans"));
  }

  private static TimeCharts.Level reserve(String name, double value, RunData run, List<String> calendar) {
    List<String> own = run.monthly().calendar();
    return new TimeCharts.Level(name, value, calendar.indexOf(own.get(0)) + 1,
        calendar.indexOf(own.get(own.size() - 1)) + 1);
  }

  private static TimeCharts.Fan fan(String name, RunData run, List<String> calendar) {
    Monthly.Series s = run.monthly().get("cash.balance");
    List<String> own = run.monthly().calendar();
    double[][] p = new double[5][calendar.size()];
    for (double[] row : p) {
      Arrays.fill(row, Double.NaN);
    }
    if (s != null) {
      for (int i = 0; i < calendar.size(); i++) {
        int m = own.indexOf(calendar.get(i));
        if (m >= 0) {
          p[0][i] = s.p5()[m];
          p[1][i] = s.p25()[m];
          p[2][i] = s.p50()[m];
          p[3][i] = s.p75()[m];
          p[4][i] = s.p95()[m];
        }
      }
    }
    return new TimeCharts.Fan(name, p[0], p[1], p[2], p[3], p[4]);
  }

  /** Below this share breaking even, a range describes a minority of the openings. */
  static final double TYPICAL_SHARE = 0.5;

  /** Each branch twice, A above B, coloured by run. */
  private static Chart breakeven(Comparison c) {
    Labels labels = c.labels();
    Numbers numbers = c.numbers();
    List<CategoryCharts.Range> rows = new ArrayList<>();
    for (String id : c.entityIds()) {
      Summary.Entity ea = c.a().summary().entity(id);
      Summary.Entity eb = c.b().summary().entity(id);
      if (!Comparison.applies(ea) && !Comparison.applies(eb)) {
        continue;
      }
      rows.add(range(id + " · A", 0, ea, c.nameA(), labels, numbers));
      rows.add(range(id + " · B", 1, eb, c.nameB(), labels, numbers));
    }
    return new Chart("breakeven-compared", labels.get("chart.breakeven"), Math.max(160, 60 + 22 * rows.size()),
        CategoryCharts.ranges(rows, Kind.MONTHS, Math.max(c.a().summary().months(), c.b().summary().months())),
        labels.format("note.breakeven", numbers.plain(TYPICAL_SHARE * 100) + "%"));
  }

  private static CategoryCharts.Range range(String name, int group, Summary.Entity e, String run, Labels labels,
      Numbers numbers) {
    if (!Comparison.applies(e)) {
      return new CategoryCharts.Range(name, group, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          labels.get(e == null ? "entity.absent" : "entity.not_applicable"), List.of(run));
    }
    Summary.Stat s = e.breakeven();
    double reached = Comparison.reached(e);
    String label = labels.format("range.reached", numbers.percent(reached));
    // as in the run report: a range most openings never reach is greyed, its median hollow
    return new CategoryCharts.Range(name, group, s.p5(), s.p25(), s.p50(), s.p75(), s.p95(), label, List.of(run,
        labels.format("range.reached_line", numbers.percent(reached), numbers.count(s.n())),
        "P50: " + numbers.months(s.p50()), "P5–P95: " + numbers.months(s.p5()) + " – " + numbers.months(s.p95())),
        !(reached >= TYPICAL_SHARE));
  }
}
