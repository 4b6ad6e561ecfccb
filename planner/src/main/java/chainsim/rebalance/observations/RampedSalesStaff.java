package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales consultants of a branch on board when each month's contacts were planned, each weighted by
 * its ramp-up as the model weights it, from headcount.csv.
 *
 * <p>The model (simulator branch/Workforce, StaffLineState) plans month m's contacts at the end of
 * month m - 1, after attrition and after tenure has advanced: a person hired in month h then counts
 * as {@code min(1, (m - h + 1) / (R + 1))} of a consultant, R being the template's
 * {@code ramp_up_months}. The actuals give heads per month with hires and leavers, not hire months,
 * so the cohorts are rebuilt month by month: a month's hires join as that month's cohort, its
 * leavers leave from the latest hires first (as state/staff.csv's hire months are built), and any
 * gap to the reported headcount (empty hires or leavers, or net figures) is closed the same way.
 * A branch whose first reported month already has staff counts them as hired that month.
 */
final class RampedSalesStaff {
  private final Map<String, Double> weightedByEntityMonth = new HashMap<>();

  RampedSalesStaff(Scenario scenario, Actuals actuals, Map<String, Integer> rampUpMonthsByEntity) {
    Map<String, List<Actuals.Headcount>> lines = new LinkedHashMap<>();
    for (Actuals.Headcount h : actuals.headcount()) {
      if (rampUpMonthsByEntity.containsKey(h.entity()) && isSales(scenario, h.role())) {
        lines.computeIfAbsent(h.entity() + "/" + h.role(), k -> new ArrayList<>()).add(h);
      }
    }
    for (List<Actuals.Headcount> line : lines.values()) {
      line.sort(Comparator.comparing(Actuals.Headcount::month));
      String entity = line.get(0).entity();
      int ramp = rampUpMonthsByEntity.get(entity);
      Deque<int[]> cohorts = new ArrayDeque<>(); // {hire month as epoch months, count}, latest last
      for (Actuals.Headcount h : line) {
        int month = epoch(h.month());
        if (h.leavers() != null) {
          leave(cohorts, h.leavers());
        }
        if (h.hires() != null && h.hires() > 0) {
          cohorts.addLast(new int[] {month, h.hires()});
        }
        int gap = h.headcount() - total(cohorts);
        if (gap > 0) {
          cohorts.addLast(new int[] {month, gap});
        } else if (gap < 0) {
          leave(cohorts, -gap);
        }
        int next = month + 1;
        double weighted = 0;
        for (int[] c : cohorts) {
          weighted += c[1] * Math.min(1.0, (next - c[0] + 1.0) / (ramp + 1.0));
        }
        weightedByEntityMonth.merge(entity + "@" + h.month().plusMonths(1), weighted, Double::sum);
      }
    }
  }

  /** Ramp-weighted sales consultants on board for the entity's contacts of this month; 0 when none reported. */
  double consultants(String entity, YearMonth month) {
    return weightedByEntityMonth.getOrDefault(entity + "@" + month, 0.0);
  }

  private static void leave(Deque<int[]> cohorts, int people) {
    int left = people;
    while (left > 0 && !cohorts.isEmpty()) {
      int[] latest = cohorts.peekLast();
      int n = Math.min(left, latest[1]);
      latest[1] -= n;
      left -= n;
      if (latest[1] == 0) {
        cohorts.removeLast();
      }
    }
  }

  private static int total(Deque<int[]> cohorts) {
    return cohorts.stream().mapToInt(c -> c[1]).sum();
  }

  private static int epoch(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  private static boolean isSales(Scenario scenario, String role) {
    return scenario.role(role).map(r -> r.kind() == Role.Kind.SALES).orElse(false);
  }
}
