package chainsim.roster.branch;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.tree.Names;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The days actually worked before a roster's first day ({@code plan roster --history}), read from a
 * CSV with the columns {@code employee}, {@code date} and {@code shift} by header name ({@code skill}
 * too when present; others, such as a roster.csv's start and end, are ignored). A row is a shift
 * worked; a row with an empty shift, or no row at all, is a day off. The history covers every
 * employee from its earliest date to the day before the roster: days before that are not known.
 *
 * <p>This reads the file's shape (columns, dates, one row per person and day, every day before the
 * roster); {@link BranchRosterBuilder} checks its names against the employees file.
 *
 * @param from the earliest date of the file, the first day the history covers (null when it has no rows)
 */
public record WorkedHistory(Path file, LocalDate from, List<Day> days) {

  /** One day of one employee: the shift worked (null for a day off, an empty skill when not given). */
  public record Day(String employee, LocalDate date, String shift, String skill, int line, int employeeColumn,
      int shiftColumn, int skillColumn) {}

  public static final List<String> REQUIRED = List.of("employee", "date", "shift");

  public WorkedHistory {
    days = List.copyOf(days);
  }

  /**
   * Reads the file and checks its names against the employees file (the pool's pool-N ids pass here;
   * the roster checks them against its pool): every problem at once, each at its line and column.
   */
  public static WorkedHistory read(Path file, LocalDate firstDay, EmployeesFile employees) throws ScenarioException {
    WorkedHistory history = read(file, firstDay);
    HistoryBorders.check(history, employees,
        id -> id.startsWith("pool-") || employees.employees().stream().anyMatch(e -> e.id().equals(id)));
    return history;
  }

  /** Reads the file; every malformed row is a located problem, all at once. */
  public static WorkedHistory read(Path file, LocalDate firstDay) throws ScenarioException {
    List<String> lines = PreviousRoster.lines(file);
    String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
    List<String> names = PreviousRoster.fields(header).stream().map(f -> f.text().trim()).toList();
    List<Problem> problems = new ArrayList<>();
    for (String column : REQUIRED) {
      if (!names.contains(column)) {
        problems.add(new Problem(file, 1, 1, "", "no column " + Names.quote(column)
            + "; a history has the columns employee,date,shift (and skill, as a roster.csv has)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    int employee = names.indexOf("employee");
    int date = names.indexOf("date");
    int shift = names.indexOf("shift");
    int skill = names.indexOf("skill");
    List<Day> days = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      String row = lines.get(n);
      if (row.isBlank()) {
        continue;
      }
      int line = n + 1;
      List<PreviousRoster.Field> f = PreviousRoster.fields(row);
      if (f.size() < names.size()) {
        problems.add(new Problem(file, line, row.length() + 1, "", "expected " + names.size() + " fields, found "
            + f.size()));
        continue;
      }
      PreviousRoster.Field who = f.get(employee);
      PreviousRoster.Field when = f.get(date);
      LocalDate day;
      try {
        day = LocalDate.parse(when.text().trim());
      } catch (DateTimeParseException e) {
        problems.add(new Problem(file, line, when.column(), "", Names.quote(when.text())
            + " is not a date like 2027-07-05"));
        continue;
      }
      String id = who.text().trim();
      if (id.isEmpty()) {
        problems.add(new Problem(file, line, who.column(), "", "the employee must not be empty"));
        continue;
      }
      if (!day.isBefore(firstDay)) {
        problems.add(new Problem(file, line, when.column(), "", day + " is on or after the roster's first day, "
            + firstDay + "; a history holds the days worked before it"));
        continue;
      }
      Integer before = seen.put(id + "@" + day, line);
      if (before != null) {
        problems.add(new Problem(file, line, who.column(), "", id + " has a second row on " + day
            + " (first at line " + before + "); a history gives one shift a day at most"));
        continue;
      }
      String worked = f.get(shift).text().trim();
      PreviousRoster.Field withSkill = skill < 0 ? null : f.get(skill);
      days.add(new Day(id, day, worked.isEmpty() ? null : worked, withSkill == null ? "" : withSkill.text().trim(),
          line, who.column(), f.get(shift).column(), withSkill == null ? 0 : withSkill.column()));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    LocalDate from = days.stream().map(Day::date).min(LocalDate::compareTo).orElse(null);
    return new WorkedHistory(file, from, days);
  }
}
