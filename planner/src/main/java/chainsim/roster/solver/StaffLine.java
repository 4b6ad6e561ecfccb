package chainsim.roster.solver;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.PatternEntry;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.UnwantedPattern;
import chainsim.roster.domain.WorkHistory;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;

/**
 * One staff member's whole period as an array (shift type index per day, -1 for a free day) and
 * the rules that read the line as a whole: sequences, weekends, patterns, rest. Each method
 * returns the weighted penalty of one rule, so the constraint provider and the incremental score
 * calculator share the same reading of INRC-2010 (see {@code chainsim.roster.inrc.InrcCostEvaluator}
 * for the independent one the tests compare against).
 */
public final class StaffLine {

  private final StaffMember staff;
  private final Contract contract;
  private final PlanningPeriod period;
  private final int[] shifts;
  /** The days worked before the period ({@link WorkHistory#NONE} when unknown): read at the first day's border. */
  private final WorkHistory history;

  /** The contract's weekends over the period (read once: every weekend rule walks them). */
  private final int[][] weekends;
  /** The unwanted patterns as day bit masks, or {@code null} for periods of 64 days or more. */
  private final CompiledPattern[] patterns;
  /** Per shift code (0 free, {@code t + 1} shift type t): the days of the line with that code, as bits. */
  private final long[] daysByCode;
  /** Per shift type: whether the person lacks a skill it needs (read once: a set lookup per day was 11 % of a late instance). */
  private final boolean[] unqualified;

  public StaffLine(StaffMember staff, PlanningPeriod period, int[] shifts) {
    this.staff = staff;
    this.contract = staff.getContract();
    this.history = staff.getHistory();
    this.period = period;
    this.shifts = shifts;
    this.weekends = period.weekends(contract.weekendDefinition());
    this.patterns = shifts.length < Long.SIZE && contract.unwantedPatterns().stream().noneMatch(p -> p.entries().isEmpty())
        ? compile(contract.unwantedPatterns(), period, shifts.length) : null;
    this.daysByCode = new long[period.getShiftTypes().size() + 1];
    this.unqualified = new boolean[period.getShiftTypes().size()];
    for (int t = 0; t < unqualified.length; t++) {
      unqualified[t] = !staff.isQualifiedFor(period.getShiftTypes().get(t));
    }
  }

  /**
   * An unwanted pattern read as bits: the shift code each entry asks for ({@link #ANY_SHIFT} for any
   * shift) and the start days whose days of the week fit every entry and leave room for the pattern.
   */
  private record CompiledPattern(int weight, int[] codes, long starts) {
  }

  private static final int ANY_SHIFT = -1;

  private static CompiledPattern[] compile(List<UnwantedPattern> unwanted, PlanningPeriod period, int dayCount) {
    List<RosterDay> days = period.getDays();
    CompiledPattern[] compiled = new CompiledPattern[unwanted.size()];
    for (int p = 0; p < compiled.length; p++) {
      List<PatternEntry> entries = unwanted.get(p).entries();
      int[] codes = new int[entries.size()];
      long starts = 0;
      for (int i = 0; i < codes.length; i++) {
        PatternEntry entry = entries.get(i);
        codes[i] = switch (entry.kind()) {
          case FREE -> 0;
          case ANY_SHIFT -> ANY_SHIFT;
          case SHIFT -> entry.shiftType().getIndex() + 1;
        };
      }
      for (int start = 0; start + codes.length <= dayCount; start++) {
        boolean fits = true;
        for (int i = 0; i < codes.length && fits; i++) {
          DayOfWeek required = entries.get(i).dayOfWeek();
          fits = required == null || days.get(start + i).getDayOfWeek() == required;
        }
        if (fits) {
          starts |= 1L << start;
        }
      }
      compiled[p] = new CompiledPattern(unwanted.get(p).weight(), codes, starts);
    }
    return compiled;
  }

  public static StaffLine of(StaffMember staff, Collection<DayAssignment> cells) {
    PlanningPeriod period = cells.iterator().next().getDay().getPeriod();
    int[] shifts = new int[period.dayCount()];
    java.util.Arrays.fill(shifts, -1);
    for (DayAssignment cell : cells) {
      shifts[cell.getDay().getIndex()] = cell.shiftIndex();
    }
    return new StaffLine(staff, period, shifts);
  }

