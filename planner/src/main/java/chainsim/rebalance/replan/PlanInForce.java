package chainsim.rebalance.replan;

import chainsim.actuals.Actuals;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan a rebalance starts from: the openings of the plan in force (the previous plan), each
 * marked by what the as-of state says of it. An opening that is open is executed: pinned, at the
 * month it really opened. One planned to open by the as-of month plus
 * {@code planning.rebalance.committed_months} is committed (premises leased, people hired):
 * pinned, no earlier than the month after the as-of month. The rest are free: the expansion
 * planner decides their cells anew, each change from the plan in force costing
 * {@code planning.expansion.change_penalty}.
 */
public final class PlanInForce {
  /** What the state says of an opening of the plan in force. */
  public enum Status {
    /** Open at the as-of month (in the state's openings): kept, at the month it opened. */
    OPEN,
    /** Due within the committed months and not open yet: kept, from the month after the as-of month at the earliest. */
    COMMITTED,
    /** Later than that: the planner may move, change or drop it. */
    FREE
  }

  /**
   * @param planned the opening as the plan in force has it
   * @param replanned the opening the re-plan starts from (pinned unless free)
   */
  public record Row(Opening planned, Opening replanned, Status status) {}

  private final List<Row> rows;
  private final int asOf;

  private PlanInForce(List<Row> rows, int asOf) {
    this.rows = List.copyOf(rows);
    this.asOf = asOf;
  }

  /**
   * @param plan the scenario whose expansion list is the plan in force (the previous plan, or the
   *     scenario's own)
   * @param actuals the actuals; their state's openings say which openings are open, since when
   * @param committedMonths months after the as-of month within which a planned opening is committed
   */
  public static PlanInForce of(Scenario plan, Actuals actuals, int committedMonths) {
    YearMonth start = YearMonth.parse(plan.horizon().start());
    int asOf = monthIndex(start, actuals.asOf());
    Map<String, Integer> opened = new HashMap<>();
    for (Actuals.Opening o : actuals.openings()) {
      opened.put(o.entity(), monthIndex(start, o.openedMonth()));
    }
    List<Row> rows = new ArrayList<>();
    for (Opening o : plan.expansion()) {
      Integer month = opened.get(o.id());
      if (month != null) {
        rows.add(new Row(o, at(o, month, true), Status.OPEN));
      } else if (o.month() <= asOf + committedMonths) {
        rows.add(new Row(o, at(o, Math.max(o.month(), asOf + 1), true), Status.COMMITTED));
      } else {
        rows.add(new Row(o, o, Status.FREE));
      }
    }
    return new PlanInForce(rows, asOf);
  }

  /** The 1-based month index of a calendar month in a horizon starting at {@code start}. */
  public static int monthIndex(YearMonth start, YearMonth month) {
    return (int) (start.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /** The first quarter in which the re-plan may start a new opening: the one holding the month after the as-of month. */
  public int firstQuarter() {
    return asOf / 3 + 1;
  }

  public int asOf() {
    return asOf;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The ids of the openings executed or committed at the as-of month: the decisions the re-plan takes as facts. */
  public java.util.Set<String> decided() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    rows.stream().filter(r -> r.status() != Status.FREE).forEach(r -> out.add(r.replanned().id()));
    return out;
  }

  /** The openings the re-plan starts from, in the plan's order. */
  public List<Opening> openings() {
    return rows.stream().map(Row::replanned).toList();
  }

  /**
   * The overlay the re-plan solves: it extends the calibrated scenario, replaces the base's
   * expansion list by the plan in force (executed and committed openings pinned), lets new
   * openings start no earlier than {@link #firstQuarter()}, and names the plan in force as the
   * previous plan to stay close to.
   *
   * @param base the scenario the overlay extends (its expansion list is replaced)
   * @param extendsPath the path of that scenario from the overlay's directory
   * @param previousPlanPath the plan in force's file from the overlay's directory
   */
  public String overlay(Scenario base, String extendsPath, String previousPlanPath, String name, List<String> comments) {
    StringBuilder out = new StringBuilder();
    comments.forEach(c -> out.append(c.isEmpty() ? "#" : "# " + c).append('\n'));
    out.append("extends: ").append(quote(extendsPath)).append('\n');
    out.append("name: ").append(quote(name)).append('\n');
    out.append("planning:\n  expansion:\n");
    out.append("    first_quarter: ").append(firstQuarter()).append('\n');
    out.append("    previous_plan: ").append(quote(previousPlanPath)).append('\n');
    Map<String, Opening> own = new LinkedHashMap<>();
    base.expansion().forEach(o -> own.put(o.id(), o));
    List<String> planned = rows.stream().map(r -> r.planned().id()).toList();
    out.append("expansion:\n");
    for (String id : own.keySet()) {
      if (!planned.contains(id)) {
        out.append("  - { id: ").append(id).append(", remove: true }   # not in the plan in force\n");
      }
    }
    for (Row r : rows) {
      out.append("  - ").append(ScenarioWriter.flow(r.replanned())).append("   # ")
          .append(r.status().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    return out.toString();
  }

  private static Opening at(Opening o, int month, boolean pinned) {
    return new Opening(o.id(), month, o.region(), o.industries(), o.mode(), o.template(), o.stake(),
        o.investment(), o.revenueShare(), o.capacityHoursPerMonth(), o.remoteSales(), o.commissionRate(),
        o.leakageRateMonthly(), pinned ? Boolean.TRUE : o.pinned());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
