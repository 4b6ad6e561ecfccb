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

  /** New and churned clients as bars, active clients as a line on its own axis. */
  Chart clients() {
    ObjectNode o = TimeCharts.base(calendar, Kind.COUNT);
    ArrayNode y = o.putArray("yAxis");
    y.addObject().put("type", "value").put("name", labels.get("axis.per_month")).putObject("axisLabel")
        .put("formatter", "@count");
    y.addObject().put("type", "value").put("name", labels.get("axis.active")).putObject("axisLabel")
        .put("formatter", "@count");
    ArrayNode series = o.putArray("series");
    for (String key : List.of("new", "churned", "leaked")) {
      Monthly.Series s = run.monthly().get("clients." + key);
      if (s != null && (!key.equals("leaked") || s.meanTotal() > 0)) {
        ObjectNode bar = series.addObject();
        bar.put("name", labels.get("series.clients_" + key)).put("type", "bar").put("yAxisIndex", 0);
        bar.set("data", TimeCharts.values(s.mean()));
      }
    }
    Monthly.Series active = run.monthly().get("clients.active");
    if (active != null) {
      ObjectNode line = series.addObject();
      line.put("name", labels.get("series.clients_active")).put("type", "line").put("yAxisIndex", 1)
          .put("symbol", "none");
      line.putObject("lineStyle").put("width", 2);
      line.set("data", TimeCharts.values(active.mean()));
    }
    return new Chart("clients", labels.get("chart.clients"), 340, o, labels.get("note.means"));
  }

  /** LTV/CAC at P5..P95 of the replications against the healthy 3×. */
  Chart ltvCac() {
    Summary.Stat s = run.summary().stat("ltv_cac");
    double[] values = {s.p5(), s.p25(), s.p50(), s.p75(), s.p95()};
    String note = labels.format("note.ltv_cac", numbers.money(run.summary().stat("ltv").p50()),
        numbers.money(run.summary().stat("cac").p50()));
    return new Chart("ltv-cac", labels.get("chart.ltv_cac"), 340, CategoryCharts.againstThreshold(
        List.of("P5", "P25", "P50", "P75", "P95"), values, Kind.RATIO, "LTV/CAC", 3.0, labels.get("series.healthy_3x")),
        note);
  }

  /** Break-even (or payback) months after opening, per branch and channel, as ranges. */
  Chart breakeven(boolean payback) {
    List<CategoryCharts.Range> rows = new ArrayList<>();
    for (Summary.Entity e : run.summary().entities()) {
      if (!e.breakevenApplies() || e.openedShare() <= 0) {
        continue;
      }
      Summary.Stat st = payback ? e.payback() : e.breakeven();
      String never = Double.isFinite(st.never()) && st.never() > 0
          ? labels.get("range.never") + " " + numbers.percent(st.never()) : null;
      List<String> lines = List.of(
          names.mode(e.mode()) + " · " + names.region(e.region()),
          "P50: " + numbers.months(st.p50()),
          "P25–P75: " + numbers.months(st.p25()) + " – " + numbers.months(st.p75()),
          "P5–P95: " + numbers.months(st.p5()) + " – " + numbers.months(st.p95()),
          labels.get("range.never") + ": " + numbers.percent(st.never()),
          labels.get("range.opened") + ": " + numbers.percent(e.openedShare()));
      rows.add(new CategoryCharts.Range(e.id(), Mode.valueOf(e.mode().toUpperCase(java.util.Locale.ROOT)).ordinal(),
          st.p5(), st.p25(), st.p50(), st.p75(), st.p95(), never, lines));
    }
    String key = payback ? "payback" : "breakeven";
    return new Chart(key, labels.get("chart." + key), Math.max(160, 60 + 26 * rows.size()),
        CategoryCharts.ranges(rows, Kind.MONTHS), labels.get("note." + key));
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
      bars.add(new CategoryCharts.GanttBar(o.id(), o.mode().ordinal(), o.month(), months, opened, lines));
    }
    return new Chart("plan", labels.get("chart.plan"), Math.max(160, 70 + 26 * bars.size()),
        CategoryCharts.gantt(bars, modes, labels.get("series.opened_p50"), months), labels.get("note.plan"));
  }

  /** The inputs that moved NPV most, by rank correlation. */
  Chart tornado() {
    List<Summary.Sensitivity> top = new ArrayList<>(run.summary().sensitivity());
    top.sort(Comparator.comparingDouble(s -> -Math.abs(s.rankCorrelation())));
    List<CategoryCharts.Bar> bars = new ArrayList<>();
    for (Summary.Sensitivity s : top.subList(0, Math.min(TORNADO_BARS, top.size()))) {
      bars.add(new CategoryCharts.Bar(names.parameter(s.parameter()), s.rankCorrelation(),
          List.of(s.parameter(), "ρ = " + numbers.plain(s.rankCorrelation()))));
    }
    return new Chart("sensitivity", labels.get("chart.sensitivity"), Math.max(160, 70 + 24 * bars.size()),
        CategoryCharts.tornado(bars, labels.get("series.raises_npv"), labels.get("series.lowers_npv"), Kind.NUMBER),
        labels.get("note.sensitivity"));
  }
}
