package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.Wish;
import chainsim.roster.branch.EmployeesFormat.Branch;
import chainsim.roster.branch.EmployeesFormat.Contract;
import chainsim.roster.branch.EmployeesFormat.Cover;
import chainsim.roster.branch.EmployeesFormat.Employee;
import chainsim.roster.branch.EmployeesFormat.Leave;
import chainsim.roster.branch.EmployeesFormat.Request;
import chainsim.roster.branch.EmployeesFormat.Shift;
import chainsim.scenario.format.RecordFile;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Suggestions;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules between the values of an employees file, the second pass after the shape check (as
 * {@code BusinessRules} is for a scenario): every skill one of the scenario's, every contract and
 * shift named one the file has, cover someone can work and that adds up, dates that exist. They
 * run on every part whose shape is right; an id the file declares in a part with a shape problem
 * is not reported again where it is named.
 */
final class EmployeesFileRules {
  private final RecordFile<Branch> file;
  private final Branch branch;
  private final List<String> scenarioSkills;
  /** Ids declared in the file, even where their entry has a shape problem. */
  private final Set<String> declaredShifts;
  private final Set<String> declaredContracts;

  private EmployeesFileRules(RecordFile<Branch> file, List<String> scenarioSkills) {
    this.file = file;
    this.branch = file.records();
    this.scenarioSkills = List.copyOf(scenarioSkills);
    this.declaredShifts = declaredIds(file.tree(), "shifts");
    this.declaredContracts = declaredIds(file.tree(), "contracts");
  }

  /** Adds to the file every rule its bound parts break. */
  static void check(RecordFile<Branch> file, List<String> scenarioSkills) {
    if (file.records() == null) {
      return;
    }
    EmployeesFileRules rules = new EmployeesFileRules(file, scenarioSkills);
    rules.timeZone();
    rules.shifts();
    rules.contracts();
    rules.rosteredSkills();
    rules.employees();
    rules.everyRosteredSkillHasSomeone();
    rules.cover();
    rules.closed();
  }

  /** The skills rostered: those the file names, or those of its employees. */
  static List<String> rosteredSkills(Branch branch) {
    Set<String> skills = new LinkedHashSet<>();
    if (branch.skills() != null) {
      skills.addAll(branch.skills());
    } else {
      branch.employees().forEach(e -> skills.addAll(e.skills()));
    }
    return List.copyOf(skills);
  }

  private void timeZone() {
    if (branch.timeZone() == null) {
      return;
    }
    try {
      ZoneId.of(branch.timeZone());
    } catch (DateTimeException e) {
      file.problem("time_zone", Names.quote(branch.timeZone()) + " is not a time zone like Asia/Shanghai");
    }
  }

  private void shifts() {
    for (Shift s : list(branch.shifts())) {
      if (s.start().equals(s.end())) {
        file.problem("shifts[" + s.id() + "].end", "a shift must end at another time than it starts");
      }
    }
  }

  private void contracts() {
    for (Contract c : list(branch.contracts())) {
      if (c.maxHoursPerWeek() != null && c.maxHoursPerWeek() < c.hoursPerWeek()) {
        file.problem("contracts[" + c.id() + "].max_hours_per_week",
            "must be at least hours_per_week (" + c.hoursPerWeek() + "), not " + c.maxHoursPerWeek());
      }
    }
  }

  private void rosteredSkills() {
    List<String> skills = list(branch.skills());
    for (int i = 0; i < skills.size(); i++) {
      knownSkill(skills.get(i), "skills[" + i + "]");
    }
  }

  private void employees() {
    List<String> contracts = list(branch.contracts()).stream().map(Contract::id).toList();
    List<String> shifts = list(branch.shifts()).stream().map(Shift::id).toList();
    for (Employee e : list(branch.employees())) {
      String path = "employees[" + e.id() + "]";
      if (e.id().startsWith("pool-")) {
        file.problem(path + ".id", "ids starting with 'pool-' are kept for the emergency pool");
      }
      contract(e, path, contracts);
      employeeSkills(e, path);
      List<Leave> leave = list(e.unavailable());
      for (int i = 0; i < leave.size(); i++) {
        leave(leave.get(i), path + ".unavailable[" + i + "]");
      }
      List<Request> requests = list(e.requests());
      for (int i = 0; i < requests.size(); i++) {
        request(requests.get(i), path + ".requests[" + i + "]", shifts);
      }
    }
  }

  private void contract(Employee e, String path, List<String> contracts) {
    String c = e.contract();
    if (contracts.contains(c) || declaredContracts.contains(c)) {
      return; // a declared contract with a problem of its own is reported where it is
    }
    String near = Suggestions.closest(c, contracts);
    file.problem(path + ".contract", "unknown contract " + Names.quote(c)
        + (near != null ? "; did you mean '" + near + "'?" : "; contracts are " + String.join(", ", contracts)));
  }

  private void employeeSkills(Employee e, String path) {
    List<String> rostered = branch.skills();
    for (int i = 0; i < e.skills().size(); i++) {
      String s = e.skills().get(i);
      String at = path + ".skills[" + i + "]";
      if (knownSkill(s, at) && rostered != null && !rostered.contains(s)) {
        file.problem(at, "skill " + Names.quote(s) + " is not rostered at this branch (skills: "
            + String.join(", ", rostered) + ")");
      }
    }
  }

