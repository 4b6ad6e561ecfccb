package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import chainsim.scenario.Opening;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of a run report, built once and shown three ways: in the page, in the workbook
 * (one sheet each) and, for the headline and the risks, in the Markdown summary.
 */
final class RunTables {
  private final RunData run;
  private final Names names;
  private final Labels labels;
  private final EventText eventText;

  RunTables(RunData run, Names names) {
    this.run = run;
    this.names = names;
    this.labels = names.labels();
    this.eventText = new EventText(names, new Numbers(labels.lang()), run.monthly().calendar());
  }

  Table keyFigures(List<KeyFigures.Figure> figures) {
    Table t = Table.of(labels.get("sheet.kpis"), labels.get("col.figure"), Kind.TEXT, labels.get("col.value"),
        Kind.NUMBER, "P5", Kind.NUMBER, "P95", Kind.NUMBER, labels.get("col.source"), Kind.TEXT);
    for (KeyFigures.Figure f : figures) {
      t.row(f.label(), typed(f.value(), f.kind()), typed(f.low(), f.kind()), typed(f.high(), f.kind()), f.source());
    }
    return t;
  }

  /** The risks ranked: rank, what may happen, its chance and size, how the chance was obtained. */
  Table risks(List<Risks.Risk> risks) {
    Table t = Table.of(labels.get("sheet.risks"), "#", Kind.COUNT, labels.get("col.risk"), Kind.TEXT,
        labels.get("col.chance"), Kind.PERCENT, labels.get("col.size"), Kind.TEXT, labels.get("col.basis"),
        Kind.TEXT);
    for (int i = 0; i < risks.size(); i++) {
      Risks.Risk r = risks.get(i);
      t.row(i + 1, r.description(), r.chance(), labels.get("risk.size." + r.size().key()),
          labels.get("risk.basis." + r.basis().key()));
    }
    return t;
  }

  /**
   * Break-even and payback of every branch and channel, in months after its opening: first the
   * share of openings that get there, then the months among those that do (a P50 of the few that
   * pay back must not read as what typically happens). Cumulative cash is the mean over the
   * replications where it opened: one that never opened adds nothing and would pull a median to 0.
   */
  Table entities() {
    Table t = Table.of(labels.get("sheet.entities"), labels.get("col.entity"), Kind.TEXT, labels.get("col.mode"),
        Kind.TEXT, labels.get("col.region"), Kind.TEXT, labels.get("col.planned_month"), Kind.TEXT,
        labels.get("col.opened_share"), Kind.PERCENT, labels.get("col.breakeven_reached"), Kind.PERCENT,
        labels.get("col.breakeven_p50"), Kind.MONTHS, labels.get("col.breakeven_p5"), Kind.MONTHS,
        labels.get("col.breakeven_p95"), Kind.MONTHS, labels.get("col.breakeven_revenue"), Kind.MONEY,
        labels.get("col.payback_reached"), Kind.PERCENT,
        labels.get("col.payback_p50"), Kind.MONTHS, labels.get("col.cumulative_cash_opened"), Kind.MONEY);
    for (Summary.Entity e : run.summary().entities()) {
      boolean applies = e.breakevenApplies() && e.openedShare() > 0;
      double cashIfOpened = e.openedShare() > 0 ? e.cumulativeCash().mean() / e.openedShare() : Double.NaN;
      t.row(e.id(), names.mode(e.mode()), names.region(e.region()), KeyFigures.calendar(run, e.plannedMonth()),
          e.openedShare(), applies ? RunCharts.reachedShare(e.breakeven()) : null,
          applies ? e.breakeven().p50() : null, applies ? e.breakeven().p5() : null,
          applies ? e.breakeven().p95() : null,
          // seed 002's break-even point: the revenue a month that covers its fixed costs at its margin
          applies ? e.breakevenRevenue().p50() : null, applies ? RunCharts.reachedShare(e.payback()) : null,
          applies ? e.payback().p50() : null, cashIfOpened);
    }
    return t;
  }

  /** The expansion plan as run. */
  Table plan() {
    Table t = Table.of(labels.get("sheet.plan"), labels.get("col.entity"), Kind.TEXT, labels.get("col.month"),
        Kind.TEXT, labels.get("col.region"), Kind.TEXT, labels.get("col.mode"), Kind.TEXT,
        labels.get("col.industries"), Kind.TEXT, labels.get("col.template"), Kind.TEXT,
        labels.get("col.opened_share"), Kind.PERCENT, labels.get("col.opening_p50"), Kind.TEXT);
    for (Opening o : run.scenario().expansion()) {
      Summary.Entity e = run.summary().entity(o.id());
      String industries = o.industries().isEmpty() ? labels.get("plan.all_industries")
          : o.industries().stream().map(names::industry).collect(Collectors.joining("、"));
      t.row(o.id(), KeyFigures.calendar(run, o.month()), names.region(o.region()), names.mode(o.mode().key()),
          industries, names.template(o.template()), e == null ? null : e.openedShare(),
          e == null || !Double.isFinite(e.openingMonth().p50()) ? "" : KeyFigures.calendar(run, e.openingMonth().p50()));
    }
    return t;
  }

