package chainsim.report.staffing;

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
 * why, where it stays short, and per branch a short table of needed against planned headcount.
 */
public final class StaffingSummary {
  private StaffingSummary() {}

  public static String markdown(StaffingResult r, String planFile) {
    StringBuilder md = new StringBuilder();
    int level = (int) Math.round(r.forecast().serviceLevel() * 100);
    md.append("# Staffing plan: ").append(r.scenario().name()).append("\n\n");
    md.append(String.format(Locale.ROOT, "Months %d to %d (%s to %s). Demand covered at P%d of the simulated monthly"
        + " workload (%d replications, seed %d). The plan: `%s`, an overlay of the scenario that `chainsim run`"
        + " simulates.%n%n", r.firstMonth(), r.lastMonth(), r.calendar(r.firstMonth()), r.calendar(r.lastMonth()),
        level, r.forecast().replications(), r.seed(), planFile));
    md.append(r.feasible()
        ? "**Feasible**: no hard rule is broken.\n\n"
        : "**Not feasible**: the plan breaks hard rules the data do not let it keep (see below).\n\n");
    totals(md, r, level);
    broken(md, r);
    short_(md, r, level);
    branches(md, r, level);
    md.append("## How to read it\n\n")
        .append("- *Needed* is the workload over one person's productive hours (after complaint handling and the gaps"
            + " attrition leaves), at the median and at P").append(level).append(", averaged over the window.\n")
        .append("- *Now → planned* is the team the line has as the window starts and the headcount the plan leaves it"
            + " with at the end; hires start a hiring lag after their"
            + " requisition and ramp up; releases leave a notice period after notice; transfers come from direct"
            + " branches of the same or a neighbouring region.\n")
        .append("- Hours beyond capacity go to the emergency pool (partners or temporary staff) up to its size a"
            + " month; the rest is unmet demand, priced at the scenario's penalty per hour.\n");
    return md.toString();
  }

  private static void totals(StringBuilder md, StaffingResult r, int level) {
    Map<String, Long> cost = r.costByConstraint();
    md.append("## Totals\n\n| | |\n|---|---:|\n");
    row(md, "Hires (starting in the window)", count(r.total(LineRow::hires)));
    row(md, "Releases", count(r.total(LineRow::releases)));
    row(md, "Transfers", count(r.total(LineRow::transfersIn)));
    row(md, "Emergency pool hours", count(Math.round(r.totalPoolHours())));
    row(md, "Unmet hours at P" + level, count(Math.round(r.totalUnmetHours())));
    for (String k : List.of("payroll", "hiring cost", "release cost", "transfer cost", "emergency pool cost")) {
      row(md, capital(k) + (k.equals("payroll") ? " (planned lines)" : ""), yuan(cost.getOrDefault(k, 0L)));
    }
    row(md, "**Total cost**", "**" + yuan(r.spend()) + "**");
    row(md, "Unmet-demand penalty", yuan(cost.getOrDefault("unmet demand", 0L)));
    if (cost.containsKey("change against previous plan")) {
      row(md, "Change penalty against the previous plan", yuan(cost.get("change against previous plan")));
    }
    row(md, "Score", "`" + r.score() + "`");
    md.append('\n');
  }

  private static void broken(StringBuilder md, StaffingResult r) {
    if (r.broken().isEmpty()) {
      return;
    }
    md.append("## Hard rules broken\n\n");
    for (StaffingResult.Broken b : r.broken()) {
      md.append("- **").append(b.constraint()).append("** (").append(b.people()).append(") at ")
          .append(b.where()).append(": ").append(b.why()).append('\n');
    }
    md.append('\n');
  }

  /** Branches left short after staff and pool: where they are, and whether seats are what stops the plan. */
  private static void short_(StringBuilder md, StaffingResult r, int level) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<BranchRow>> e : byBranch(r.branchRows()).entrySet()) {
      double unmet = e.getValue().stream().mapToDouble(BranchRow::unmetHours).sum();
      if (unmet < 0.5) {
        continue;
      }
      long full = e.getValue().stream().filter(b -> b.committed() >= b.seats()).count();
      lines.add(String.format(Locale.ROOT, "- %s: %s hours unmet at P%d over the window%s", e.getKey(),
          count(Math.round(unmet)), level,
          full > 0 ? String.format(Locale.ROOT, "; its %d seats are full in %d of %d months", e.getValue().get(0).seats(),
              full, e.getValue().size()) : ""));
    }
    if (!lines.isEmpty()) {
      md.append("## Where the plan stays short\n\n");
      lines.forEach(l -> md.append(l).append('\n'));
      md.append('\n');
    }
  }

  private static void branches(StringBuilder md, StaffingResult r, int level) {
    md.append("## By branch\n\n");
    Map<String, List<BranchRow>> months = byBranch(r.branchRows());
    Map<String, List<LineRow>> lines = new LinkedHashMap<>();
    r.lineRows().forEach(l -> lines.computeIfAbsent(l.branch(), k -> new ArrayList<>()).add(l));
    for (Map.Entry<String, List<LineRow>> e : lines.entrySet()) {
      List<BranchRow> b = months.get(e.getKey());
      double open = b.stream().mapToDouble(BranchRow::openShare).min().orElse(1.0);
      md.append("### ").append(e.getKey()).append(" (").append(b.get(0).direct() ? "direct" : "equity channel")
          .append(")\n\n");
      if (open < 0.995) {
        md.append(String.format(Locale.ROOT, "Open in %.0f%% of replications in some month of the window (the gates"
            + " may postpone it); the plan is for the branch as it operates.%n%n", open * 100));
      }
      md.append("| role / skill | needed P50 | needed P").append(level)
          .append(" | now → planned | hires | releases | transfers in | transfers out | cost |\n")
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
            rows.stream().mapToInt(LineRow::releases).sum(), transfersIn(rows),
            rows.stream().mapToInt(LineRow::transfersOut).sum(), yuan(Math.round(cost))));
      }
      double pool = b.stream().mapToDouble(BranchRow::poolHours).sum();
      double unmet = b.stream().mapToDouble(BranchRow::unmetHours).sum();
      md.append(String.format(Locale.ROOT, "%nEmergency pool %s hours, unmet %s hours at P%d; pay and moves %s.%n%n",
          count(Math.round(pool)), count(Math.round(unmet)), level, yuan(Math.round(branchCost))));
    }
  }

  private static String transfersIn(List<LineRow> rows) {
    int n = rows.stream().mapToInt(LineRow::transfersIn).sum();
    if (n == 0) {
      return "0";
    }
    List<String> from = new ArrayList<>();
    for (LineRow l : rows) {
      if (l.transfersIn() > 0) {
        from.add(l.transfersIn() + " from " + l.transferFrom() + " (" + l.calendarMonth() + ")");
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

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String yuan(long amount) {
    return String.format(Locale.ROOT, "¥%,d", amount);
  }
}
