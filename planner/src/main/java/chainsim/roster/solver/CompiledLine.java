package chainsim.roster.solver;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WorkHistory;
import java.util.List;

/**
 * One person's line cost, as {@link RosterIncrementalScoreCalculator#lineCostOf} gives it (hard
 * penalties weighted by {@link RosterIncrementalScoreCalculator#HARD_IN_SOFT}), compiled into tables:
 * what depends on one day (requests, skills), on three days in a row (unwanted patterns, rest, two free
 * days after nights) and on one weekend (complete, identical shift types, no night before a free one)
 * is read from a table per day or weekend ({@link LineTables}); runs and counts are walked once, their
 * costs by length precomputed. A full scoring takes about 0.6 of {@link StaffLine}'s time; a one-day
 * change scored by what it changes ({@link #delta}) much less: the line re-deal's pricing scores tens
 * of thousands of changes per person and round, the local search's calculator a line per move (issue
 * 17, tenth pass). Its tables also give the pricing a shortest path over the days
 * ({@link #cheapestByLocalRules}, twelfth pass).
 *
 * <p>{@link StaffLine} stays the rules' reference: {@link #of} compiles only lines whose active rules
 * it covers (every INRC-2010 contract; not a branch's weekly hours, contract hours, hard maxima or
 * fairness), and {@code CompiledLineTest} checks the two agree on every INRC-2010 instance.
 */
final class CompiledLine {

  /** Rules over days in a row are read over windows of this many days (INRC's longest pattern). */
  static final int WINDOW = 3;

  private final int days;
  /** Codes per day: free (0) and each shift type ({@code t + 1}). */
  private final int codes;
  /** What a day costs for its code, at {@code d * codes + code}. */
  private final long[] day;
  /** What the window of days {@code d-2, d-1, d} costs for its codes (days before the first read as free), or null. */
  private final long[] window;
  /** What the last two days cost for rules that look past the period's end (two free days after nights). */
  private final long[] end;
  /** Per weekend: its days, and what it costs for the codes of the day before it and its days. */
  private final int[][] weekends;
  private final int[] beforeWeekend;
  private final long[][] weekendCost;
  /** Per day, the weekend it is part of, and the weekend it is the day before, or -1 (for {@link #delta}). */
  private final int[] weekendOf;
  private final int[] weekendAfter;
  private final Contract contract;
  private final WorkHistory history;
  /** What a run of worked or of free days costs by its length: inside the period, and from its first day (the history's run continued). */
  private final long[] workRun;
  private final long[] freeRun;
  private final long[] firstWorkRun;
  private final long[] firstFreeRun;
  /** What the history's run costs when the first day ends it: worked after days off, or free after days worked. */
  private final long historyEndedByWork;
  private final long historyEndedByFree;

  /** Whether no rule of the line is hard (INRC's): then its cost is its soft penalty alone. */
  private boolean softOnly;

  private CompiledLine(int days, int codes, long[] day, long[] window, long[] end, int[][] weekends,
      long[][] weekendCost, Contract contract, WorkHistory history) {
    this.days = days;
    this.codes = codes;
    this.day = day;
    this.window = window;
    this.end = end;
    this.weekends = weekends;
    this.beforeWeekend = new int[weekends.length];
    for (int w = 0; w < weekends.length; w++) {
      beforeWeekend[w] = weekends[w][0] - 1;
    }
    this.weekendCost = weekendCost;
    this.weekendOf = new int[days];
    this.weekendAfter = new int[days];
    java.util.Arrays.fill(weekendOf, -1);
    java.util.Arrays.fill(weekendAfter, -1);
    for (int w = 0; w < weekends.length; w++) {
      for (int d : weekends[w]) {
        weekendOf[d] = w;
      }
      if (weekends[w][0] > 0) {
        weekendAfter[weekends[w][0] - 1] = w;
      }
    }
    this.contract = contract;
    this.history = history;
    this.workRun = new long[days + 1];
    this.freeRun = new long[days + 1];
    this.firstWorkRun = new long[days + 1];
    this.firstFreeRun = new long[days + 1];
    int workedBefore = history.workDays();
    int freeBefore = history.daysOff();
    for (int run = 1; run <= days; run++) {
      workRun[run] = runOver(contract.maxConsecutiveWorkingDays(), run, 0) + runShort(contract.minConsecutiveWorkingDays(), run);
      freeRun[run] = runOver(contract.maxConsecutiveFreeDays(), run, 0) + runShort(contract.minConsecutiveFreeDays(), run);
      firstWorkRun[run] = runOver(contract.maxConsecutiveWorkingDays(), run + workedBefore, workedBefore)
          + runShort(contract.minConsecutiveWorkingDays(), run + workedBefore);
      firstFreeRun[run] = runOver(contract.maxConsecutiveFreeDays(), run + freeBefore, freeBefore)
          + runShort(contract.minConsecutiveFreeDays(), run + freeBefore);
    }
    // a history run the first day ends is judged against its minimum (its excess was judged before)
    this.historyEndedByWork = freeBefore > 0 ? runShort(contract.minConsecutiveFreeDays(), freeBefore) : 0;
    this.historyEndedByFree = workedBefore > 0 ? runShort(contract.minConsecutiveWorkingDays(), workedBefore) : 0;
  }

