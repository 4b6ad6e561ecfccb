package chainsim.report.runreport;

import chainsim.report.html.CategoryCharts;
import chainsim.report.html.Chart;
import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.html.TimeCharts;
import chainsim.report.table.Kind;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Role;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The charts of a run report, from the run's files. */
final class RunCharts {
  /** Sensitivities shown in the tornado: more is noise for a reader. */
  static final int TORNADO_BARS = 15;

  private final RunData run;
  private final Names names;
  private final Labels labels;
  private final Numbers numbers;
  private final List<String> calendar;

  RunCharts(RunData run, Names names, Numbers numbers) {
    this.run = run;
    this.names = names;
    this.labels = names.labels();
    this.numbers = numbers;
    this.calendar = run.monthly().calendar();
  }

  Chart cashFan() {
    Monthly.Series cash = run.monthly().get("cash.balance");
    List<TimeCharts.Fan> fans = cash == null ? List.of()
        : List.of(new TimeCharts.Fan(labels.get("series.cash_balance"), cash.p5(), cash.p25(), cash.p50(), cash.p75(),
            cash.p95()));
    List<TimeCharts.Level> levels = List.of(new TimeCharts.Level(labels.get("series.reserve"),
        run.summary().reserve()), new TimeCharts.Level(labels.get("series.zero"), 0));
    return new Chart("cash-fan", labels.get("chart.cash_fan"), 380,
        TimeCharts.fans(calendar, fans, levels, Kind.MONEY), labels.get("note.cash_fan"));
  }

  /** Revenue or gross margin ({@code prefix} revenue or margin) stacked by channel, product or region. */
  Chart breakdown(String measure, String dimension) {
    Function<String, String> name = switch (dimension) {
      case "channel" -> names::mode;
      case "product" -> names::product;
      default -> names::region;
    };
    Map<String, double[]> series = new LinkedHashMap<>();
    run.monthly().family(measure + "." + dimension + ".").forEach((key, s) -> series.put(name.apply(key), s.mean()));
    return new Chart(measure + "-" + dimension, labels.get("chart." + measure + "_" + dimension), 320,
        TimeCharts.stacked(calendar, series, Kind.MONEY, true));
  }

  Chart costs() {
    Map<String, double[]> series = new LinkedHashMap<>();
    run.monthly().family("cost.").forEach((key, s) -> series.put(names.cost(key), s.mean()));
    return new Chart("costs", labels.get("chart.costs"), 360, TimeCharts.stacked(calendar, series, Kind.MONEY, true),
        labels.get("note.means_stacked"));
  }

  /** Headcount by role; service roles split by skill. */
  Chart headcount() {
    Map<String, double[]> series = new LinkedHashMap<>();
    for (Role role : run.scenario().roles()) {
      if (role.kind() == Role.Kind.SERVICE) {
        run.monthly().family("headcount." + role.id() + ".").forEach((skill, s) ->
            series.put(names.headcount(role.id() + "." + skill), s.mean()));
      } else if (run.monthly().has("headcount." + role.id())) {
        series.put(names.role(role.id()), run.monthly().get("headcount." + role.id()).mean());
      }
    }
    return new Chart("headcount", labels.get("chart.headcount"), 340,
        TimeCharts.stacked(calendar, series, Kind.COUNT, false), labels.get("note.headcount"));
  }

  /** Gridlines the two axes of the clients chart share: both split in this many steps. */
  static final int CLIENT_AXIS_STEPS = 5;

