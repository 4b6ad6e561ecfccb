package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.ContractDef;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.domain.BorderRuns;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WorkHistory;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Suggestions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns the days worked before a roster ({@link WorkedHistory}) into each person's
 * {@link WorkHistory}: the runs at the border (the same {@link BorderRuns} fold INRC-II's history
 * goes through), the weekends worked in the four-week window of {@code max_weekends_per_four_weeks},
 * and the minutes worked so far in the first day's month. Checks the file's names against the
 * employees file (an unknown employee or shift is a located problem, with the closest name).
 */
final class HistoryBorders {

  private final EmployeesFile file;
  private final LocalDate firstDay;
  private final int weeks;
  private final Map<String, ShiftType> types;
  private final List<String> notes;

  /**
   * @param types the roster's shift types by id ({@code shift/skill})
   * @param notes where to say what the history decides
   */
  HistoryBorders(EmployeesFile file, LocalDate firstDay, int weeks, Map<String, ShiftType> types, List<String> notes) {
    this.file = file;
    this.firstDay = firstDay;
    this.weeks = weeks;
    this.types = types;
    this.notes = notes;
  }

  /** Sets every staff member's history (the pool's too, by their pool-N ids); nothing when the file has no rows. */
  void apply(WorkedHistory history, List<StaffMember> staff, Map<StaffMember, EmployeeDef> employeeOf)
      throws ScenarioException {
    Map<String, StaffMember> byId = new HashMap<>();
    staff.forEach(m -> byId.put(m.getId(), m));
    Map<String, Map<LocalDate, ShiftType>> worked = worked(history, byId);
    if (history.from() == null) {
      return; // no rows: nothing before the first day is known
    }
    List<String> decided = new ArrayList<>();
    for (StaffMember m : staff) {
      Map<LocalDate, ShiftType> days = worked.getOrDefault(m.getId(), Map.of());
      List<ShiftType> line = new ArrayList<>();
      int minutesThisMonth = 0;
      LocalDate monthStart = firstDay.withDayOfMonth(1);
      for (LocalDate d = history.from(); d.isBefore(firstDay); d = d.plusDays(1)) {
        ShiftType t = days.get(d);
        line.add(t);
        if (t != null && !d.isBefore(monthStart)) {
          minutesThisMonth += t.durationMinutes();
        }
      }
      BorderRuns runs = BorderRuns.NONE.after(line);
      int[] weekends = weekends(days, history.from(), employeeOf.get(m));
      WorkHistory h = new WorkHistory(runs, weekends[0], weekends[1], minutesThisMonth);
      m.setHistory(h);
      if (h.workDays() > 0 || weekends[2] > 0) {
        decided.add(m.getId() + " " + describe(h, weekends[2]));
      }
    }
    // said only when the history decides something, so one that carries nothing changes no file
    if (!decided.isEmpty()) {
      notes.add("history: " + history.file() + ", the days worked from " + history.from() + " to "
          + firstDay.minusDays(1) + "; carried over: " + String.join("; ", decided));
    }
  }

  private static String describe(WorkHistory h, int windowWeekends) {
    List<String> parts = new ArrayList<>();
    if (h.workDays() > 0) {
      parts.add(h.workDays() + (h.workDays() == 1 ? " day" : " days") + " in a row, last " + h.lastShift().getId()
          .split("/")[0]);
    }
    if (windowWeekends > 0) {
      parts.add(h.weekendsWorked() + " of the " + windowWeekends + (windowWeekends == 1 ? " weekend" : " weekends")
          + " before it in the four-week window worked");
    }
    return String.join(", ", parts);
  }

  /** Each employee's shift types by date (the names checked by {@link #check}). */
  private Map<String, Map<LocalDate, ShiftType>> worked(WorkedHistory history, Map<String, StaffMember> byId)
      throws ScenarioException {
    check(history, file, byId::containsKey);
    Map<String, Map<LocalDate, ShiftType>> out = new HashMap<>();
    for (WorkedHistory.Day d : history.days()) {
      if (d.shift() != null) {
        // the skill only names the type; the rules read the shift's times (the first rostered skill when not given)
        String skill = d.skill().isEmpty() ? file.skills().get(0) : d.skill();
        out.computeIfAbsent(d.employee(), k -> new HashMap<>()).put(d.date(), types.get(d.shift() + "/" + skill));
      }
    }
    return out;
  }

  /**
   * Every problem with the history's names, at its line and column, with the closest name: an
   * employee the file does not have ({@code known}: the pool's pool-N too), a shift, a skill not rostered.
   */
  static void check(WorkedHistory history, EmployeesFile file, Predicate<String> known) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<String> employees = file.employees().stream().map(EmployeeDef::id).toList();
    List<String> shifts = file.shifts().stream().map(ShiftDef::id).toList();
    for (WorkedHistory.Day d : history.days()) {
      if (!known.test(d.employee())) {
        problems.add(new Problem(history.file(), d.line(), d.employeeColumn(), "", "unknown employee "
            + Names.quote(d.employee()) + Suggestions.hint(d.employee(), employees)
            + "; the history names people of the employees file"));
      } else if (d.shift() != null && file.shift(d.shift()).isEmpty()) {
        problems.add(new Problem(history.file(), d.line(), d.shiftColumn(), "", "unknown shift "
            + Names.quote(d.shift()) + Suggestions.hint(d.shift(), shifts) + "; the employees file's shifts are "
            + String.join(", ", shifts)));
      } else if (d.shift() != null && !d.skill().isEmpty() && !file.skills().contains(d.skill())) {
        problems.add(new Problem(history.file(), d.line(), d.skillColumn(), "", "skill " + Names.quote(d.skill())
            + " is not rostered at this branch (skills: " + String.join(", ", file.skills()) + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  /**
   * {weekends worked, allowance they add, weekends of the window the history covers}: the window of {@code max_weekends_per_four_weeks} is the
   * four weeks ending with the roster's last, so a roster of N &lt; 4 weeks looks back at the 4 − N
   * weekends before it, those the history covers whole. The allowance of the window they and the
   * period make is scaled to its weekends as the period's own is (rounded up); nothing for a contract
   * without the rule or a roster of four weeks or more.
   */
  private int[] weekends(Map<LocalDate, ShiftType> days, LocalDate from, EmployeeDef employee) {
    ContractDef c = employee == null ? null : file.contract(employee.contract()).orElse(null);
    if (c == null || c.maxWeekendsPerFourWeeks() == null || weeks >= 4) {
      return new int[] {0, 0, 0};
    }
    LocalDate saturday = firstDay.minusDays(firstDay.getDayOfWeek().getValue() + 1L);
    int known = 0;
    int worked = 0;
    for (int k = 0; k < 4 - weeks; k++, saturday = saturday.minusWeeks(1)) {
      if (saturday.isBefore(from) || saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
        break;
      }
      known++;
      if (days.containsKey(saturday) || days.containsKey(saturday.plusDays(1))) {
        worked++;
      }
    }
    int max = c.maxWeekendsPerFourWeeks();
    int allowance = (int) Math.ceil(max * (known + weeks) / 4.0) - (int) Math.ceil(max * weeks / 4.0);
    return new int[] {worked, allowance, known};
  }
}
