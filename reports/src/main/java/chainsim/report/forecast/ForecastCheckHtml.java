package chainsim.report.forecast;

import chainsim.actuals.ActualsFormat;
import chainsim.metrics.Unit;
import chainsim.rebalance.forecast.EntityDrivers;
import chainsim.rebalance.forecast.ForecastCheck;
import chainsim.rebalance.forecast.ForecastRow;
import chainsim.report.html.Chart;
import chainsim.report.html.HtmlPage;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.TimeCharts;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forecast check's section of {@code rebalance.html}: for each selling entity its key series
 * (revenue, orders signed, contacts, active clients) and the company's cash balance as the actuals
 * against the previous plan's band, the variance table of the actuals outside their bands, and the
 * drivers per entity and period (the sentence, then each driver's part of the revenue miss).
 */
public final class ForecastCheckHtml {
  /** The series charted per selling entity, and the head office's. */
  public static final List<String> KEY_SERIES = List.of("revenue", "signed_orders", "contacts", "active_clients");
  public static final String COMPANY_SERIES = "cash.balance";

  private ForecastCheckHtml() {}

  /** Adds the section (id {@code forecast-check}) to a page in the page's language. */
  public static void section(HtmlPage page, ForecastCheck check) {
    ForecastWords w = new ForecastWords(page.labels().lang());
    HtmlPage.Section s = page.section("forecast-check", w.labels.get("section.forecast"));
    List<ForecastRow> outside = check.outside();
    s.paragraph(w.labels.format("md.intro", check.rows().size(), check.rows().size() - outside.size(),
        outside.size()));
    List<String> calendar = new ArrayList<>();
    for (YearMonth m = check.start(); !m.isAfter(check.asOf()); m = m.plusMonths(1)) {
      calendar.add(m.toString());
    }
    List<Chart> charts = new ArrayList<>();
    Set<String> entities = new LinkedHashSet<>();
    check.drivers().forEach(d -> entities.add(d.entity()));
    for (String entity : entities) {
      for (String metric : KEY_SERIES) {
        chart(check, w, calendar, entity, metric).ifPresent(charts::add);
      }
    }
    chart(check, w, calendar, ActualsFormat.HEAD_OFFICE, COMPANY_SERIES).ifPresent(charts::add);
    for (int i = 0; i < charts.size(); i += 2) {
      s.charts(charts.subList(i, Math.min(i + 2, charts.size())).toArray(Chart[]::new));
    }
    s.note(w.labels.get("note.chart"));
    Table table = Table.of("forecast-outside", w.labels.get("col.entity"), Kind.TEXT, w.labels.get("col.metric"),
        Kind.TEXT, w.labels.get("col.month"), Kind.TEXT, w.labels.get("col.actual"), Kind.TEXT,
        w.labels.get("col.p5"), Kind.TEXT, w.labels.get("col.p50"), Kind.TEXT, w.labels.get("col.p95"), Kind.TEXT,
        w.labels.get("col.miss_pct"), Kind.PERCENT, w.labels.get("col.quantile"), Kind.NUMBER);
    for (ForecastRow r : outside.subList(0, Math.min(ForecastCheckMarkdown.MAX_ROWS, outside.size()))) {
      table.row(r.entity(), r.metric(), r.month().toString(), w.value(r.unit(), r.actual()),
          w.value(r.unit(), r.band().p5()), w.value(r.unit(), r.band().p50()), w.value(r.unit(), r.band().p95()),
          r.missShare(), r.quantile());
    }
    s.table(table);
    s.note(w.labels.get("note.quantile"));
    Table drivers = Table.of("forecast-drivers", w.labels.get("col.entity"), Kind.TEXT, w.labels.get("col.period"),
        Kind.TEXT, w.labels.get("col.driver"), Kind.TEXT, w.labels.get("col.factor_actual"), Kind.TEXT,
        w.labels.get("col.factor_forecast"), Kind.TEXT, w.labels.get("col.contribution"), Kind.MONEY,
        w.labels.get("col.share"), Kind.PERCENT);
    for (EntityDrivers d : check.drivers()) {
      s.paragraph(w.sentence(d));
      d.revenue().contributions().forEach((driver, amount) -> {
        EntityDrivers.Factor f = d.factor(driver.key());
        drivers.row(d.entity(), w.period(d), w.driver(driver), f == null ? "" : w.factor(driver, f.actual()),
            f == null ? "" : w.factor(driver, f.forecast()), amount, d.revenue().share(driver));
      });
    }
    s.table(drivers);
  }

  /** A standalone page of the check alone (a preview; rebalance.html includes the section). */
  public static String page(ForecastCheck check, Lang lang, String generator) {
    Labels labels = Labels.of(lang).with(ForecastCheckHtml.class, "labels");
    HtmlPage page = new HtmlPage(labels, labels.get("section.forecast") + " · " + check.scenarioName(), generator);
    section(page, check);
    return page.render();
  }

  private static java.util.Optional<Chart> chart(ForecastCheck check, ForecastWords w, List<String> calendar,
      String entity, String metric) {
    int n = calendar.size();
    double[][] band = new double[5][n];
    double[] actual = new double[n];
    for (double[] b : band) {
      java.util.Arrays.fill(b, Double.NaN);
    }
    java.util.Arrays.fill(actual, Double.NaN);
    Unit unit = null;
    for (ForecastRow r : check.rows()) {
      if (!r.entity().equals(entity) || !r.metric().equals(metric)) {
        continue;
      }
      int i = calendar.indexOf(r.month().toString());
      if (i < 0) {
        continue;
      }
      unit = r.unit();
      double[] v = {r.band().p5(), r.band().p25(), r.band().p50(), r.band().p75(), r.band().p95()};
      for (int k = 0; k < 5; k++) {
        band[k][i] = v[k];
      }
      actual[i] = r.actual();
    }
    if (unit == null) {
      return java.util.Optional.empty();
    }
    Kind kind = unit == Unit.CNY ? Kind.MONEY : Kind.COUNT;
    String forecastName = w.labels.get("series.forecast");
    ObjectNode option = TimeCharts.fans(calendar,
        List.of(new TimeCharts.Fan(forecastName, band[0], band[1], band[2], band[3], band[4])), List.of(), kind);
    if (metric.equals(COMPANY_SERIES)) {
      // a bank balance far from zero: an axis from zero would flatten the band into a line
      ((ObjectNode) option.get("yAxis")).put("scale", true);
    }
    ArrayNode series = (ArrayNode) option.get("series");
    ObjectNode dots = series.addObject();
    String actualName = w.labels.get("series.actual");
    dots.put("name", actualName).put("type", "line").put("symbol", "circle").put("symbolSize", 7).put("z", 5);
    dots.putObject("lineStyle").put("width", 1).put("color", "#212121");
    dots.putObject("itemStyle").put("color", "#212121");
    dots.set("data", TimeCharts.values(actual));
    ((ArrayNode) option.get("legend").get("data")).add(actualName);
    String id = ("fc-" + entity + "-" + metric).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return java.util.Optional.of(new Chart(id, w.labels.format("chart.band", entity, w.metric(metric)), 300, option));
  }
}
