package chainsim.roster.solver;

import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.solver.justification.SpanJustification;
import java.util.ArrayList;
import java.util.List;

/**
 * The breaches of the rules that protect a person, one by one, read from a {@link StaffLine}: each
 * short rest, each run of working days too long, each week over its hours, the period's shifts over
 * the contract. Their units add up to the line's totals ({@link StaffLine#restViolations},
 * {@link StaffLine#maxConsecutiveWorkingDaysExcess}, {@link StaffLine#maxHoursPerWeekExcess},
 * {@link StaffLine#maxAssignmentsExcess}, {@link StaffLine#maxHoursPerMonthExcess}) that the incremental score
 * calculator counts.
 */
public final class PersonRuleBreaches {
  private PersonRuleBreaches() {}

  /** Each pair of days whose shifts leave less than the contract's rest; limit and actual in minutes. */
  public static List<SpanJustification> rest(StaffLine line) {
    List<RosterDay> days = line.days();
    int limit = line.staff().getContract().minRestHours() * 60;
    List<SpanJustification> out = new ArrayList<>();
    for (int[] pair : line.shortRestDays()) {
      if (pair[0] < 0) {
        // the history's last shift, then the first day's: the breach is the first day's
        out.add(new SpanJustification(line.staff(), days.get(0), days.get(0), limit, pair[1], 1, 1));
      } else {
        out.add(new SpanJustification(line.staff(), days.get(pair[0]), days.get(pair[0] + 1), limit, pair[1], 1));
      }
    }
    return out;
  }

  /**
   * Each run of working days longer than the contract allows; limit and actual in days (a run
   * continuing the history counts the history's days in its actual, and only its days past the
   * limit that were not already past it before the roster in its units).
   */
  public static List<SpanJustification> workingRuns(StaffLine line) {
    ContractRule rule = line.staff().getContract().maxConsecutiveWorkingDays();
    if (!rule.on()) {
      return List.of();
    }
    List<RosterDay> days = line.days();
    List<SpanJustification> out = new ArrayList<>();
    for (int[] run : line.workingRunsLongerThan(rule.limit())) {
      out.add(new SpanJustification(line.staff(), days.get(run[0]), days.get(run[0] + run[1] - 1), rule.limit(),
          run[1] + run[2], run[3], run[2]));
    }
    return out;
  }

  /** Each calendar week over the contract's hours; limit and actual in minutes, units in hours rounded up. */
  public static List<SpanJustification> weeklyHours(StaffLine line) {
    ContractRule rule = line.staff().getContract().maxHoursPerWeek();
    if (!rule.on()) {
      return List.of();
    }
    List<RosterDay> days = line.days();
    List<SpanJustification> out = new ArrayList<>();
    for (int[] week : line.weeks()) {
      int minutes = line.minutesWorked(week[0], week[1]);
      int excess = minutes - rule.limit() * 60;
      if (excess > 0) {
        out.add(new SpanJustification(line.staff(), days.get(week[0]), days.get(week[0] + week[1] - 1),
            rule.limit() * 60, minutes, (excess + 59) / 60));
      }
    }
    return out;
  }

  /**
   * Each calendar month over the contract's hours; limit and actual in minutes (the first month's
   * actual with the minutes worked in it before the roster, its {@code fromHistory}), units in hours
   * rounded up; the span is the month's days inside the period.
   */
  public static List<SpanJustification> monthlyHours(StaffLine line) {
    ContractRule rule = line.staff().getContract().maxHoursPerMonth();
    if (!rule.on()) {
      return List.of();
    }
    List<RosterDay> days = line.days();
    List<SpanJustification> out = new ArrayList<>();
    for (int[] month : line.months()) {
      int minutes = line.minutesInMonth(month);
      int excess = minutes - rule.limit() * 60;
      if (excess > 0) {
        int before = month[0] == 0 ? line.staff().getHistory().minutesThisMonth() : 0;
        out.add(new SpanJustification(line.staff(), days.get(month[0]), days.get(month[0] + month[1] - 1),
            rule.limit() * 60, minutes, (excess + 59) / 60, before));
      }
    }
    return out;
  }

  /** The period's shifts, when over the contract's maximum; limit and actual in shifts. */
  public static List<SpanJustification> shifts(StaffLine line) {
    ContractRule rule = line.staff().getContract().maxAssignments();
    int excess = line.maxAssignmentsExcess();
    if (excess == 0) {
      return List.of();
    }
    List<RosterDay> days = line.days();
    return List.of(new SpanJustification(line.staff(), days.get(0), days.get(days.size() - 1), rule.limit(),
        line.assignmentCount(), excess));
  }
}