  /**
   * The compiled line of {@code member}, whose day costs (requests, unavailability, published days,
   * as the calculator's {@link RosterIncrementalScoreCalculator#dayCost}) are {@code dayCost[d][t + 1]};
   * {@code null} when one of its active rules is not one this class compiles.
   */
  static CompiledLine of(StaffMember member, PlanningPeriod period, RosterPolicy policy, long[][] dayCost,
      boolean hasContractHours) {
    Contract contract = member.getContract();
    boolean fairness = !member.isEmergencyPool()
        && (policy.undesiredShiftFairnessWeight() != 0 || policy.weekendFairnessWeight() != 0);
    boolean longPattern = contract.unwantedPatterns().stream()
        .anyMatch(p -> p.entries().isEmpty() || p.entries().size() > WINDOW);
    if (hasContractHours || fairness || longPattern || policy.contractMaximaHard()
        || contract.maxHoursPerWeek().active()) {
      return null;
    }
    List<ShiftType> types = period.getShiftTypes();
    int days = period.dayCount();
    int codes = types.size() + 1;
    long hardPoint = (long) policy.personRuleHardWeight() * RosterIncrementalScoreCalculator.HARD_IN_SOFT;
    long[] day = new long[days * codes];
    boolean skillsHard = StaffLine.skillsHard(contract, policy.skillsMandatory());
    ContractRule alternative = contract.alternativeSkillCategory();
    for (int d = 0; d < days; d++) {
      for (int code = 0; code < codes; code++) {
        long cost = dayCost[d][code];
        if (code > 0) {
          ShiftType type = types.get(code - 1);
          if (!member.isQualifiedFor(type)) {
            cost += skillsHard ? hardPoint : alternative.active() ? alternative.weight() : 0;
          }
          if (member.isEmergencyPool() && policy.emergencyWeightPerHour() != 0) {
            cost += RosterPolicy.perHour(policy.emergencyWeightPerHour(), type.durationMinutes());
          }
        }
        day[d * codes + code] = cost;
      }
    }
    LineTables.Windows rules = new LineTables.Windows(member, period, hardPoint);
    long[] window = rules.any() ? rules.windows(days, codes) : null;
    long[] end = rules.any() ? rules.ends(days, codes) : null;
    int[][] weekends = period.weekends(contract.weekendDefinition());
    long[][] weekendCost = new long[weekends.length][];
    for (int w = 0; w < weekends.length; w++) {
      weekendCost[w] = LineTables.weekend(contract, types, weekends[w], codes);
    }
    CompiledLine line = new CompiledLine(days, codes, day, window, end, weekends, weekendCost, contract,
        member.getHistory());
    line.softOnly = !rules.hasHard() && java.util.Arrays.stream(day).allMatch(c -> c >= 0 && c < hardPoint)
        && (!skillsHard || types.stream().allMatch(member::isQualifiedFor));
    return line;
  }

  /** Whether no rule of the line is hard: its {@link #cost} is then its soft penalty, its hard penalty 0. */
  boolean softOnly() {
    return softOnly;
  }

  /** The line's cost for {@code row} (shift type per day, -1 free). */
  long cost(int[] row) {
    long total = 0;
    int a = 0;
    int b = 0;
    if (window != null) {
      for (int d = 0, at = 0; d < days; d++, at += codes) {
        int c = row[d] + 1;
        total += day[at + c] + window[((d * codes + a) * codes + b) * codes + c];
        a = b;
        b = c;
      }
      total += days >= 2 ? end[a * codes + b] : 0;
    } else {
      for (int d = 0, at = 0; d < days; d++, at += codes) {
        total += day[at + row[d] + 1];
      }
    }
    return total + weekends(row) + runs(row, 0, days - 1) + assignments(worked(row));
  }

