package chainsim.report.rebalance;

import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.observations.NotCalibrated;
import chainsim.rebalance.replan.PlanChanges;
import chainsim.rebalance.replan.PlanInForce;
import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import chainsim.scenario.Opening;
import chainsim.staffing.StaffingResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The rebalance's tables, the same for the Markdown and the page. */
final class RebalanceTables {
  private final RebalanceDocument doc;
  private final Labels labels;
  private final Numbers numbers;

  RebalanceTables(RebalanceDocument doc, Labels labels, Numbers numbers) {
    this.doc = doc;
    this.labels = labels;
    this.numbers = numbers;
  }

  Table planInForce() {
    Table t = Table.of("plan-in-force", labels.get("col.opening"), Kind.TEXT, labels.get("col.region"), Kind.TEXT,
        labels.get("col.mode"), Kind.TEXT, labels.get("col.planned"), Kind.TEXT, labels.get("col.replanned"),
        Kind.TEXT, labels.get("col.status"), Kind.TEXT);
    for (PlanInForce.Row r : doc.planInForce().rows()) {
      t.row(r.planned().id(), r.planned().region(), r.planned().mode().key(), when(r.planned()),
          when(r.replanned()), labels.get("status." + r.status().name().toLowerCase(Locale.ROOT)));
    }
    return t;
  }

  Table changes() {
    Table t = Table.of("plan-changes", labels.get("col.region"), Kind.TEXT, labels.get("col.mode"), Kind.TEXT,
        labels.get("col.change"), Kind.TEXT, labels.get("col.before"), Kind.TEXT, labels.get("col.after"), Kind.TEXT);
    for (PlanChanges.Change c : doc.changes()) {
      t.row(c.region(), c.mode().key(), labels.get("change." + c.kind().key()), describe(c.before()),
          describe(c.after()));
    }
    return t;
  }

  Table calibration() {
    Table t = Table.of("calibration", labels.get("col.parameter"), Kind.TEXT, labels.get("col.prior"), Kind.TEXT,
        labels.get("col.posterior"), Kind.TEXT, labels.get("col.observations"), Kind.TEXT,
        labels.get("col.method"), Kind.TEXT);
    for (PriorPosteriorRow r : doc.calibrated()) {
      t.row(r.path(), range(r.priorMean(), r.priorP5(), r.priorP95()),
          range(r.posteriorMean(), r.posteriorP5(), r.posteriorP95()), r.observationShape() + ": " + r.observations(),
          r.method());
    }
    return t;
  }

  Table notCalibrated() {
    Table t = Table.of("not-calibrated", labels.get("col.parameter"), Kind.TEXT, labels.get("col.why"), Kind.TEXT);
    for (NotCalibrated n : doc.notCalibrated()) {
      t.row(n.path(), n.reason());
    }
    return t;
  }

  /** Per staff line: staff at the as-of month, at the window's end, and the moves in between. */
  Table staffing() {
    StaffingResult s = doc.staffing();
    Table t = Table.of("staffing", labels.get("col.line"), Kind.TEXT, labels.get("col.baseline"), Kind.COUNT,
        labels.get("col.headcount"), Kind.COUNT, labels.get("col.hires"), Kind.COUNT, labels.get("col.releases"),
        Kind.COUNT, labels.get("col.transfers"), Kind.COUNT);
    Map<String, int[]> lines = new LinkedHashMap<>();
    for (StaffingResult.LineRow r : s.lineRows()) {
      String line = r.branch() + " / " + r.role() + (r.skill() == null || r.skill().isEmpty() ? "" : " / " + r.skill());
      int[] v = lines.computeIfAbsent(line, k -> new int[] {r.baseline(), 0, 0, 0, 0});
      v[1] = r.headcount();
      v[2] += r.hires();
      v[3] += r.releases();
      v[4] += r.transfersIn();
    }
    lines.forEach((line, v) -> t.row(line, v[0], v[1], v[2], v[3], v[4]));
    return t;
  }

  String staffingLine() {
    StaffingResult s = doc.staffing();
    return labels.format("staffing.window", s.calendar(s.firstMonth()), s.calendar(s.lastMonth()),
        s.total(StaffingResult.LineRow::hires), s.total(StaffingResult.LineRow::releases),
        s.total(StaffingResult.LineRow::transfersIn), s.score());
  }

  String summary() {
    long open = doc.planInForce().rows().stream().filter(r -> r.status() == PlanInForce.Status.OPEN).count();
    long committed = doc.planInForce().rows().stream().filter(r -> r.status() == PlanInForce.Status.COMMITTED).count();
    return labels.format("summary.moved", doc.moved(), doc.changes().size(), open, committed);
  }

  private String when(Opening o) {
    return doc.planInForce() == null ? "" : calendar(o.month());
  }

  private String describe(Opening o) {
    if (o == null) {
      return "–";
    }
    return calendar(o.month()) + (o.industries().isEmpty() ? "" : " · " + String.join(", ", o.industries()));
  }

  private String calendar(int month) {
    return doc.start().plusMonths(month - 1L).toString();
  }

  private String range(double mean, double p5, double p95) {
    return numbers.plain(mean) + " (" + numbers.plain(p5) + "–" + numbers.plain(p95) + ")";
  }
}