  /** Events folded by type and branch; openings are left to the plan. */
  Table events() {
    Table t = Table.of(labels.get("sheet.events"), labels.get("col.event"), Kind.TEXT, labels.get("col.entity"),
        Kind.TEXT, labels.get("col.replications_share"), Kind.PERCENT, labels.get("col.per_replication"),
        Kind.NUMBER, labels.get("col.first_month"), Kind.TEXT, labels.get("col.median_month"), Kind.TEXT,
        labels.get("col.example"), Kind.TEXT);
    int reps = Math.max(1, run.summary().replications());
    for (EventDigest.Row r : run.events().rows()) {
      if (r.type().equals("opened")) {
        continue;
      }
      t.row(names.eventType(r.type()), labels.getOr("entity." + r.entity(), r.entity()),
          r.replications() / (double) reps, r.events() / (double) Math.max(1, r.replications()),
          KeyFigures.calendar(run, r.firstMonth()), KeyFigures.calendar(run, r.medianMonth()),
          eventText.describe(r.type(), r.example()));
    }
    return t;
  }

  /** Recalls, service levels and cancelled work: expected totals over the horizon (sums of monthly means). */
  Table operations() {
    Table t = Table.of(labels.get("sheet.operations"), labels.get("col.item"), Kind.TEXT,
        labels.get("col.expected_total"), Kind.COUNT);
    for (String metric : List.of("clients.recalls", "sla.complaints", "sla.acknowledge_breaches",
        "sla.answer_breaches", "ops.cancelled_orders", "ops.subcontracted_orders", "clients.leaked")) {
      Monthly.Series s = run.monthly().get(metric);
      if (s != null) {
        t.row(labels.getOr("metric." + metric, metric), s.meanTotal());
      }
    }
    return t;
  }

  Table milestones() {
    Table t = Table.of(labels.get("sheet.milestones"), labels.get("col.milestone"), Kind.TEXT, "P50", Kind.COUNT,
        "P5", Kind.COUNT, "P95", Kind.COUNT, labels.get("col.milestone_ratio"), Kind.PERCENT,
        labels.get("col.milestone_share_to_date"), Kind.PERCENT);
    // the share of clients reaching it within the window from their first order (P50), and to date
    run.summary().milestones().forEach((id, st) -> t.row(names.milestone(id), st.p50(), st.p5(), st.p95(),
        run.summary().stat("milestone_ratio." + id).p50(), run.summary().stat("milestone_share_to_date." + id).p50()));
    return t;
  }

  Table sensitivity() {
    Table t = Table.of(labels.get("sheet.sensitivity"), labels.get("col.parameter"), Kind.TEXT,
        labels.get("col.rank_correlation"), Kind.NUMBER, labels.get("col.path"), Kind.TEXT);
    for (Summary.Sensitivity s : run.summary().sensitivity()) {
      t.row(names.parameter(s.parameter()), s.rankCorrelation(), s.parameter());
    }
    return t;
  }

  Table manifest() {
    Table t = Table.of(labels.get("sheet.manifest"), labels.get("col.item"), Kind.TEXT, labels.get("col.value"),
        Kind.TEXT);
    var m = run.manifest();
    t.row(labels.get("manifest.version"), m.path("chainsim_version").asText());
    t.row(labels.get("manifest.scenario"), m.path("scenario").path("name").asText());
    t.row(labels.get("manifest.file"), m.path("scenario").path("file").asText());
    t.row(labels.get("manifest.sha256"), m.path("scenario").path("sha256").asText());
    t.row(labels.get("manifest.seed"), m.path("seed").asText());
    t.row(labels.get("manifest.replications"), m.path("replications").asText());
    t.row(labels.get("manifest.engine"), m.path("engine").asText());
    StringBuilder line = new StringBuilder();
    m.path("command_line").forEach(a -> line.append(line.length() == 0 ? "" : " ").append(a.asText()));
    t.row(labels.get("manifest.command_line"), line.toString());
    return t;
  }

  private static Table.Typed typed(double value, Kind kind) {
    return new Table.Typed(value, kind);
  }
}
