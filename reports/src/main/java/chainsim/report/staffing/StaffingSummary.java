package chainsim.report.staffing;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.staffing.StaffingResult;
import chainsim.staffing.StaffingResult.BranchRow;
import chainsim.staffing.StaffingResult.LineRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code staffing-summary.md}: what the plan does and what it costs, the hard rules it breaks and
 * why, where it stays short, and per branch a short table of needed against planned headcount. In Chinese or
 * English ({@code labels_*.properties} here); names from the data (branches, roles, skills, rule names) as written.
 */
public final class StaffingSummary {
  private StaffingSummary() {}

  /** The summary in English. */
  public static String markdown(StaffingResult r, String planFile) {
    return markdown(r, planFile, Lang.EN);
  }

  public static String markdown(StaffingResult r, String planFile, Lang lang) {
    Labels w = Labels.of(lang).with(StaffingSummary.class, "labels");
    StringBuilder md = new StringBuilder();
    int level = (int) Math.round(r.forecast().serviceLevel() * 100);
    md.append(w.format("title", r.scenario().name())).append("\n\n");
    md.append(w.format("lead", r.firstMonth(), r.lastMonth(), r.calendar(r.firstMonth()), r.calendar(r.lastMonth()),
        level, r.forecast().replications(), r.seed(), planFile)).append("\n\n");
    md.append(w.get(r.feasible() ? "feasible" : "infeasible")).append("\n\n");
    totals(md, w, r, level);
    broken(md, w, r);
    short_(md, w, r, level);
    branches(md, w, r, level);
    md.append(w.get("read.title")).append("\n\n")
        .append(w.format("read.needed", level)).append('\n')
        .append(w.get("read.now")).append('\n')
        .append(w.get("read.pool")).append('\n');
    return md.toString();
  }

  /** The cost accounts in the order shown, by the staffing constraint's name, with their label keys. */
  private static final Map<String, String> COSTS = costs();

