package chainsim.roster.inrc;

import chainsim.roster.inrc.InrcInstance.Contract;
import chainsim.roster.inrc.InrcInstance.Employee;
import chainsim.roster.inrc.InrcInstance.Pattern;
import chainsim.roster.inrc.InrcInstance.PatternEntry;
import chainsim.roster.inrc.InrcInstance.Rule;
import chainsim.roster.inrc.InrcInstance.ShiftType;
import chainsim.roster.domain.WeekendDefinition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The INRC-2010 cost of a solution, computed from the instance in the competition's own terms and
 * kept apart from the solver's code so the two check each other.
 *
 * <p>Readings of the rules where the competition text leaves room. The competition's validator is
 * not public; these follow the readings on which the implementations we could read agree: David
 * Meignan's evaluator of the Lü and Hao model (github.com/dmeignan/INRC2010-UOS-evaluator),
 * OptaPlanner's nurse-rostering example and Legrain, Omer and Rosat's NurseScheduler
 * (github.com/wssuite/NurseScheduler, {@code ParseINRC.cpp}); where they differ, the notes say
 * which one is followed and why (the tests hold a second reading, {@code CompetitionSecondReading}):
 * <ul>
 *   <li>runs of working or free days, and of working weekends, that touch the start or end of the
 *       period count like any other run (no history before or after the period);
 *   <li>a weekend is worked when any of its days is worked;
 *   <li>complete weekends: each run of worked days inside a weekend costs its distance from the
 *       weekend's first day plus its distance to the last (Sat only: 1; Fri+Sun of FSS: 4);
 *   <li>identical shift types: on every weekend worked, each shift type worked costs the number
 *       of weekend days not worked with it (E,L: 2; Sat E only: 1, on top of complete weekends' 1;
 *       E,L,E: 3), as OptaPlanner's example and NurseScheduler read it (Meignan's evaluator counts
 *       only fully worked weekends; with that reading the solver reached 302 on long04, below its
 *       proven optimum of 303, and 38 on sprint_late02, best known 42). On a Friday-Sunday
 *       weekend with the same type on days that are not adjacent (E,-,E or E,L,E) NurseScheduler
 *       charges more (4 and 6); this follows OptaPlanner and Meignan there;
 *   <li>unwanted patterns match consecutive days literally ("Any" = some shift, "None" = free),
 *       starting on any day whose day of the week fits the entries that name one;
 *   <li>max working weekends "in four weeks" counts over the whole period (INRC periods are four
 *       weeks); night shifts are those ending after midnight; "two free days after night shifts"
 *       costs once per series of nights not followed by two free days inside the period;
 *   <li>alternative skill: where the contract switches it on, each shift worked without all its
 *       skills costs the weight; where it is off it costs nothing (the competition has no hard
 *       skill rule; all three implementations read it so). Reading it as hard, as this class once
 *       did, had not kept long05 from 283 (best known 284): the identical-shift-types reading was
 *       the departure;
 *   <li>cover is exact (hard) and each nurse works at most one shift a day.
 * </ul>
 */
public final class InrcCostEvaluator {

  /** The cost, by constraint, and the hard violations (cover off target, unknown shifts, missing skills). */
  public record Cost(int hardViolations, Map<String, Integer> byConstraint) {
    public int total() {
      return byConstraint.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean feasible() {
      return hardViolations == 0;
    }
  }

  private final InrcInstance instance;
  private final Map<String, ShiftType> shiftTypes = new HashMap<>();
  private final Map<String, Contract> contracts = new HashMap<>();
  private final Map<String, Pattern> patterns = new HashMap<>();
  private final Map<String, Integer> cost = new LinkedHashMap<>();
  private int hard;

  private InrcCostEvaluator(InrcInstance instance) {
    this.instance = instance;
    instance.shiftTypes().forEach(t -> shiftTypes.put(t.id(), t));
    instance.contracts().forEach(c -> contracts.put(c.id(), c));
    instance.patterns().forEach(p -> patterns.put(p.id(), p));
  }

  /**
   * @param solution employee id to the shift type id worked on each day of the period ({@code null}
   *     for a free day); employees missing from the map work no shift
   */
  public static Cost evaluate(InrcInstance instance, Map<String, String[]> solution) {
    return new InrcCostEvaluator(instance).run(solution);
  }