  /** New and churned clients as bars, active clients as a line on its own axis. */
  Chart clients() {
    ObjectNode o = TimeCharts.base(calendar, Kind.COUNT);
    ArrayNode series = o.putArray("series");
    double barsMax = 0;
    for (String key : List.of("new", "churned", "leaked")) {
      Monthly.Series s = run.monthly().get("clients." + key);
      if (s != null && (!key.equals("leaked") || s.meanTotal() > 0)) {
        ObjectNode bar = series.addObject();
        bar.put("name", labels.get("series.clients_" + key)).put("type", "bar").put("yAxisIndex", 0);
        bar.set("data", TimeCharts.values(s.mean()));
        barsMax = Math.max(barsMax, max(s.mean()));
      }
    }
    Monthly.Series active = run.monthly().get("clients.active");
    ArrayNode y = o.putArray("yAxis");
    // the same number of round steps on both axes, so their gridlines coincide
    countAxis(y.addObject(), labels.get("axis.per_month"), barsMax, true);
    countAxis(y.addObject(), labels.get("axis.active"), active == null ? 0 : max(active.mean()), false);
    if (active != null) {
      ObjectNode line = series.addObject();
      line.put("name", labels.get("series.clients_active")).put("type", "line").put("yAxisIndex", 1)
          .put("symbol", "none");
      line.putObject("lineStyle").put("width", 2);
      line.set("data", TimeCharts.values(active.mean()));
    }
    return new Chart("clients", labels.get("chart.clients"), 340, o, labels.get("note.means"));
  }

