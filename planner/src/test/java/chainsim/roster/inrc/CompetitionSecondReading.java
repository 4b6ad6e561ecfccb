package chainsim.roster.inrc;

import chainsim.roster.inrc.InrcInstance.Contract;
import chainsim.roster.inrc.InrcInstance.Employee;
import chainsim.roster.inrc.InrcInstance.Pattern;
import chainsim.roster.inrc.InrcInstance.PatternEntry;
import chainsim.roster.inrc.InrcInstance.Rule;
import chainsim.roster.inrc.InrcInstance.ShiftType;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * A second, independent reading of the INRC-2010 cost, written for the tests from the rule
 * definitions of two other implementations of the competition (read, not copied): OptaPlanner's
 * nurse-rostering example (runs as sequences of worked days, free runs as the gaps between them and
 * the period's ends; identical shift types per type worked on a weekend) and Legrain, Omer and
 * Rosat's NurseScheduler (complete weekends as the cost of each change between worked and free
 * inside a weekend; patterns literal; an alternative skill that is off costs nothing). Its
 * algorithms differ from {@link InrcCostEvaluator}'s on purpose, so a slip in either shows as a
 * difference; its readings are the competition's as those two implementations agree on them.
 */
final class CompetitionSecondReading {

  private final InrcInstance instance;
  private final Map<String, Integer> cost = new TreeMap<>();
  private final Map<String, ShiftType> types = new HashMap<>();

  private CompetitionSecondReading(InrcInstance instance) {
    this.instance = instance;
    instance.shiftTypes().forEach(t -> types.put(t.id(), t));
  }

  /** The cost by constraint (only those that cost something), named as the evaluator names them. */
  static Map<String, Integer> cost(InrcInstance instance, Map<String, String[]> solution) {
    CompetitionSecondReading reading = new CompetitionSecondReading(instance);
    for (Employee e : instance.employees()) {
      String[] line = solution.getOrDefault(e.id(), new String[instance.dayCount()]);
      reading.employee(e, line);
    }
    reading.requests(solution);
    reading.cost.values().removeIf(v -> v == 0);
    return reading.cost;
  }

  private void add(String name, Rule rule, int amount) {
    if (rule.on() && rule.weight() != 0 && amount != 0) {
      cost.merge(name, rule.weight() * amount, Integer::sum);
    }
  }

  private Contract contract(Employee e) {
    return instance.contracts().stream().filter(c -> c.id().equals(e.contractId())).findFirst().orElseThrow();
  }

  private DayOfWeek dayOfWeek(int d) {
    return instance.startDate().plusDays(d).getDayOfWeek();
  }

  private void employee(Employee e, String[] line) {
    Contract c = contract(e);
    int n = line.length;
    List<int[]> sequences = sequences(line);
    int worked = 0;
    for (int[] s : sequences) {
      worked += s[1] - s[0] + 1;
    }
    add("MaxNumAssignments", c.maxNumAssignments(), Math.max(0, worked - c.maxNumAssignments().value()));
    add("MinNumAssignments", c.minNumAssignments(), Math.max(0, c.minNumAssignments().value() - worked));
    List<Integer> workRuns = new ArrayList<>();
    List<Integer> freeRuns = new ArrayList<>();
    int previousEnd = -1;
    for (int[] s : sequences) {
      workRuns.add(s[1] - s[0] + 1);
      if (s[0] - previousEnd - 1 > 0) {
        freeRuns.add(s[0] - previousEnd - 1);
      }
      previousEnd = s[1];
    }
    if (n - 1 - previousEnd > 0) {
      freeRuns.add(n - 1 - previousEnd);
    }
    limits("ConsecutiveWorkingDays", c.maxConsecutiveWorkingDays(), c.minConsecutiveWorkingDays(), workRuns);
    limits("ConsecutiveFreeDays", c.maxConsecutiveFreeDays(), c.minConsecutiveFreeDays(), freeRuns);
    weekends(c, line);
    nights(c, line);
    int unqualified = 0;
    for (String s : line) {
      if (s != null && !e.skills().containsAll(types.get(s).skills())) {
        unqualified++;
      }
    }
    add("AlternativeSkillCategory", c.alternativeSkillCategory(), unqualified);
    patterns(c, line);
  }

  /** Maximal runs of worked days as {first, last} day indexes. */
  private static List<int[]> sequences(String[] line) {
    List<int[]> out = new ArrayList<>();
    for (int d = 0; d < line.length; d++) {
      if (line[d] != null && (d == 0 || line[d - 1] == null)) {
        int end = d;
        while (end + 1 < line.length && line[end + 1] != null) {
          end++;
        }
        out.add(new int[] {d, end});
      }
    }
    return out;
  }

  private void limits(String name, Rule max, Rule min, List<Integer> runs) {
    for (int run : runs) {
      add("Max" + name, max, Math.max(0, run - max.value()));
      add("Min" + name, min, Math.max(0, min.value() - run));
    }
  }

  /** The weekends of the contract's definition inside the period, each as its day indexes in order. */
  private List<List<Integer>> weekendDays(Contract c) {
    List<DayOfWeek> definition = switch (c.weekendDefinition()) {
      case "FridaySaturdaySunday" -> List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      case "FridaySaturdaySundayMonday" ->
          List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
      case "SaturdaySundayMonday" -> List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
      default -> List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    };
    List<List<Integer>> weekends = new ArrayList<>();
    List<Integer> current = null;
    for (int d = 0; d < instance.dayCount(); d++) {
      int position = definition.indexOf(dayOfWeek(d));
      if (position < 0) {
        current = null;
        continue;
      }
      if (current == null || position == 0) {
        current = new ArrayList<>();
        weekends.add(current);
      }
      current.add(d);
    }
    return weekends;
  }