  public StaffMember staff() {
    return staff;
  }

  /** The period's days, in order (index {@code d} is day {@code d} of the line). */
  public List<RosterDay> days() {
    return period.getDays();
  }

  private boolean works(int day) {
    return shifts[day] >= 0;
  }

  private ShiftType type(int day) {
    return period.getShiftTypes().get(shifts[day]);
  }

  public int assignmentCount() {
    int n = 0;
    for (int s : shifts) {
      if (s >= 0) {
        n++;
      }
    }
    return n;
  }

  // ---- totals ------------------------------------------------------------------------------

  public int maxAssignmentsPenalty() {
    ContractRule r = contract.maxAssignments();
    return r.active() ? r.weight() * maxAssignmentsExcess() : 0;
  }

  /** Shifts over the contract's maximum (0 when the rule is off), whatever its weight. */
  public int maxAssignmentsExcess() {
    ContractRule r = contract.maxAssignments();
    return r.on() ? Math.max(0, assignmentCount() - r.limit()) : 0;
  }

  public int minAssignmentsPenalty() {
    ContractRule r = contract.minAssignments();
    return r.active() ? r.weight() * Math.max(0, r.limit() - assignmentCount()) : 0;
  }

  // ---- runs of working and free days (runs touching the period's ends count like any other) ----
  // A run continuing the history counts its history days, as INRC-II's validator does: its days over
  // a maximum that were already over it before the period are not counted again, and a history run
  // that the first day ends is judged against its minimum.

  public int maxConsecutiveWorkingDaysPenalty() {
    return runPenalty(contract.maxConsecutiveWorkingDays(), true, true);
  }

  /** Days worked beyond the contract's longest run, summed over the runs (0 when the rule is off). */
  public int maxConsecutiveWorkingDaysExcess() {
    ContractRule r = contract.maxConsecutiveWorkingDays();
    return r.on() ? runExcess(r.limit(), true, true) : 0;
  }

  public int minConsecutiveWorkingDaysPenalty() {
    return runPenalty(contract.minConsecutiveWorkingDays(), true, false);
  }

  public int maxConsecutiveFreeDaysPenalty() {
    return runPenalty(contract.maxConsecutiveFreeDays(), false, true);
  }

  public int minConsecutiveFreeDaysPenalty() {
    return runPenalty(contract.minConsecutiveFreeDays(), false, false);
  }

  private int runPenalty(ContractRule rule, boolean working, boolean isMax) {
    return rule.active() ? rule.weight() * runExcess(rule.limit(), working, isMax) : 0;
  }

  private int runExcess(int limit, boolean working, boolean isMax) {
    int before = working ? history.workDays() : history.daysOff();
    int total = 0;
    int run = before;
    boolean fromHistory = before > 0;
    for (int d = 0; d <= shifts.length; d++) {
      if (d < shifts.length && works(d) == working) {
        run++;
      } else if (run > 0) {
        int already = fromHistory ? Math.max(0, before - limit) : 0;
        total += isMax ? Math.max(0, run - limit) - already : Math.max(0, limit - run);
        run = 0;
        fromHistory = false;
      } else {
        fromHistory = false;
      }
    }
    return total;
  }

  /**
   * The runs of working days past {@code limit} inside the period, as {first day, days in the period,
   * days before it (the history's), days over the limit not already over it before the period}.
   */
  public List<int[]> workingRunsLongerThan(int limit) {
    List<int[]> runs = new java.util.ArrayList<>();
    int before = history.workDays();
    int run = 0;
    for (int d = 0; d <= shifts.length; d++) {
      if (d < shifts.length && works(d)) {
        run++;
      } else {
        int carried = run == d ? before : 0;
        int over = Math.max(0, run + carried - limit) - Math.max(0, carried - limit);
        if (run > 0 && over > 0) {
          runs.add(new int[] {d - run, run, carried, over});
        }
        run = 0;
      }
    }
    return runs;
  }

