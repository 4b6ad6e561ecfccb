package chainsim.roster.inrc;

import chainsim.roster.inrc.InrcInstance.Contract;
import chainsim.roster.inrc.InrcInstance.DayRequest;
import chainsim.roster.inrc.InrcInstance.Employee;
import chainsim.roster.inrc.InrcInstance.Pattern;
import chainsim.roster.inrc.InrcInstance.PatternEntry;
import chainsim.roster.inrc.InrcInstance.Rule;
import chainsim.roster.inrc.InrcInstance.ShiftRequest;
import chainsim.roster.inrc.InrcInstance.ShiftType;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an INRC-2010 instance ({@code competition.xsd}: {@code SchedulingPeriod}) and checks that
 * it can be rostered: every reference resolves and no day needs more nurses than there are.
 * Problems are reported as {@link InrcFormatException}s naming the file and line.
 */
public final class InrcXmlReader {

  private final Path file;

  private InrcXmlReader(Path file) {
    this.file = file;
  }

  public static InrcInstance read(Path file) {
    return new InrcXmlReader(file).read();
  }

  private InrcFormatException error(XmlElement at, String problem) {
    return new InrcFormatException(file, at == null ? 0 : at.line, problem);
  }

  private InrcInstance read() {
    XmlElement root = XmlElement.parse(file);
    if (!root.name.equals("SchedulingPeriod")) {
      throw error(root, "expected a <SchedulingPeriod> root element, found <" + root.name + ">");
    }
    String id = root.attributes.getOrDefault("ID", file.getFileName().toString());
    LocalDate start = date(required(root, "StartDate"));
    LocalDate end = date(required(root, "EndDate"));
    if (end.isBefore(start)) {
      throw error(root.child("EndDate"), "EndDate " + end + " is before StartDate " + start);
    }
    List<String> skills = new ArrayList<>();
    for (XmlElement s : list(root, "Skills", "Skill")) {
      if (skills.contains(s.text())) {
        throw error(s, "skill '" + s.text() + "' is declared twice");
      }
      skills.add(s.text());
    }
    List<ShiftType> shiftTypes = readShiftTypes(root, skills);
    Set<String> shiftIds = new HashSet<>();
    shiftTypes.forEach(t -> shiftIds.add(t.id()));
    List<Pattern> patterns = readPatterns(root, shiftIds);
    Set<String> patternIds = new HashSet<>();
    patterns.forEach(p -> patternIds.add(p.id()));
    List<Contract> contracts = new ArrayList<>();
    for (XmlElement c : list(root, "Contracts", "Contract")) {
      contracts.add(readContract(c, patternIds));
    }
    Set<String> contractIds = new HashSet<>();
    contracts.forEach(c -> contractIds.add(c.id()));
    List<Employee> employees = readEmployees(root, skills, contractIds);
    Set<String> employeeIds = new HashSet<>();
    employees.forEach(e -> employeeIds.add(e.id()));
    Map<LocalDate, Map<String, Integer>> cover = readCover(root, start, end, shiftIds, employees.size());
    return new InrcInstance(id, file, start, end, List.copyOf(skills), shiftTypes, patterns, contracts, employees,
        cover,
        readDayRequests(root, "DayOffRequests", "DayOff", employeeIds, start, end),
        readDayRequests(root, "DayOnRequests", "DayOn", employeeIds, start, end),
        readShiftRequests(root, "ShiftOffRequests", "ShiftOff", employeeIds, shiftIds, start, end),
        readShiftRequests(root, "ShiftOnRequests", "ShiftOn", employeeIds, shiftIds, start, end));
  }

  private List<ShiftType> readShiftTypes(XmlElement root, List<String> skills) {
    List<ShiftType> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (XmlElement s : list(root, "ShiftTypes", "Shift")) {
      String id = attribute(s, "ID");
      if (!seen.add(id) || id.equals("Any") || id.equals("None")) {
        throw error(s, "shift type ID '" + id + "' is declared twice or is a reserved word");
      }
      List<String> required = new ArrayList<>();
      for (XmlElement k : list(s, "Skills", "Skill")) {
        if (!skills.contains(k.text())) {
          throw error(k, "shift type " + id + " requires unknown skill '" + k.text() + "'");
        }
        required.add(k.text());
      }
      XmlElement description = s.child("Description");
      types.add(new ShiftType(id, time(required(s, "StartTime")), time(required(s, "EndTime")),
          description == null ? id : description.text(), List.copyOf(required)));
    }
    if (types.isEmpty()) {
      throw error(root, "no shift types declared");
    }
    return List.copyOf(types);
  }