  private void weekends(Contract c, String[] line) {
    List<List<Integer>> weekends = weekendDays(c);
    String[] workedWeekends = new String[weekends.size()];
    for (int w = 0; w < weekends.size(); w++) {
      boolean worked = weekends.get(w).stream().anyMatch(d -> line[d] != null);
      workedWeekends[w] = worked ? "W" : null;
    }
    List<Integer> runs = new ArrayList<>();
    sequences(workedWeekends).forEach(s -> runs.add(s[1] - s[0] + 1));
    limits("ConsecutiveWorkingWeekends", c.maxConsecutiveWorkingWeekends(), c.minConsecutiveWorkingWeekends(), runs);
    add("MaxWorkingWeekendsInFourWeeks", c.maxWorkingWeekendsInFourWeeks(),
        Math.max(0, runs.stream().mapToInt(Integer::intValue).sum() - c.maxWorkingWeekendsInFourWeeks().value()));
    for (int w = 0; w < weekends.size(); w++) {
      List<Integer> days = weekends.get(w);
      int k = days.size();
      // complete weekends: each change between worked and free inside the weekend costs the days on
      // the other side of it (a stop after position p costs the k - p days left, a start at p the p before)
      int changes = 0;
      for (int p = 1; p < k; p++) {
        boolean before = line[days.get(p - 1)] != null;
        boolean now = line[days.get(p)] != null;
        if (before && !now) {
          changes += k - p;
        } else if (!before && now) {
          changes += p;
        }
      }
      add("CompleteWeekends", c.completeWeekends(), changes);
      // identical shift types: each worked day not yet matched counts the weekend days without its type
      boolean[] matched = new boolean[k];
      int differences = 0;
      for (int i = 0; i < k; i++) {
        String s = line[days.get(i)];
        if (s == null || matched[i]) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          if (s.equals(line[days.get(j)])) {
            matched[j] = true;
          } else {
            differences++;
          }
        }
      }
      add("IdenticalShiftTypesDuringWeekend", c.identicalShiftTypesDuringWeekend(), differences);
      int before = days.get(0) - 1;
      if (workedWeekends[w] == null && before >= 0 && line[before] != null && types.get(line[before]).night()) {
        add("NoNightShiftBeforeFreeWeekend", c.noNightShiftBeforeFreeWeekend(), 1);
      }
    }
  }

  private boolean night(String[] line, int d) {
    return d < line.length && line[d] != null && types.get(line[d]).night();
  }

  private void nights(Contract c, String[] line) {
    int series = 0;
    for (int d = 0; d < line.length; d++) {
      boolean lastNight = night(line, d) && !night(line, d + 1);
      boolean workSoon = (d + 1 < line.length && line[d + 1] != null) || (d + 2 < line.length && line[d + 2] != null);
      if (lastNight && workSoon) {
        series++;
      }
    }
    add("TwoFreeDaysAfterNightShifts", c.twoFreeDaysAfterNightShifts(), series);
  }

  /** Patterns as regular expressions over the line written "day-of-week:shift;" per day ("-" free). */
  private void patterns(Contract c, String[] line) {
    StringBuilder text = new StringBuilder();
    int[] dayStart = new int[line.length];
    for (int d = 0; d < line.length; d++) {
      dayStart[d] = text.length();
      text.append(dayOfWeek(d).getValue()).append(':').append(line[d] == null ? "-" : line[d]).append(';');
    }
    for (String id : c.unwantedPatterns()) {
      Pattern p = instance.patterns().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
      StringBuilder regex = new StringBuilder();
      for (PatternEntry e : p.entries()) {
        regex.append(e.day() == null ? "[1-7]" : Integer.toString(e.day().getValue())).append(':');
        regex.append(switch (e.shiftType()) {
          case "Any" -> "[^-;][^;]*";
          case "None" -> "-";
          default -> java.util.regex.Pattern.quote(e.shiftType());
        }).append(';');
      }
      Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(text);
      int matches = 0;
      for (int start : dayStart) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          matches++;
        }
      }
      if (matches > 0) {
        cost.merge("UnwantedPatterns", p.weight() * matches, Integer::sum);
      }
    }
  }

  private void requests(Map<String, String[]> solution) {
    Map<String, String[]> lines = new HashMap<>();
    instance.employees().forEach(e -> lines.put(e.id(), solution.getOrDefault(e.id(), new String[instance.dayCount()])));
    for (var r : instance.dayOffRequests()) {
      cost.merge("DayOffRequests", lines.get(r.employeeId())[day(r.date())] != null ? r.weight() : 0, Integer::sum);
    }
    for (var r : instance.dayOnRequests()) {
      cost.merge("DayOnRequests", lines.get(r.employeeId())[day(r.date())] == null ? r.weight() : 0, Integer::sum);
    }
    for (var r : instance.shiftOffRequests()) {
      boolean worked = r.shiftTypeId().equals(lines.get(r.employeeId())[day(r.date())]);
      cost.merge("ShiftOffRequests", worked ? r.weight() : 0, Integer::sum);
    }
    for (var r : instance.shiftOnRequests()) {
      boolean worked = r.shiftTypeId().equals(lines.get(r.employeeId())[day(r.date())]);
      cost.merge("ShiftOnRequests", worked ? 0 : r.weight(), Integer::sum);
    }
  }

  private int day(java.time.LocalDate date) {
    return (int) (date.toEpochDay() - instance.startDate().toEpochDay());
  }
}