  // ---- weekends ----------------------------------------------------------------------------

  private int[][] weekends() {
    return weekends;
  }

  /** A weekend is worked when any of its days is worked. */
  private boolean worksWeekend(int[] weekend) {
    for (int d : weekend) {
      if (works(d)) {
        return true;
      }
    }
    return false;
  }

  public int maxConsecutiveWorkingWeekendsPenalty() {
    return weekendRunPenalty(contract.maxConsecutiveWorkingWeekends(), true);
  }

  public int minConsecutiveWorkingWeekendsPenalty() {
    return weekendRunPenalty(contract.minConsecutiveWorkingWeekends(), false);
  }

  private int weekendRunPenalty(ContractRule rule, boolean isMax) {
    if (!rule.active()) {
      return 0;
    }
    int[][] weekends = weekends();
    int total = 0;
    int run = 0;
    for (int w = 0; w <= weekends.length; w++) {
      if (w < weekends.length && worksWeekend(weekends[w])) {
        run++;
      } else if (run > 0) {
        total += isMax ? Math.max(0, run - rule.limit()) : Math.max(0, rule.limit() - run);
        run = 0;
      }
    }
    return rule.weight() * total;
  }

  /** INRC periods are four weeks long, so the limit applies to the whole period. */
  public int maxWorkingWeekendsInFourWeeksPenalty() {
    ContractRule rule = contract.maxWorkingWeekendsInFourWeeks();
    if (!rule.active()) {
      return 0;
    }
    return rule.weight() * workingWeekendsOverAllowance();
  }

  /**
   * Weekends worked past the allowance of {@code max_weekends_per_four_weeks}: the period's and, with
   * a history, those it covers in the four-week window, against the allowance of the whole window.
   */
  public int workingWeekendsOverAllowance() {
    ContractRule rule = contract.maxWorkingWeekendsInFourWeeks();
    int worked = history.weekendsWorked();
    for (int[] weekend : weekends()) {
      if (worksWeekend(weekend)) {
        worked++;
      }
    }
    return Math.max(0, worked - rule.limit() - history.weekendAllowance());
  }

  /**
   * Each stretch of worked days inside a weekend costs its distance from the weekend's first day
   * plus its distance to the last: Saturday only costs 1; Friday and Sunday without Saturday 4.
   */
  public int completeWeekendsPenalty() {
    ContractRule rule = contract.completeWeekends();
    if (!rule.active()) {
      return 0;
    }
    int total = 0;
    for (int[] weekend : weekends()) {
      total += incompleteDays(weekend);
    }
    return rule.weight() * total;
  }

  /** One weekend's count for {@link #completeWeekendsPenalty} (0 when not worked). */
  private int incompleteDays(int[] weekend) {
    int total = 0;
    int k = weekend.length;
    int p = 0;
    while (p < k) {
      if (!works(weekend[p])) {
        p++;
        continue;
      }
      int start = p;
      while (p < k && works(weekend[p])) {
        p++;
      }
      int end = p - 1;
      if (start > 0 || end < k - 1) {
        total += start + (k - 1 - end);
      }
    }
    return total;
  }

  /**
   * On every weekend worked (any of its days), each shift type worked costs the number of weekend
   * days not worked with it: E+L on a two-day weekend 2, Saturday only 1 (on top of the
   * complete-weekend rule's 1), E-free-E on a Friday-Sunday weekend 1. This is the competition's
   * reading as OptaPlanner's nurse-rostering example and Legrain, Omer and Rosat's branch-and-price
   * (NurseScheduler) implement it; reading only fully worked weekends (David Meignan's evaluator of
   * the Lü and Hao model) lets long04 reach 302, below its proven optimum of 303 (issue 17).
   */
  public int identicalShiftTypesDuringWeekendPenalty() {
    ContractRule rule = contract.identicalShiftTypesDuringWeekend();
    if (!rule.active()) {
      return 0;
    }
    int total = 0;
    for (int[] weekend : weekends()) {
      total += unlikeShiftDays(weekend);
    }
    return rule.weight() * total;
  }