  private Cost run(Map<String, String[]> solution) {
    int n = instance.dayCount();
    Map<String, String[]> lines = new HashMap<>();
    for (Employee e : instance.employees()) {
      String[] line = solution.getOrDefault(e.id(), new String[n]);
      for (String s : line) {
        if (s != null && !shiftTypes.containsKey(s)) {
          hard++;
        }
      }
      lines.put(e.id(), line);
    }
    for (int d = 0; d < n; d++) {
      LocalDate date = instance.startDate().plusDays(d);
      Map<String, Integer> worked = new HashMap<>();
      for (String[] line : lines.values()) {
        if (line[d] != null) {
          worked.merge(line[d], 1, Integer::sum);
        }
      }
      Map<String, Integer> required = instance.coverOn(date);
      for (String shift : shiftTypes.keySet()) {
        hard += Math.abs(required.getOrDefault(shift, 0) - worked.getOrDefault(shift, 0));
      }
    }
    for (Employee e : instance.employees()) {
      employeeCost(e, lines.get(e.id()));
    }
    requests(lines);
    return new Cost(hard, cost);
  }

  private void add(String constraint, int weight, int amount) {
    cost.merge(constraint, weight * amount, Integer::sum);
  }

  private static boolean costs(Rule r) {
    return r.on() && r.weight() != 0;
  }

  private void employeeCost(Employee e, String[] line) {
    Contract c = contracts.get(e.contractId());
    int n = line.length;
    int assignments = 0;
    for (String s : line) {
      assignments += s == null ? 0 : 1;
    }
    if (costs(c.maxNumAssignments())) {
      add("MaxNumAssignments", c.maxNumAssignments().weight(), Math.max(0, assignments - c.maxNumAssignments().value()));
    }
    if (costs(c.minNumAssignments())) {
      add("MinNumAssignments", c.minNumAssignments().weight(), Math.max(0, c.minNumAssignments().value() - assignments));
    }
    List<Integer> workRuns = new ArrayList<>();
    List<Integer> freeRuns = new ArrayList<>();
    int d = 0;
    while (d < n) {
      boolean working = line[d] != null;
      int from = d;
      while (d < n && (line[d] != null) == working) {
        d++;
      }
      (working ? workRuns : freeRuns).add(d - from);
    }
    runs("MaxConsecutiveWorkingDays", c.maxConsecutiveWorkingDays(), workRuns, true);
    runs("MinConsecutiveWorkingDays", c.minConsecutiveWorkingDays(), workRuns, false);
    runs("MaxConsecutiveFreeDays", c.maxConsecutiveFreeDays(), freeRuns, true);
    runs("MinConsecutiveFreeDays", c.minConsecutiveFreeDays(), freeRuns, false);
    weekendCost(c, line);
    nightCost(c, line);
    int unqualified = 0;
    for (String s : line) {
      if (s != null && shiftTypes.containsKey(s) && !e.skills().containsAll(shiftTypes.get(s).skills())) {
        unqualified++;
      }
    }
    if (costs(c.alternativeSkillCategory())) {
      add("AlternativeSkillCategory", c.alternativeSkillCategory().weight(), unqualified);
    }
    for (String patternId : c.unwantedPatterns()) {
      Pattern p = patterns.get(patternId);
      int matches = 0;
      for (int start = 0; start + p.entries().size() <= n; start++) {
        if (matches(p, line, start)) {
          matches++;
        }
      }
      add("UnwantedPatterns", p.weight(), matches);
    }
  }

  private void runs(String constraint, Rule rule, List<Integer> runs, boolean isMax) {
    if (!costs(rule)) {
      return;
    }
    int amount = 0;
    for (int length : runs) {
      amount += isMax ? Math.max(0, length - rule.value()) : Math.max(0, rule.value() - length);
    }
    add(constraint, rule.weight(), amount);
  }

  /** Weekends as lists of day indexes, grouped by the date of their first day. */
  private List<List<Integer>> weekends(Contract c) {
    WeekendDefinition definition = WeekendDefinition.ofInrcName(c.weekendDefinition());
    Map<LocalDate, List<Integer>> byStart = new LinkedHashMap<>();
    for (int d = 0; d < instance.dayCount(); d++) {
      LocalDate date = instance.startDate().plusDays(d);
      int position = definition.days().indexOf(date.getDayOfWeek());
      if (position >= 0) {
        byStart.computeIfAbsent(date.minusDays(position), k -> new ArrayList<>()).add(d);
      }
    }
    return new ArrayList<>(byStart.values());
  }