  private static Map<String, String> costs() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("payroll", "cost.payroll");
    m.put("hiring cost", "cost.hiring");
    m.put("release cost", "cost.release");
    m.put("transfer cost", "cost.transfer");
    m.put("emergency pool cost", "cost.pool");
    return m;
  }

  private static void totals(StringBuilder md, Labels w, StaffingResult r, int level) {
    Map<String, Long> cost = r.costByConstraint();
    md.append(w.get("totals.title")).append("\n\n| | |\n|---|---:|\n");
    row(md, w.get("totals.hires"), count(r.total(LineRow::hires)));
    row(md, w.get("totals.releases"), count(r.total(LineRow::releases)));
    row(md, w.get("totals.transfers"), count(r.total(LineRow::transfersIn)));
    row(md, w.get("totals.pool"), count(Math.round(r.totalPoolHours())));
    row(md, w.format("totals.unmet", level), count(Math.round(r.totalUnmetHours())));
    COSTS.forEach((k, key) -> row(md, w.get(key), yuan(cost.getOrDefault(k, 0L))));
    row(md, w.get("totals.cost"), "**" + yuan(r.spend()) + "**");
    row(md, w.get("totals.penalty"), yuan(cost.getOrDefault("unmet demand", 0L)));
    if (cost.containsKey("change against previous plan")) {
      row(md, w.get("totals.change"), yuan(cost.get("change against previous plan")));
    }
    row(md, w.get("totals.score"), "`" + r.score() + "`");
    md.append('\n');
  }

  private static void broken(StringBuilder md, Labels w, StaffingResult r) {
    if (r.broken().isEmpty()) {
      return;
    }
    md.append(w.get("broken.title")).append("\n\n");
    for (StaffingResult.Broken b : r.broken()) {
      md.append(w.format("broken.line", b.constraint(), b.people(), b.where(), b.why())).append('\n');
    }
    md.append('\n');
  }

  /** Branches left short after staff and pool: where they are, and whether seats are what stops the plan. */
  private static void short_(StringBuilder md, Labels w, StaffingResult r, int level) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<BranchRow>> e : byBranch(r.branchRows()).entrySet()) {
      double unmet = e.getValue().stream().mapToDouble(BranchRow::unmetHours).sum();
      if (unmet < 0.5) {
        continue;
      }
      long full = e.getValue().stream().filter(b -> b.committed() >= b.seats()).count();
      lines.add(w.format("short.line", e.getKey(), count(Math.round(unmet)), level,
          full > 0 ? w.format("short.seats", e.getValue().get(0).seats(), full, e.getValue().size()) : ""));
    }
    if (!lines.isEmpty()) {
      md.append(w.get("short.title")).append("\n\n");
      lines.forEach(l -> md.append(l).append('\n'));
      md.append('\n');
    }
  }

  private static void branches(StringBuilder md, Labels w, StaffingResult r, int level) {
    md.append(w.get("branches.title")).append("\n\n");
    Map<String, List<BranchRow>> months = byBranch(r.branchRows());
    Map<String, List<LineRow>> lines = new LinkedHashMap<>();
    r.lineRows().forEach(l -> lines.computeIfAbsent(l.branch(), k -> new ArrayList<>()).add(l));
    for (Map.Entry<String, List<LineRow>> e : lines.entrySet()) {
      List<BranchRow> b = months.get(e.getKey());
      double open = b.stream().mapToDouble(BranchRow::openShare).min().orElse(1.0);
      md.append(w.format("branch.title", e.getKey(), w.get(b.get(0).direct() ? "branch.direct" : "branch.equity")))
          .append("\n\n");
      if (open < 0.995) {
        md.append(w.format("branch.open", String.format(Locale.ROOT, "%.0f", open * 100))).append("\n\n");
      }
      md.append(w.format("branch.header", level)).append('\n')
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      Map<String, List<LineRow>> bySkill = new LinkedHashMap<>();
      e.getValue().forEach(l -> bySkill.computeIfAbsent(l.role() + " / " + l.skill(), k -> new ArrayList<>()).add(l));
      double branchCost = 0;
      for (Map.Entry<String, List<LineRow>> s : bySkill.entrySet()) {
        List<LineRow> rows = s.getValue();
        LineRow first = rows.get(0);
        LineRow last = rows.get(rows.size() - 1);
        double cost = rows.stream().mapToDouble(l -> l.payroll() + l.movingCost()).sum();
        branchCost += cost;
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d → %d | %d | %d | %s | %d | %s |%n", s.getKey(),
            rows.stream().mapToDouble(LineRow::neededMedian).average().orElse(0),
            rows.stream().mapToDouble(LineRow::neededAtServiceLevel).average().orElse(0),
            first.baseline(), last.headcount(), rows.stream().mapToInt(LineRow::hires).sum(),
            rows.stream().mapToInt(LineRow::releases).sum(), transfersIn(w, rows),
            rows.stream().mapToInt(LineRow::transfersOut).sum(), yuan(Math.round(cost))));
      }
      double pool = b.stream().mapToDouble(BranchRow::poolHours).sum();
      double unmet = b.stream().mapToDouble(BranchRow::unmetHours).sum();
      md.append('\n').append(w.format("branch.footer", count(Math.round(pool)), count(Math.round(unmet)), level,
          yuan(Math.round(branchCost)))).append("\n\n");
    }
  }

  private static String transfersIn(Labels w, List<LineRow> rows) {
    int n = rows.stream().mapToInt(LineRow::transfersIn).sum();
    if (n == 0) {
      return "0";
    }
    List<String> from = new ArrayList<>();
    for (LineRow l : rows) {
      if (l.transfersIn() > 0) {
        from.add(w.format("transfer.from", l.transfersIn(), l.transferFrom(), l.calendarMonth()));
      }
    }
    return String.join(", ", from);
  }

  private static Map<String, List<BranchRow>> byBranch(List<BranchRow> rows) {
    Map<String, List<BranchRow>> out = new LinkedHashMap<>();
    rows.forEach(b -> out.computeIfAbsent(b.branch(), k -> new ArrayList<>()).add(b));
    return out;
  }

  private static void row(StringBuilder md, String label, String value) {
    md.append("| ").append(label).append(" | ").append(value).append(" |\n");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String yuan(long amount) {
    return String.format(Locale.ROOT, "¥%,d", amount);
  }
}