  /** One weekend's count for {@link #identicalShiftTypesDuringWeekendPenalty} (0 when not worked). */
  private int unlikeShiftDays(int[] weekend) {
    int total = 0;
    int k = weekend.length;
    for (int i = 0; i < k; i++) {
      if (!works(weekend[i])) {
        continue;
      }
      boolean firstOfItsType = true;
      int count = 0;
      for (int j = 0; j < k; j++) {
        if (shifts[weekend[j]] == shifts[weekend[i]]) {
          count++;
          if (j < i) {
            firstOfItsType = false;
          }
        }
      }
      if (firstOfItsType) {
        total += k - count;
      }
    }
    return total;
  }

  public int noNightShiftBeforeFreeWeekendPenalty() {
    ContractRule rule = contract.noNightShiftBeforeFreeWeekend();
    if (!rule.active()) {
      return 0;
    }
    int total = 0;
    for (int[] weekend : weekends()) {
      int before = weekend[0] - 1;
      if (before >= 0 && works(before) && type(before).isNight() && !worksWeekend(weekend)) {
        total++;
      }
    }
    return rule.weight() * total;
  }

  /** The last night of a series must be followed by two free days (those inside the period). */
  public int twoFreeDaysAfterNightShiftsPenalty() {
    ContractRule rule = contract.twoFreeDaysAfterNightShifts();
    if (!rule.active()) {
      return 0;
    }
    int total = 0;
    for (int d = 0; d < shifts.length; d++) {
      if (works(d) && type(d).isNight() && !(d + 1 < shifts.length && works(d + 1) && type(d + 1).isNight())) {
        boolean rested = !(d + 1 < shifts.length && works(d + 1)) && !(d + 2 < shifts.length && works(d + 2));
        if (!rested) {
          total++;
        }
      }
    }
    return rule.weight() * total;
  }

  // ---- shifts, patterns, skills --------------------------------------------------------------

  /** Counts every start day where the pattern's entries (and their days of the week, if given) fit. */
  public int unwantedPatternsPenalty() {
    return patterns != null ? compiledPatternsPenalty() : unwantedPatternsPenaltyDayByDay();
  }

  /** The day-by-day reading of {@link #unwantedPatternsPenalty} (periods over 63 days; tests compare). */
  int unwantedPatternsPenaltyDayByDay() {
    int total = 0;
    List<RosterDay> days = period.getDays();
    for (UnwantedPattern pattern : contract.unwantedPatterns()) {
      List<PatternEntry> entries = pattern.entries();
      int matches = 0;
      for (int start = 0; start + entries.size() <= shifts.length; start++) {
        boolean fits = true;
        for (int i = 0; i < entries.size() && fits; i++) {
          PatternEntry entry = entries.get(i);
          DayOfWeek required = entry.dayOfWeek();
          fits = (required == null || days.get(start + i).getDayOfWeek() == required)
              && entry.matches(shifts[start + i]);
        }
        if (fits) {
          matches++;
        }
      }
      total += pattern.weight() * matches;
    }
    return total;
  }

  /**
   * The same count as the day-by-day reading, over bits: the days worked with each shift code, then
   * for each pattern the start days where every entry's code is worked on its day.
   */
  private int compiledPatternsPenalty() {
    if (patterns.length == 0) {
      return 0;
    }
    java.util.Arrays.fill(daysByCode, 0L);
    for (int d = 0; d < shifts.length; d++) {
      daysByCode[shifts[d] + 1] |= 1L << d;
    }
    long allDays = (1L << shifts.length) - 1;
    long working = allDays & ~daysByCode[0];
    int total = 0;
    for (CompiledPattern pattern : patterns) {
      long starts = pattern.starts();
      int[] codes = pattern.codes();
      for (int i = 0; i < codes.length && starts != 0; i++) {
        long days = codes[i] == ANY_SHIFT ? working : daysByCode[codes[i]];
        starts &= days >>> i;
      }
      total += pattern.weight() * Long.bitCount(starts);
    }
    return total;
  }