  private List<Pattern> readPatterns(XmlElement root, Set<String> shiftIds) {
    List<Pattern> patterns = new ArrayList<>();
    for (XmlElement p : list(root, "Patterns", "Pattern")) {
      TreeMap<Integer, PatternEntry> entries = new TreeMap<>();
      for (XmlElement e : list(p, "PatternEntries", "PatternEntry")) {
        String shift = required(e, "ShiftType").text();
        if (!shift.equals("Any") && !shift.equals("None") && !shiftIds.contains(shift)) {
          throw error(e, "pattern " + attribute(p, "ID") + " uses unknown shift type '" + shift + "'");
        }
        String day = required(e, "Day").text();
        entries.put(integer(e, e.attributes.getOrDefault("index", Integer.toString(entries.size()))),
            new PatternEntry(shift, day.equals("Any") ? null : dayOfWeek(e, day)));
      }
      if (entries.isEmpty()) {
        throw error(p, "pattern " + attribute(p, "ID") + " has no entries");
      }
      patterns.add(new Pattern(attribute(p, "ID"), integer(p, attribute(p, "weight")),
          List.copyOf(entries.values())));
    }
    return List.copyOf(patterns);
  }

  private Contract readContract(XmlElement c, Set<String> patternIds) {
    String id = attribute(c, "ID");
    XmlElement weekend = c.child("WeekendDefinition");
    String weekendDefinition = weekend == null ? "SaturdaySunday" : weekend.text();
    if (chainsim.roster.domain.WeekendDefinition.ofInrcName(weekendDefinition) == null) {
      throw error(weekend, "contract " + id + " has unknown weekend definition '" + weekendDefinition + "'");
    }
    List<String> unwanted = new ArrayList<>();
    for (XmlElement p : list(c, "UnwantedPatterns", "Pattern")) {
      if (!patternIds.contains(p.text())) {
        throw error(p, "contract " + id + " refers to unknown pattern '" + p.text() + "'");
      }
      unwanted.add(p.text());
    }
    XmlElement description = c.child("Description");
    return new Contract(id, description == null ? id : description.text(),
        limit(c, "MaxNumAssignments"), limit(c, "MinNumAssignments"),
        limit(c, "MaxConsecutiveWorkingDays"), limit(c, "MinConsecutiveWorkingDays"),
        limit(c, "MaxConsecutiveFreeDays"), limit(c, "MinConsecutiveFreeDays"),
        limit(c, "MaxConsecutiveWorkingWeekends"), limit(c, "MinConsecutiveWorkingWeekends"),
        limit(c, "MaxWorkingWeekendsInFourWeeks"), weekendDefinition,
        flag(c, "CompleteWeekends"), flag(c, "IdenticalShiftTypesDuringWeekend"),
        flag(c, "NoNightShiftBeforeFreeWeekend"), flag(c, "TwoFreeDaysAfterNightShifts"),
        flag(c, "AlternativeSkillCategory"), List.copyOf(unwanted));
  }

  /** {@code <MaxNumAssignments on="1" weight="1">16</...>}; a missing element is off. */
  private Rule limit(XmlElement contract, String name) {
    XmlElement e = contract.child(name);
    if (e == null) {
      return Rule.OFF;
    }
    return new Rule("1".equals(e.attributes.getOrDefault("on", "1")), integer(e, e.attributes.getOrDefault("weight", "0")),
        integer(e, e.text()));
  }