  /**
   * What the line's cost changes by if day {@code d} is worked {@code code} (-1 free) instead: only the
   * day, the windows and the weekend around it, and, when it turns from worked to free or back, the
   * runs it joins or splits and the count are scored again. {@code row} is left as it was.
   */
  long delta(int[] row, int d, int code) {
    int was = row[d];
    if (was == code) {
      return 0;
    }
    int kc = code + 1;
    long diff = day[d * codes + kc] - day[d * codes + was + 1];
    if (window != null) {
      for (int e = d, last = Math.min(days - 1, d + 2); e <= last; e++) {
        int a = e >= 2 ? row[e - 2] + 1 : 0;
        int b = e >= 1 ? row[e - 1] + 1 : 0;
        int c = row[e] + 1;
        int base = e * codes;
        long before = window[((base + a) * codes + b) * codes + c];
        a = e - 2 == d ? kc : a;
        b = e - 1 == d ? kc : b;
        c = e == d ? kc : c;
        diff += window[((base + a) * codes + b) * codes + c] - before;
      }
      if (days >= 2 && d >= days - 2) {
        int a = row[days - 2] + 1;
        int b = row[days - 1] + 1;
        long before = end[a * codes + b];
        diff += end[(d == days - 2 ? kc : a) * codes + (d == days - 1 ? kc : b)] - before;
      }
    }
    boolean turns = (was >= 0) != (code >= 0);
    int w = weekendOf[d];
    int after = weekendAfter[d];
    if (w >= 0 || after >= 0) {
      long before = (w >= 0 ? weekendCost[w][weekendIndex(row, w)] : 0)
          + (after >= 0 ? weekendCost[after][weekendIndex(row, after)] : 0);
      boolean workedBefore = turns && w >= 0 && worksWeekend(row, w);
      row[d] = code;
      diff += (w >= 0 ? weekendCost[w][weekendIndex(row, w)] : 0)
          + (after >= 0 ? weekendCost[after][weekendIndex(row, after)] : 0) - before;
      if (turns && w >= 0 && worksWeekend(row, w) != workedBefore) {
        // the weekend turns worked or free: its runs and count change
        diff += weekendRuns(row);
        row[d] = was;
        diff -= weekendRuns(row);
      }
      row[d] = was;
    }
    if (turns) {
      // the runs that hold days d-1, d and d+1 keep their outer borders: score them again
      int lo = d;
      if (d > 0) {
        boolean working = row[d - 1] >= 0;
        for (lo = d - 1; lo > 0 && (row[lo - 1] >= 0) == working; lo--) {
          // walking back to the run's first day
        }
      }
      int hi = d;
      if (d < days - 1) {
        boolean working = row[d + 1] >= 0;
        for (hi = d + 1; hi < days - 1 && (row[hi + 1] >= 0) == working; hi++) {
          // walking on to the run's last day
        }
      }
      int worked = worked(row);
      long before = runs(row, lo, hi) + assignments(worked);
      row[d] = code;
      diff += runs(row, lo, hi) + assignments(worked + (code >= 0 ? 1 : -1)) - before;
      row[d] = was;
    }
    return diff;
  }