  private void leave(Leave leave, String path) {
    LocalDate from = date(leave.from(), path + ".from");
    LocalDate to = date(leave.to(), path + ".to");
    if (from != null && to != null && to.isBefore(from)) {
      file.problem(path + ".to", "ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private void request(Request r, String path, List<String> shifts) {
    date(r.date(), path + ".date");
    boolean aboutAShift = r.wants() == Wish.SHIFT_OFF || r.wants() == Wish.SHIFT_ON;
    String wish = r.wants().name().toLowerCase(Locale.ROOT);
    if (r.shift() != null && !shifts.contains(r.shift())) {
      if (!declaredShifts.contains(r.shift())) {
        file.problem(path + ".shift", "unknown shift " + Names.quote(r.shift()) + "; shifts are "
            + String.join(", ", shifts));
      }
    } else if (aboutAShift && r.shift() == null) {
      file.problem(path, wish + " needs a shift");
    } else if (!aboutAShift && r.shift() != null) {
      file.problem(path + ".shift", wish + " is about the whole day; use shift_off or shift_on for one shift");
    }
  }

  private void everyRosteredSkillHasSomeone() {
    List<String> skills = list(branch.skills());
    List<Employee> employees = list(branch.employees());
    for (int i = 0; i < skills.size(); i++) {
      String skill = skills.get(i);
      if (scenarioSkills.contains(skill) && !employees.isEmpty()
          && employees.stream().noneMatch(e -> e.skills().contains(skill))) {
        file.problem("skills[" + i + "]", "impossible cover: no employee has skill " + Names.quote(skill)
            + "; add someone who has it or remove it from skills");
      }
    }
  }

  private void cover() {
    List<String> rostered = rosteredSkills(branch);
    List<Shift> shifts = list(branch.shifts());
    List<String> shiftIds = shifts.stream().map(Shift::id).toList();
    List<Cover> cover = list(branch.cover());
    for (int i = 0; i < cover.size(); i++) {
      coverEntry(cover.get(i), "cover[" + i + "]", shifts, shiftIds, rostered);
    }
  }

  private void coverEntry(Cover c, String path, List<Shift> shifts, List<String> shiftIds, List<String> rostered) {
    Shift shift = shifts.stream().filter(s -> s.id().equals(c.shift())).findFirst().orElse(null);
    if (shift == null && !declaredShifts.contains(c.shift())) {
      String near = Suggestions.closest(c.shift(), shiftIds);
      file.problem(path + ".shift", "unknown shift " + Names.quote(c.shift())
          + (near != null ? "; did you mean '" + near + "'?" : "; shifts are " + String.join(", ", shiftIds)));
    }
    boolean known = knownSkill(c.skill(), path + ".skill");
    List<String> dates = list(c.dates());
    for (int d = 0; d < dates.size(); d++) {
      date(dates.get(d), path + ".dates[" + d + "]");
    }
    int min = c.min() == null ? 0 : c.min();
    int target = c.target() == null ? min : c.target();
    if (target < min) {
      file.problem(path + ".target", "must be at least min (" + min + "), not " + target);
    } else if (c.max() != null && c.max() < target) {
      file.problem(path + ".max", "must be at least target (" + target + "), not " + c.max());
    } else if (shift != null && c.days() != null && !days(shift.days()).containsAll(days(c.days()))) {
      file.problem(path + ".days", "shift " + Names.quote(shift.id()) + " does not run on every one of these days");
    } else if (known && !rostered.contains(c.skill())) {
      boolean someone = list(branch.employees()).stream().anyMatch(e -> e.skills().contains(c.skill()));
      file.problem(path + ".skill", someone
          ? "skill " + Names.quote(c.skill()) + " is not rostered at this branch (skills: " + String.join(", ", rostered)
              + ")"
          : "impossible cover: no employee has skill " + Names.quote(c.skill()));
    }
  }

  private void closed() {
    List<String> closed = list(branch.closed());
    for (int i = 0; i < closed.size(); i++) {
      date(closed.get(i), "closed[" + i + "]");
    }
  }

  /** True for a skill of the scenario; otherwise an "unknown skill" problem with the closest one. */
  private boolean knownSkill(String skill, String path) {
    if (scenarioSkills.contains(skill)) {
      return true;
    }
    String near = Suggestions.closest(skill, scenarioSkills);
    file.problem(path, "unknown skill " + Names.quote(skill) + (near != null ? "; did you mean '" + near + "'?"
        : "; the scenario's skills are " + String.join(", ", scenarioSkills)));
    return false;
  }

  /** A date the pattern lets through that the calendar does not have (2027-02-30) is a problem too. */
  private LocalDate date(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      file.problem(path, "must be " + EmployeesFormat.DATE_MEANS + ", got " + Names.quote(text));
      return null;
    }
  }

  /** Days of the week as written (mon, Monday, ...). */
  static Set<DayOfWeek> days(List<String> written) {
    Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
    for (String t : written) {
      String lower = t.toLowerCase(Locale.ROOT);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().toLowerCase(Locale.ROOT).startsWith(lower.substring(0, 3))) {
          days.add(d);
        }
      }
    }
    return days;
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** The ids written in a top-level list of the tree, whatever else is wrong with their items. */
  private static Set<String> declaredIds(MapNode tree, String key) {
    Set<String> ids = new LinkedHashSet<>();
    if (tree != null && tree.get(key) instanceof ListNode list) {
      for (Node item : list.items()) {
        String id = item instanceof MapNode m ? m.scalarText("id") : null;
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