  /** Shifts worked without all the skills they need (INRC's soft "alternative skill"). */
  public int unqualifiedShiftCount() {
    int n = 0;
    for (int d = 0; d < shifts.length; d++) {
      if (works(d) && unqualified[shifts[d]]) {
        n++;
      }
    }
    return n;
  }

  /**
   * A branch makes skills mandatory for everyone (hard). INRC has no hard skill rule: its
   * "alternative skill category" costs the weight for each shift worked without its skills where
   * the contract switches it on, and nothing where it is off, as David Meignan's evaluator,
   * OptaPlanner's nurse-rostering example and Legrain, Omer and Rosat's NurseScheduler all read
   * the competition (issue 17).
   */
  public static boolean skillsHard(Contract contract, boolean skillsMandatory) {
    return skillsMandatory;
  }

  public int alternativeSkillPenalty(boolean skillsMandatory) {
    ContractRule rule = contract.alternativeSkillCategory();
    return skillsHard(contract, skillsMandatory) || !rule.active() ? 0 : rule.weight() * unqualifiedShiftCount();
  }

  public int unqualifiedShiftViolations(boolean skillsMandatory) {
    return skillsHard(contract, skillsMandatory) ? unqualifiedShiftCount() : 0;
  }

  // ---- chainsim rules ----------------------------------------------------------------------

  /** Consecutive-day shift pairs that leave less than the contract's minimum rest (hard). */
  public int restViolations() {
    return shortRestDays().size();
  }

  /**
   * The days after which the next day's shift starts too soon, each with the rest it leaves in
   * minutes; day -1 is the history's last day (the day before the first).
   */
  public List<int[]> shortRestDays() {
    int minRestMinutes = contract.minRestHours() * 60;
    if (minRestMinutes <= 0) {
      return List.of();
    }
    List<int[]> found = new java.util.ArrayList<>();
    ShiftType last = history.lastShift();
    if (last != null && shifts.length > 0 && works(0)) {
      // from the history's last shift, the day before the first, to the first day's
      int rest = 24 * 60 + type(0).startMinuteOfDay() - last.endMinuteOfDay();
      if (rest < minRestMinutes) {
        found.add(new int[] {-1, rest});
      }
    }
    for (int d = 0; d + 1 < shifts.length; d++) {
      if (works(d) && works(d + 1)) {
        int rest = 24 * 60 + type(d + 1).startMinuteOfDay() - type(d).endMinuteOfDay();
        if (rest < minRestMinutes) {
          found.add(new int[] {d, rest});
        }
      }
    }
    return found;
  }

  /** Hours over the weekly cap, per calendar week (Monday to Sunday), rounded up. */
  public int maxHoursPerWeekPenalty() {
    ContractRule rule = contract.maxHoursPerWeek();
    return rule.active() ? rule.weight() * maxHoursPerWeekExcess() : 0;
  }

  /** Hours over the weekly cap summed over the weeks (0 when the rule is off), whatever its weight. */
  public int maxHoursPerWeekExcess() {
    ContractRule rule = contract.maxHoursPerWeek();
    if (!rule.on()) {
      return 0;
    }
    int total = 0;
    for (int[] week : period.weeks()) {
      int excess = minutesWorked(week[0], week[1]) - rule.limit() * 60;
      total += excess > 0 ? (excess + 59) / 60 : 0;
    }
    return total;
  }

  /** Hours over the monthly cap summed over the calendar months (0 when the rule is off), rounded up a month. */
  public int maxHoursPerMonthExcess() {
    ContractRule rule = contract.maxHoursPerMonth();
    if (!rule.on()) {
      return 0;
    }
    int total = 0;
    for (int[] month : months()) {
      int excess = minutesInMonth(month) - rule.limit() * 60;
      total += excess > 0 ? (excess + 59) / 60 : 0;
    }
    return total;
  }

  /** The calendar months the period touches, as {first day, days inside the period}. */
  public List<int[]> months() {
    List<RosterDay> days = period.getDays();
    List<int[]> months = new java.util.ArrayList<>();
    int first = 0;
    for (int d = 1; d <= shifts.length; d++) {
      if (d == shifts.length || days.get(d).getDate().getDayOfMonth() == 1) {
        months.add(new int[] {first, d - first});
        first = d;
      }
    }
    return months;
  }