  /**
   * The line that costs least, less {@code dual[d * codes + code]} for each day's code and plus
   * {@code perWorkedDay} a day worked, by every rule but the two that count over the whole period
   * (assignments, and runs and counts of worked weekends): those the caller scores on the line it
   * gets ({@link #cost}) and its local search mends. Exact for the rest, a shortest path over the
   * days whose state is the last codes (as many as the longest weekend and the day before it read,
   * at least the two a window reads) and the length of the run the last day is in (up to where its
   * cost grows by the same each day; whether it is the period's first run, which the history
   * continues). {@code forced[d]} is a code the day must have ({@link LineMaster#NOT_FORCED} none).
   * Null when the weekends are not days in a row (then a state cannot read them).
   */
  int[] cheapestByLocalRules(double[] dual, double perWorkedDay, int[] forced) {
    if (days == 0 || !weekendsInARow()) {
      return null;
    }
    int memory = 2;
    for (int[] weekend : weekends) {
      memory = Math.max(memory, weekend.length);
    }
    int histories = 1;
    for (int i = 0; i < memory; i++) {
      histories *= codes;
    }
    int cap = linearFrom();
    int states = histories * (cap + 1) * 2;
    double[] now = new double[states];
    double[] next = new double[states];
    int[][] from = new int[days][states];
    java.util.Arrays.fill(now, Double.POSITIVE_INFINITY);
    int[] lastOfWeekend = new int[days];
    java.util.Arrays.fill(lastOfWeekend, -1);
    for (int w = 0; w < weekends.length; w++) {
      lastOfWeekend[weekends[w][weekends[w].length - 1]] = w;
    }
    double[] step = new double[histories * codes];
    for (int d = 0; d < days; d++) {
      java.util.Arrays.fill(next, Double.POSITIVE_INFINITY);
      // what the day costs by code and the codes before it, the runs aside
      for (int c = 0; c < codes; c++) {
        boolean allowed = forced[d] == LineMaster.NOT_FORCED || forced[d] == c - 1;
        double own = day[d * codes + c] - dual[d * codes + c] + (c > 0 ? perWorkedDay : 0);
        for (int history = 0; history < (d == 0 ? 1 : histories); history++) {
          step[history * codes + c] = allowed ? own + local(d, history, c, lastOfWeekend) : Double.POSITIVE_INFINITY;
        }
      }
      if (d == 0) {
        // the days before the period read as free, the history's runs by the first-run tables
        for (int c = 0; c < codes; c++) {
          long runs = c > 0 ? historyEndedByWork + firstWorkRun[1] : historyEndedByFree + firstFreeRun[1];
          relax(next, from[0], state(c, 1, true, cap), step[c] + runs, -1);
        }
      } else {
        for (int at = 0; at < states; at++) {
          double value = now[at];
          if (value == Double.POSITIVE_INFINITY) {
            continue;
          }
          int history = at / ((cap + 1) * 2);
          int length = (at / 2) % (cap + 1);
          boolean first = at % 2 == 1;
          boolean working = history % codes > 0;
          int shifted = history * codes % histories;
          for (int c = 0; c < codes; c++) {
            double cost = step[history * codes + c];
            if (cost == Double.POSITIVE_INFINITY) {
              continue;
            }
            if (working == (c > 0)) {
              long[] run = c > 0 ? (first ? firstWorkRun : workRun) : (first ? firstFreeRun : freeRun);
              relax(next, from[d], state(shifted + c, Math.min(length + 1, cap), first, cap),
                  value + cost + run[length + 1] - run[length], at);
            } else {
              relax(next, from[d], state(shifted + c, 1, false, cap), value + cost + (c > 0 ? workRun[1] : freeRun[1]), at);
            }
          }
        }
      }
      double[] swap = now;
      now = next;
      next = swap;
    }
    int best = -1;
    double bestValue = Double.POSITIVE_INFINITY;
    for (int at = 0; at < states; at++) {
      if (now[at] == Double.POSITIVE_INFINITY) {
        continue;
      }
      int history = at / ((cap + 1) * 2);
      double value = now[at] + (end != null && days >= 2 ? end[(history / codes % codes) * codes + history % codes] : 0);
      if (value < bestValue) {
        bestValue = value;
        best = at;
      }
    }
    if (best < 0) {
      return null;
    }
    int[] row = new int[days];
    for (int d = days - 1, at = best; d >= 0; d--) {
      row[d] = (at / ((cap + 1) * 2)) % codes - 1;
      at = from[d][at];
    }
    return row;
  }

  private static int state(int history, int length, boolean first, int cap) {
    return (history * (cap + 1) + length) * 2 + (first ? 1 : 0);
  }

  private static void relax(double[] values, int[] from, int at, double value, int previous) {
    if (value < values[at]) {
      values[at] = value;
      from[at] = previous;
    }
  }

  /**
   * What day {@code d} worked as code {@code c} (0 free) adds by the window ending on it and, on a
   * weekend's last day, by that weekend's table, the days before it read from {@code history} (the
   * last codes, the latest lowest).
   */
  private long local(int d, int history, int c, int[] lastOfWeekend) {
    long cost = 0;
    if (window != null) {
      int b = d >= 1 ? history % codes : 0;
      int a = d >= 2 ? history / codes % codes : 0;
      cost += window[((d * codes + a) * codes + b) * codes + c];
    }
    int w = lastOfWeekend[d];
    if (w >= 0) {
      int back = weekends[w].length;
      int before = beforeWeekend[w];
      int index = 0;
      if (before >= 0) {
        index = codeBack(history, back);
      }
      for (int i = back - 1; i >= 1; i--) {
        index = index * codes + codeBack(history, i);
      }
      cost += weekendCost[w][index * codes + c];
    }
    return cost;
  }

  /** The code {@code back} days before the present one, read from {@code history}. */
  private int codeBack(int history, int back) {
    for (int i = 1; i < back; i++) {
      history /= codes;
    }
    return history % codes;
  }

