package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import chainsim.scenario.CentralCosts;
import chainsim.scenario.Opening;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Policies;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scenario's key assumptions, from {@code scenario.yaml} as run: the figures that frame the
 * plan (capital, reserve, discounting, central costs, the rules) and every uncertain input with
 * its distribution and how strongly it moved NPV.
 */
final class Assumptions {
  private final Scenario scenario;
  private final Names names;
  private final Labels labels;
  private final Numbers numbers;

  Assumptions(Scenario scenario, Names names, Numbers numbers) {
    this.scenario = scenario;
    this.names = names;
    this.labels = names.labels();
    this.numbers = numbers;
  }

  Table framing() {
    Table t = Table.of(labels.get("sheet.assumptions"), labels.get("col.item"), Kind.TEXT,
        labels.get("col.value"), Kind.NUMBER, labels.get("col.detail"), Kind.TEXT);
    var capital = scenario.capital();
    t.row(labels.get("assume.horizon"), typed(scenario.horizon().months(), Kind.MONTHS),
        labels.format("assume.from", scenario.horizon().start()));
    t.row(labels.get("assume.replications"), typed(scenario.replications(), Kind.COUNT),
        labels.format("assume.seed", scenario.seed()));
    t.row(labels.get("assume.initial_capital"), typed(capital.initial().mean(), Kind.MONEY), "");
    t.row(labels.get("assume.reserve_ratio"), typed(capital.reserveRatio(), Kind.PERCENT),
        numbers.money(capital.reserveAmount()));
    t.row(labels.get("assume.discount_rate"), typed(capital.discountRateAnnual(), Kind.PERCENT), "");
    t.row(labels.get("assume.terminal_multiple"), typed(capital.terminalMultiple().mean(), Kind.NUMBER), "");
    CentralCosts central = scenario.centralCosts();
    double centralMonthly = central.platformPerMonth().mean() + central.dataPerMonth().mean()
        + central.staffPerMonth().mean();
    t.row(labels.get("assume.central_costs"), typed(centralMonthly, Kind.MONEY),
        labels.format("assume.per_entity", numbers.money(central.perEntityPerMonth().mean())));
    t.row(labels.get("assume.markets"), typed(scenario.regions().size(), Kind.COUNT),
        labels.format("assume.markets_detail", scenario.industries().size(), scenario.products().size(),
            numbers.count(scenario.regions().stream().mapToDouble(r -> r.totalFirms()).sum())));
    Map<String, Integer> modes = new TreeMap<>();
    for (Opening o : scenario.expansion()) {
      modes.merge(names.mode(o.mode().key()), 1, Integer::sum);
    }
    StringBuilder mix = new StringBuilder();
    modes.forEach((m, n) -> mix.append(mix.length() == 0 ? "" : ", ").append(m).append(' ').append(n));
    t.row(labels.get("assume.openings"), typed(scenario.expansion().size(), Kind.COUNT), mix.toString());
    Policies p = scenario.policies();
    Policies.BreakevenGate gate = p.breakevenGate();
    t.row(labels.get("assume.breakeven_gate"), typed(gate.enabled() ? gate.months() : Double.NaN, Kind.MONTHS),
        gate.enabled() ? labels.get("assume.gate_" + gate.action().name().toLowerCase(java.util.Locale.ROOT))
            : labels.get("assume.off"));
    t.row(labels.get("assume.reserve_gate"), null, p.reserveGate() ? labels.get("assume.on") : labels.get("assume.off"));
    Policies.SpendPause pause = p.spendPause();
    t.row(labels.get("assume.spend_pause"), typed(pause.enabled() ? pause.periodsBelowBenchmark() : Double.NaN,
        Kind.COUNT), pause.enabled() ? labels.format("assume.spend_pause_detail", pause.periodMonths(),
            pause.resumeAfterMonths()) : labels.get("assume.off"));
    t.row(labels.get("assume.health_recall"), typed(p.healthRecall().threshold(), Kind.NUMBER),
        labels.format("assume.health_recall_detail", p.healthRecall().consecutiveMonths()));
    t.row(labels.get("assume.swing_alert"), typed(p.swingAlertThreshold(), Kind.PERCENT), "");
    t.row(labels.get("assume.sla"), typed(p.complaints().answerWithinHours(), Kind.NUMBER),
        labels.format("assume.sla_detail", p.complaints().acknowledgeWithinHours()));
    return t;
  }

  /** Every input that is not a fixed number, the strongest movers of NPV first. */
  Table uncertainInputs(List<Summary.Sensitivity> sensitivity) {
    Map<String, Double> rho = new HashMap<>();
    sensitivity.forEach(s -> rho.put(s.parameter(), s.rankCorrelation()));
    List<Map.Entry<String, Uncertain>> inputs = new ArrayList<>();
    ParameterCatalog.of(scenario).parameters().forEach((path, u) -> {
      if (!u.isFixed()) {
        inputs.add(Map.entry(path, u));
      }
    });
    inputs.sort(Comparator.comparingDouble(e -> -Math.abs(rho.getOrDefault(e.getKey(), 0.0))));
    Table t = Table.of(labels.get("sheet.inputs"), labels.get("col.parameter"), Kind.TEXT,
        labels.get("col.distribution"), Kind.TEXT, labels.get("col.mean"), Kind.NUMBER, labels.get("col.min"),
        Kind.NUMBER, labels.get("col.max"), Kind.NUMBER, labels.get("col.rank_correlation"), Kind.NUMBER,
        labels.get("col.path"), Kind.TEXT);
    for (Map.Entry<String, Uncertain> e : inputs) {
      Uncertain u = e.getValue();
      t.row(names.parameter(e.getKey()), describe(u), u.mean(), u.supportMin(), u.supportMax(),
          rho.get(e.getKey()), e.getKey());
    }
    return t;
  }

  /** A distribution in a few words: {@code triangular 600,000 / 800,000 / 1,100,000}. */
  String describe(Uncertain u) {
    String text;
    if (u instanceof Uncertain.Triangular t) {
      text = "triangular " + n(t.min()) + " / " + n(t.mode()) + " / " + n(t.max());
    } else if (u instanceof Uncertain.Uniform x) {
      text = "uniform " + n(x.min()) + " – " + n(x.max());
    } else if (u instanceof Uncertain.Normal x) {
      text = "normal μ " + n(x.mean()) + ", σ " + n(x.sd());
    } else if (u instanceof Uncertain.LogNormal x) {
      text = "lognormal μ " + n(x.mean()) + ", σ " + n(x.sd());
    } else if (u instanceof Uncertain.Beta x) {
      text = "beta α " + n(x.alpha()) + ", β " + n(x.beta());
    } else if (u instanceof Uncertain.Empirical x) {
      text = "empirical, " + x.values().size() + " values";
    } else {
      text = n(u.mean());
    }
    return u.draw() == Uncertain.Draw.MONTH ? text + " · " + labels.get("assume.per_month_draw") : text;
  }

  private String n(double v) {
    return numbers.plain(v);
  }

  private static Table.Typed typed(double value, Kind kind) {
    return new Table.Typed(value, kind);
  }
}