  private void weekendCost(Contract c, String[] line) {
    List<List<Integer>> weekends = weekends(c);
    List<Boolean> worked = new ArrayList<>();
    for (List<Integer> weekend : weekends) {
      worked.add(weekend.stream().anyMatch(d -> line[d] != null));
    }
    List<Integer> workedRuns = new ArrayList<>();
    int run = 0;
    for (boolean w : worked) {
      if (w) {
        run++;
      } else if (run > 0) {
        workedRuns.add(run);
        run = 0;
      }
    }
    if (run > 0) {
      workedRuns.add(run);
    }
    runs("MaxConsecutiveWorkingWeekends", c.maxConsecutiveWorkingWeekends(), workedRuns, true);
    runs("MinConsecutiveWorkingWeekends", c.minConsecutiveWorkingWeekends(), workedRuns, false);
    if (costs(c.maxWorkingWeekendsInFourWeeks())) {
      long count = worked.stream().filter(w -> w).count();
      add("MaxWorkingWeekendsInFourWeeks", c.maxWorkingWeekendsInFourWeeks().weight(),
          (int) Math.max(0, count - c.maxWorkingWeekendsInFourWeeks().value()));
    }
    for (int w = 0; w < weekends.size(); w++) {
      List<Integer> days = weekends.get(w);
      int k = days.size();
      if (costs(c.completeWeekends())) {
        int amount = 0;
        for (int i = 0; i < k; i++) {
          boolean works = line[days.get(i)] != null;
          boolean startsRun = works && (i == 0 || line[days.get(i - 1)] == null);
          boolean endsRun = works && (i == k - 1 || line[days.get(i + 1)] == null);
          if (startsRun && !(i == 0 && allWorked(line, days))) {
            amount += i;
          }
          if (endsRun && !(i == k - 1 && allWorked(line, days))) {
            amount += k - 1 - i;
          }
        }
        add("CompleteWeekends", c.completeWeekends().weight(), amount);
      }
      if (costs(c.identicalShiftTypesDuringWeekend())) {
        Map<String, Integer> perType = new HashMap<>();
        days.stream().filter(d -> line[d] != null).forEach(d -> perType.merge(line[d], 1, Integer::sum));
        int amount = 0;
        for (int count : perType.values()) {
          amount += k - count;
        }
        add("IdenticalShiftTypesDuringWeekend", c.identicalShiftTypesDuringWeekend().weight(), amount);
      }
      if (costs(c.noNightShiftBeforeFreeWeekend()) && !worked.get(w)) {
        int before = days.get(0) - 1;
        if (before >= 0 && line[before] != null && shiftTypes.get(line[before]).night()) {
          add("NoNightShiftBeforeFreeWeekend", c.noNightShiftBeforeFreeWeekend().weight(), 1);
        }
      }
    }
  }

  private static boolean allWorked(String[] line, List<Integer> days) {
    return days.stream().allMatch(d -> line[d] != null);
  }

  private boolean night(String[] line, int d) {
    return d < line.length && line[d] != null && shiftTypes.get(line[d]).night();
  }

  private void nightCost(Contract c, String[] line) {
    if (!costs(c.twoFreeDaysAfterNightShifts())) {
      return;
    }
    int series = 0;
    for (int d = 0; d < line.length; d++) {
      if (night(line, d) && !night(line, d + 1)) {
        boolean workNext = (d + 1 < line.length && line[d + 1] != null) || (d + 2 < line.length && line[d + 2] != null);
        series += workNext ? 1 : 0;
      }
    }
    add("TwoFreeDaysAfterNightShifts", c.twoFreeDaysAfterNightShifts().weight(), series);
  }

  private boolean matches(Pattern p, String[] line, int start) {
    for (int i = 0; i < p.entries().size(); i++) {
      PatternEntry entry = p.entries().get(i);
      DayOfWeek dow = instance.startDate().plusDays(start + i).getDayOfWeek();
      if (entry.day() != null && entry.day() != dow) {
        return false;
      }
      String s = line[start + i];
      boolean fits = switch (entry.shiftType()) {
        case "Any" -> s != null;
        case "None" -> s == null;
        default -> entry.shiftType().equals(s);
      };
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private void requests(Map<String, String[]> lines) {
    for (InrcInstance.DayRequest r : instance.dayOffRequests()) {
      if (lines.get(r.employeeId())[index(r.date())] != null) {
        add("DayOffRequests", r.weight(), 1);
      }
    }
    for (InrcInstance.DayRequest r : instance.dayOnRequests()) {
      if (lines.get(r.employeeId())[index(r.date())] == null) {
        add("DayOnRequests", r.weight(), 1);
      }
    }
    for (InrcInstance.ShiftRequest r : instance.shiftOffRequests()) {
      if (r.shiftTypeId().equals(lines.get(r.employeeId())[index(r.date())])) {
        add("ShiftOffRequests", r.weight(), 1);
      }
    }
    for (InrcInstance.ShiftRequest r : instance.shiftOnRequests()) {
      if (!r.shiftTypeId().equals(lines.get(r.employeeId())[index(r.date())])) {
        add("ShiftOnRequests", r.weight(), 1);
      }
    }
  }

  private int index(LocalDate date) {
    return (int) (date.toEpochDay() - instance.startDate().toEpochDay());
  }
}