  /** Whether each weekend is days in a row, right after the day before it. */
  private boolean weekendsInARow() {
    for (int[] weekend : weekends) {
      for (int i = 1; i < weekend.length; i++) {
        if (weekend[i] != weekend[i - 1] + 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** The run length from which every run table grows by the same each day longer. */
  private int linearFrom() {
    int cap = 1;
    for (long[] run : new long[][] {workRun, freeRun, firstWorkRun, firstFreeRun}) {
      for (int n = days - 1; n >= 1; n--) {
        if (run[n + 1] - run[n] != run[n] - run[n - 1] || n == 1) {
          cap = Math.max(cap, n);
          break;
        }
      }
    }
    return Math.min(cap, Math.max(1, days - 1));
  }

  /** {@link #cost} without the rules that count over the whole period (what {@link #cheapestByLocalRules} minimises). */
  long localCost(int[] row) {
    return cost(row) - weekendRuns(row) - assignments(worked(row));
  }

  private int worked(int[] row) {
    int worked = 0;
    for (int d = 0; d < days; d++) {
      worked += row[d] >= 0 ? 1 : 0;
    }
    return worked;
  }

  /** The weekend rules: the tables per weekend, then runs of worked weekends and their count. */
  private long weekends(int[] row) {
    long total = 0;
    for (int w = 0; w < weekends.length; w++) {
      total += weekendCost[w][weekendIndex(row, w)];
    }
    return total + weekendRuns(row);
  }

  /** Weekend {@code w}'s index in its table: the codes of the day before it and of its days. */
  private int weekendIndex(int[] row, int w) {
    int before = beforeWeekend[w];
    int at = before >= 0 ? row[before] + 1 : 0;
    for (int d : weekends[w]) {
      at = at * codes + row[d] + 1;
    }
    return at;
  }

  private boolean worksWeekend(int[] row, int w) {
    for (int d : weekends[w]) {
      if (row[d] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The rules on runs of worked weekends and on their count, as {@link StaffLine#weekendsPenalty} reads them. */
  private long weekendRuns(int[] row) {
    ContractRule maxRun = contract.maxConsecutiveWorkingWeekends();
    ContractRule minRun = contract.minConsecutiveWorkingWeekends();
    ContractRule inFourWeeks = contract.maxWorkingWeekendsInFourWeeks();
    if (!(maxRun.active() || minRun.active() || inFourWeeks.active())) {
      return 0;
    }
    int over = 0;
    int shortOf = 0;
    int worked = 0;
    int run = 0;
    for (int w = 0; w <= weekends.length; w++) {
      if (w < weekends.length && worksWeekend(row, w)) {
        worked++;
        run++;
      } else if (run > 0) {
        over += Math.max(0, run - maxRun.limit());
        shortOf += Math.max(0, minRun.limit() - run);
        run = 0;
      }
    }
    long total = 0;
    total += maxRun.active() ? (long) maxRun.weight() * over : 0;
    total += minRun.active() ? (long) minRun.weight() * shortOf : 0;
    total += inFourWeeks.active() ? (long) inFourWeeks.weight()
        * Math.max(0, history.weekendsWorked() + worked - inFourWeeks.limit() - history.weekendAllowance()) : 0;
    return total;
  }

  /**
   * As {@link StaffLine#runsAndAssignmentsPenalty} with the maxima soft, without the counts: the runs
   * of worked and of free days from day {@code lo} to day {@code hi}, each of which starts and ends a
   * run (the history's runs read at day 0).
   */
  private long runs(int[] row, int lo, int hi) {
    long total = 0;
    if (lo == 0 && days > 0) {
      total += row[0] >= 0 ? historyEndedByWork : historyEndedByFree;
    }
    int d = lo;
    while (d <= hi) {
      boolean working = row[d] >= 0;
      int start = d;
      while (d <= hi && (row[d] >= 0) == working) {
        d++;
      }
      long[] cost = start == 0 ? (working ? firstWorkRun : firstFreeRun) : (working ? workRun : freeRun);
      total += cost[d - start];
    }
    return total;
  }

  /** The assignment counts' rules for {@code worked} days worked. */
  private long assignments(int worked) {
    ContractRule maxShifts = contract.maxAssignments();
    ContractRule minShifts = contract.minAssignments();
    return maxShifts.costAbove(worked) + minShifts.costBelow(worked);
  }

  private static int runOver(ContractRule max, int run, int before) {
    return max.active() ? max.weight() * (Math.max(0, run - max.limit()) - Math.max(0, before - max.limit())) : 0;
  }

  private static int runShort(ContractRule min, int run) {
    return min.active() ? min.weight() * Math.max(0, min.limit() - run) : 0;
  }
}