  /** {@code <CompleteWeekends weight="1">true</...>}; a missing element is off. */
  private Rule flag(XmlElement contract, String name) {
    XmlElement e = contract.child(name);
    if (e == null) {
      return Rule.OFF;
    }
    String text = e.text().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw error(e, name + " must be true or false, not '" + e.text() + "'");
    }
    return new Rule(text.equals("true"), integer(e, e.attributes.getOrDefault("weight", "0")), 0);
  }

  private List<Employee> readEmployees(XmlElement root, List<String> skills, Set<String> contractIds) {
    List<Employee> employees = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (XmlElement e : list(root, "Employees", "Employee")) {
      String id = attribute(e, "ID");
      if (!seen.add(id)) {
        throw error(e, "employee " + id + " is declared twice");
      }
      XmlElement contract = e.child("ContractID");
      if (contract == null || contract.text().isEmpty()) {
        throw error(e, "employee " + id + " has no contract");
      }
      if (!contractIds.contains(contract.text())) {
        throw error(contract, "employee " + id + " has unknown contract '" + contract.text() + "'");
      }
      List<String> has = new ArrayList<>();
      for (XmlElement k : list(e, "Skills", "Skill")) {
        if (!skills.contains(k.text())) {
          throw error(k, "employee " + id + " has unknown skill '" + k.text() + "'");
        }
        has.add(k.text());
      }
      XmlElement name = e.child("Name");
      employees.add(new Employee(id, name == null ? id : name.text(), contract.text(), List.copyOf(has)));
    }
    if (employees.isEmpty()) {
      throw error(root, "no employees declared");
    }
    return List.copyOf(employees);
  }

  /**
   * Day-of-week cover applies to every matching date; a date-specific cover replaces it for the
   * shift types it names on that date.
   */
  private Map<LocalDate, Map<String, Integer>> readCover(XmlElement root, LocalDate start, LocalDate end,
      Set<String> shiftIds, int employeeCount) {
    XmlElement requirements = root.child("CoverRequirements");
    Map<LocalDate, Map<String, Integer>> cover = new TreeMap<>();
    Map<LocalDate, XmlElement> where = new LinkedHashMap<>();
    if (requirements == null) {
      return cover;
    }
    for (XmlElement dow : requirements.children("DayOfWeekCover")) {
      DayOfWeek day = dayOfWeek(dow, required(dow, "Day").text());
      for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == day) {
          putCover(cover, d, dow, shiftIds);
          where.put(d, dow);
        }
      }
    }
    for (XmlElement specific : requirements.children("DateSpecificCover")) {
      LocalDate d = date(required(specific, "Date"));
      if (d.isBefore(start) || d.isAfter(end)) {
        throw error(specific, "cover for " + d + " is outside the scheduling period " + start + ".." + end);
      }
      putCover(cover, d, specific, shiftIds);
      where.put(d, specific);
    }
    for (Map.Entry<LocalDate, Map<String, Integer>> day : cover.entrySet()) {
      int needed = day.getValue().values().stream().mapToInt(Integer::intValue).sum();
      if (needed > employeeCount) {
        throw error(where.get(day.getKey()), "impossible cover: " + day.getKey() + " needs " + needed
            + " nurses but there are only " + employeeCount + " employees");
      }
    }
    return cover;
  }

  private void putCover(Map<LocalDate, Map<String, Integer>> cover, LocalDate date, XmlElement parent,
      Set<String> shiftIds) {
    Map<String, Integer> day = cover.computeIfAbsent(date, k -> new LinkedHashMap<>());
    for (XmlElement c : parent.children("Cover")) {
      if (c.child("Skill") != null) {
        throw error(c, "skill-specific cover is not supported; give cover per shift type");
      }
      String shift = required(c, "Shift").text();
      if (!shiftIds.contains(shift)) {
        throw error(c, "cover refers to unknown shift type '" + shift + "'");
      }
      int preferred = integer(c, required(c, "Preferred").text());
      if (preferred < 0) {
        throw error(c, "impossible cover: " + preferred + " nurses for shift " + shift);
      }
      day.put(shift, preferred);
    }
  }

  private List<DayRequest> readDayRequests(XmlElement root, String group, String name, Set<String> employeeIds,
      LocalDate start, LocalDate end) {
    List<DayRequest> requests = new ArrayList<>();
    for (XmlElement r : list(root, group, name)) {
      String employee = employee(r, employeeIds);
      requests.add(new DayRequest(employee, dateInPeriod(r, start, end), integer(r, attribute(r, "weight"))));
    }
    return List.copyOf(requests);
  }

  private List<ShiftRequest> readShiftRequests(XmlElement root, String group, String name, Set<String> employeeIds,
      Set<String> shiftIds, LocalDate start, LocalDate end) {
    List<ShiftRequest> requests = new ArrayList<>();
    for (XmlElement r : list(root, group, name)) {
      String employee = employee(r, employeeIds);
      String shift = required(r, "ShiftTypeID").text();
      if (!shiftIds.contains(shift)) {
        throw error(r, name + " request of employee " + employee + " refers to unknown shift type '" + shift + "'");
      }
      requests.add(new ShiftRequest(employee, dateInPeriod(r, start, end), shift, integer(r, attribute(r, "weight"))));
    }
    return List.copyOf(requests);
  }

  private String employee(XmlElement request, Set<String> employeeIds) {
    String id = required(request, "EmployeeID").text();
    if (!employeeIds.contains(id)) {
      throw error(request, request.name + " request refers to unknown employee '" + id + "'");
    }
    return id;
  }

  private LocalDate dateInPeriod(XmlElement request, LocalDate start, LocalDate end) {
    LocalDate d = date(required(request, "Date"));
    if (d.isBefore(start) || d.isAfter(end)) {
      throw error(request, request.name + " request on " + d + " is outside the scheduling period");
    }
    return d;
  }

  // ---- small helpers -----------------------------------------------------------------------

  private List<XmlElement> list(XmlElement parent, String group, String item) {
    XmlElement g = parent.child(group);
    return g == null ? List.of() : g.children(item);
  }

  private XmlElement required(XmlElement parent, String name) {
    XmlElement e = parent.child(name);
    if (e == null) {
      throw error(parent, "<" + parent.name + "> lacks <" + name + ">");
    }
    return e;
  }

  private String attribute(XmlElement e, String name) {
    String value = e.attributes.get(name);
    if (value == null) {
      throw error(e, "<" + e.name + "> lacks the " + name + " attribute");
    }
    return value;
  }

  private int integer(XmlElement at, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw error(at, "<" + at.name + ">: '" + text + "' is not a whole number");
    }
  }

  private LocalDate date(XmlElement e) {
    try {
      return LocalDate.parse(e.text());
    } catch (DateTimeParseException ex) {
      throw error(e, "<" + e.name + ">: '" + e.text() + "' is not a date (yyyy-mm-dd)");
    }
  }

  private LocalTime time(XmlElement e) {
    try {
      return LocalTime.parse(e.text());
    } catch (DateTimeParseException ex) {
      throw error(e, "<" + e.name + ">: '" + e.text() + "' is not a time (hh:mm:ss)");
    }
  }

  private DayOfWeek dayOfWeek(XmlElement at, String name) {
    try {
      return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(at, "'" + name + "' is not a day of the week");
    }
  }
}