  /** Minutes worked in a month of {@link #months}: the first also counts the history's minutes of it. */
  public int minutesInMonth(int[] month) {
    return minutesWorked(month[0], month[1]) + (month[0] == 0 ? history.minutesThisMonth() : 0);
  }

  /** The calendar weeks (Monday to Sunday) the period touches, as {first day, days inside the period}. */
  public List<int[]> weeks() {
    return List.of(period.weeks());
  }

  /** Minutes of the shifts worked from day {@code first} on for {@code count} days. */
  public int minutesWorked(int first, int count) {
    int minutes = 0;
    for (int d = first; d < first + count && d < shifts.length; d++) {
      if (works(d)) {
        minutes += type(d).durationMinutes();
      }
    }
    return minutes;
  }

  /** The contract maxima a branch holds as hard limits: shifts, consecutive days, weekly and monthly hours. */
  public int contractMaximaViolations() {
    return maxAssignmentsExcess() + maxConsecutiveWorkingDaysExcess() + maxHoursPerWeekExcess()
        + maxHoursPerMonthExcess();
  }

  /** Soft cost of the emergency pool's hours on this line (0 for permanent staff). */
  public int emergencyPenalty(int weightPerHour) {
    if (!staff.isEmergencyPool() || weightPerHour == 0) {
      return 0;
    }
    int total = 0;
    for (int d = 0; d < shifts.length; d++) {
      if (works(d)) {
        total += chainsim.roster.domain.RosterPolicy.perHour(weightPerHour, type(d).durationMinutes());
      }
    }
    return total;
  }

  public int undesiredShiftCount() {
    int n = 0;
    for (int d = 0; d < shifts.length; d++) {
      if (works(d) && type(d).isUndesired()) {
        n++;
      }
    }
    return n;
  }