  private static void countAxis(ObjectNode axis, String name, double dataMax, boolean splitLines) {
    double interval = TimeCharts.niceInterval(dataMax, CLIENT_AXIS_STEPS, true);
    axis.put("type", "value").put("name", name).put("min", 0).put("max", interval * CLIENT_AXIS_STEPS)
        .put("interval", interval);
    axis.putObject("axisLabel").put("formatter", "@count");
    if (!splitLines) {
      axis.putObject("splitLine").put("show", false);
    }
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        m = Math.max(m, v);
      }
    }
    return m;
  }

  /** LTV/CAC across the replications, as a box against the healthy line (the scenario's, the seed's 3×). */
  Chart ltvCac() {
    Summary.Stat s = run.summary().stat("ltv_cac");
    double healthy = Risks.healthyLtvCac(run);
    String t = Risks.threshold(healthy);
    String note = labels.format("note.ltv_cac", numbers.money(run.summary().stat("ltv").p50()),
        numbers.money(run.summary().stat("cac").p50()), t);
    List<String> lines = List.of(
        "P5: " + numbers.ratio(s.p5()), "P25: " + numbers.ratio(s.p25()), "P50: " + numbers.ratio(s.p50()),
        "P75: " + numbers.ratio(s.p75()), "P95: " + numbers.ratio(s.p95()),
        s.p5() >= healthy ? labels.format("detail.ltv_cac_above_p5", t)
            : labels.format("detail.ltv_cac_below_3", numbers.percent(Risks.below(s, healthy)), t));
    CategoryCharts.Distribution d = new CategoryCharts.Distribution(labels.get("series.ltv_cac"), s.p5(), s.p25(),
        s.p50(), s.p75(), s.p95(), lines);
    return new Chart("ltv-cac", labels.format("chart.ltv_cac", t), 340, CategoryCharts.boxesAgainstThreshold(List.of(d),
        Kind.RATIO, numbers, healthy, labels.format("series.healthy_3x", t)), note);
  }

  /**
   * Ranges below this share reaching the point describe a minority: most openings never get there
   * within the horizon, so the range is greyed and its median hollow.
   */
  static final double TYPICAL_SHARE = 0.5;
  /** Fewer replications than this reaching the point: the count is said beside the range. */
  static final int FEW_REPLICATIONS = 10;

  /** Break-even (or payback) months after opening, per branch and channel, as ranges. */
  Chart breakeven(boolean payback) {
    List<CategoryCharts.Range> rows = new ArrayList<>();
    for (Summary.Entity e : run.summary().entities()) {
      if (!e.breakevenApplies() || e.openedShare() <= 0) {
        continue;
      }
      Summary.Stat st = payback ? e.payback() : e.breakeven();
      double reached = reachedShare(st);
      String label = st.n() == 0 ? labels.get("range.never_reached") : st.n() < FEW_REPLICATIONS
          ? labels.format("range.reached_few", numbers.percent(reached), st.n())
          : labels.format("range.reached", numbers.percent(reached));
      List<String> lines = List.of(
          names.mode(e.mode()) + " · " + names.region(e.region()),
          labels.get("range.opened") + ": " + numbers.percent(e.openedShare()),
          labels.format("range.reached_line", numbers.percent(reached), numbers.count(st.n())),
          labels.get("range.of_reached"),
          "P50: " + numbers.months(st.p50()),
          "P25–P75: " + numbers.months(st.p25()) + " – " + numbers.months(st.p75()),
          "P5–P95: " + numbers.months(st.p5()) + " – " + numbers.months(st.p95()));
      rows.add(new CategoryCharts.Range(e.id(), Mode.valueOf(e.mode().toUpperCase(java.util.Locale.ROOT)).ordinal(),
          st.p5(), st.p25(), st.p50(), st.p75(), st.p95(), label, lines, !(reached >= TYPICAL_SHARE)));
    }
    String key = payback ? "payback" : "breakeven";
    // both charts on the horizon's scale, so they read side by side
    return new Chart(key, labels.get("chart." + key), Math.max(160, 60 + 26 * rows.size()),
        CategoryCharts.ranges(rows, Kind.MONTHS, run.summary().months()),
        labels.format("note." + key, numbers.plain(TYPICAL_SHARE * 100) + "%"));
  }

  /** The share of the replications where it opened that reached the point (break-even, payback). */
  static double reachedShare(Summary.Stat st) {
    return Double.isFinite(st.never()) ? 1 - st.never() : st.n() > 0 ? 1 : 0;
  }

  /** The plan as run: each opening from its planned month, the median actual opening pinned. */
  Chart plan() {
    List<String> modes = new ArrayList<>();
    for (Mode m : Mode.values()) {
      modes.add(names.mode(m.key()));
    }
    List<CategoryCharts.GanttBar> bars = new ArrayList<>();
    int months = run.summary().months();
    for (Opening o : run.scenario().expansion()) {
      Summary.Entity e = run.summary().entity(o.id());
      double opened = e == null ? Double.NaN : e.openingMonth().p50();
      List<String> lines = new ArrayList<>();
      lines.add(names.mode(o.mode().key()) + " · " + names.region(o.region()) + " · " + names.template(o.template()));
      lines.add(labels.get("col.planned_month") + ": " + KeyFigures.calendar(run, o.month()));
      if (e != null) {
        lines.add(labels.get("col.opened_share") + ": " + numbers.percent(e.openedShare()));
        if (Double.isFinite(opened)) {
          lines.add(labels.get("col.opening_p50") + ": " + KeyFigures.calendar(run, opened)
              + " (P5–P95 " + KeyFigures.calendar(run, e.openingMonth().p5()) + " – "
              + KeyFigures.calendar(run, e.openingMonth().p95()) + ")");
        }
      }
      double share = e == null ? 0 : e.openedShare();
      bars.add(new CategoryCharts.GanttBar(o.id(), o.mode().ordinal(), o.month(), months, opened, lines, share,
          labels.format("plan.opens", numbers.percent(share))));
    }
    return new Chart("plan", labels.get("chart.plan"), Math.max(160, 70 + 26 * bars.size()),
        CategoryCharts.gantt(bars, modes, labels.get("series.opened_p50"), months), labels.get("note.plan"));
  }

  /** The inputs that moved NPV most, by rank correlation. */
  Chart tornado() {
    List<Summary.Sensitivity> top = new ArrayList<>();
    for (Summary.Sensitivity s : run.summary().sensitivity()) {
      if (Double.isFinite(s.rankCorrelation())) {
        top.add(s); // a parameter without a ρ (it never varied) has nothing to draw
      }
    }
    top.sort(Comparator.comparingDouble(s -> -Math.abs(s.rankCorrelation())));
    List<CategoryCharts.Bar> bars = new ArrayList<>();
    for (Summary.Sensitivity s : top.subList(0, Math.min(TORNADO_BARS, top.size()))) {
      bars.add(new CategoryCharts.Bar(names.parameter(s.parameter()), s.rankCorrelation(),
          List.of(s.parameter(), "ρ = " + numbers.plain(s.rankCorrelation()))));
    }
    return new Chart("sensitivity", labels.get("chart.sensitivity"), Math.max(160, 70 + 24 * bars.size()),
        CategoryCharts.tornado(bars, labels.get("series.raises_npv"), labels.get("series.lowers_npv"), Kind.NUMBER),
        bars.size() < top.size() ? labels.format("note.sensitivity_top", bars.size(), top.size())
            : labels.format("note.sensitivity_all", bars.size()));
  }
}