  /** Saturdays and Sundays worked, whatever the contract's weekend definition (fairness is branch-wide). */
  public int weekendDaysWorked() {
    int n = 0;
    List<RosterDay> days = period.getDays();
    for (int d = 0; d < shifts.length; d++) {
      DayOfWeek dow = days.get(d).getDayOfWeek();
      if (works(d) && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Every soft contract rule of the line (not requests, cover or policy rules), summed. Where the
   * maxima are hard ({@code maximaHard}) they cost nothing here: {@link #contractMaximaViolations}
   * counts them.
   */
  public int contractPenalty(boolean maximaHard) {
    // the monthly cap is a branch's (hard) only: no INRC contract has one
    int maxima = maximaHard ? 0 : maxHoursPerWeekPenalty();
    return maxima + runsAndAssignmentsPenalty(maximaHard) + weekendsPenalty()
        + twoFreeDaysAfterNightShiftsPenalty() + unwantedPatternsPenalty();
  }

  /**
   * The six weekend rules in one pass over the weekends: what {@link
   * #maxConsecutiveWorkingWeekendsPenalty}, {@link #minConsecutiveWorkingWeekendsPenalty}, {@link
   * #maxWorkingWeekendsInFourWeeksPenalty}, {@link #completeWeekendsPenalty}, {@link
   * #identicalShiftTypesDuringWeekendPenalty} and {@link #noNightShiftBeforeFreeWeekendPenalty} sum to.
   */
  int weekendsPenalty() {
    ContractRule maxRun = contract.maxConsecutiveWorkingWeekends();
    ContractRule minRun = contract.minConsecutiveWorkingWeekends();
    ContractRule inFourWeeks = contract.maxWorkingWeekendsInFourWeeks();
    ContractRule complete = contract.completeWeekends();
    ContractRule identical = contract.identicalShiftTypesDuringWeekend();
    ContractRule night = contract.noNightShiftBeforeFreeWeekend();
    if (!(maxRun.active() || minRun.active() || inFourWeeks.active() || complete.active() || identical.active()
        || night.active())) {
      return 0;
    }
    int over = 0;
    int shortOf = 0;
    int worked = 0;
    int incomplete = 0;
    int unlike = 0;
    int nights = 0;
    int run = 0;
    for (int w = 0; w <= weekends.length; w++) {
      boolean any = w < weekends.length && worksWeekend(weekends[w]);
      if (any) {
        worked++;
        run++;
        incomplete += complete.active() ? incompleteDays(weekends[w]) : 0;
        unlike += identical.active() ? unlikeShiftDays(weekends[w]) : 0;
      } else {
        if (w < weekends.length) {
          int before = weekends[w][0] - 1;
          nights += before >= 0 && works(before) && type(before).isNight() ? 1 : 0;
        }
        if (run > 0) {
          over += Math.max(0, run - maxRun.limit());
          shortOf += Math.max(0, minRun.limit() - run);
          run = 0;
        }
      }
    }
    int total = 0;
    total += maxRun.active() ? maxRun.weight() * over : 0;
    total += minRun.active() ? minRun.weight() * shortOf : 0;
    total += inFourWeeks.active() ? inFourWeeks.weight()
        * Math.max(0, history.weekendsWorked() + worked - inFourWeeks.limit() - history.weekendAllowance()) : 0;
    total += complete.active() ? complete.weight() * incomplete : 0;
    total += identical.active() ? identical.weight() * unlike : 0;
    total += night.active() ? night.weight() * nights : 0;
    return total;
  }

  /**
   * The four run rules and the two assignment rules (the maxima left out where {@code maximaHard}) in
   * one pass over the line: what {@link #maxConsecutiveWorkingDaysPenalty}, {@link
   * #minConsecutiveWorkingDaysPenalty}, {@link #maxConsecutiveFreeDaysPenalty}, {@link
   * #minConsecutiveFreeDaysPenalty}, {@link #maxAssignmentsPenalty} and {@link #minAssignmentsPenalty}
   * sum to (each reads the line once on its own; together they were a third of a line's scoring).
   */
  int runsAndAssignmentsPenalty(boolean maximaHard) {
    ContractRule maxWork = maximaHard ? ContractRule.OFF : contract.maxConsecutiveWorkingDays();
    ContractRule minWork = contract.minConsecutiveWorkingDays();
    ContractRule maxFree = contract.maxConsecutiveFreeDays();
    ContractRule minFree = contract.minConsecutiveFreeDays();
    int workedBefore = history.workDays();
    int freeBefore = history.daysOff();
    int total = 0;
    // a history run the first day ends is judged against its minimum (its excess was judged before)
    if (shifts.length > 0 && !works(0) && workedBefore > 0) {
      total += runShort(minWork, workedBefore);
    }
    if (shifts.length > 0 && works(0) && freeBefore > 0) {
      total += runShort(minFree, freeBefore);
    }
    int worked = 0;
    int d = 0;
    while (d < shifts.length) {
      boolean working = works(d);
      int start = d;
      while (d < shifts.length && works(d) == working) {
        d++;
      }
      int run = d - start;
      worked += working ? run : 0;
      int before = start == 0 ? (working ? workedBefore : freeBefore) : 0;
      total += runOver(working ? maxWork : maxFree, run + before, before) + runShort(working ? minWork : minFree, run + before);
    }
    ContractRule maxShifts = maximaHard ? ContractRule.OFF : contract.maxAssignments();
    ContractRule minShifts = contract.minAssignments();
    if (maxShifts.active()) {
      total += maxShifts.weight() * Math.max(0, worked - maxShifts.limit());
    }
    if (minShifts.active()) {
      total += minShifts.weight() * Math.max(0, minShifts.limit() - worked);
    }
    return total;
  }

  /** A run of {@code run} days, {@code before} of them before the period: its weighted days over a maximum not over it before. */
  private static int runOver(ContractRule max, int run, int before) {
    return max.active() ? max.weight() * (Math.max(0, run - max.limit()) - Math.max(0, before - max.limit())) : 0;
  }

  /** A run of {@code run} days: its weighted days short of a minimum. */
  private static int runShort(ContractRule min, int run) {
    return min.active() ? min.weight() * Math.max(0, min.limit() - run) : 0;
  }

  /** The shift type index worked on a day, -1 when free. */
  public int shiftOn(int day) {
    return shifts[day];
  }
}
