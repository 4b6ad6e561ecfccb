package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.ContractDef;
import chainsim.roster.branch.EmployeesFile.CoverDef;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.Kind;
import chainsim.roster.branch.EmployeesFile.Leave;
import chainsim.roster.branch.EmployeesFile.RequestDef;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.branch.EmployeesFile.Weights;
import chainsim.roster.branch.EmployeesFile.Wish;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.YamlTreeReader;
import chainsim.scenario.tree.Suggestions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a branch's employees file. Every problem is reported at once, one line each,
 * as {@code file:line:column: key.path: message}, the way the scenario loader reports a scenario's;
 * nothing is returned unless the file is consistent: known skills, a contract for everyone, cover
 * someone can work.
 */
public final class EmployeesFileReader {
  /** Largest employees file read, in bytes. */
  public static final long MAX_BYTES = 2_000_000;

  private static final List<String> TOP = List.of("branch", "time_zone", "shifts", "skills", "cover", "weights",
      "contracts", "employees", "closed");
  private static final List<String> SHIFT = List.of("id", "name", "start", "end", "days", "undesired",
      "demand_weight");
  private static final List<String> CONTRACT = List.of("id", "kind", "hours_per_week", "max_hours_per_week",
      "max_shifts_per_week", "max_consecutive_days", "min_rest_hours", "min_consecutive_days",
      "min_consecutive_days_off", "max_weekends_per_four_weeks", "complete_weekends");
  private static final List<String> EMPLOYEE = List.of("id", "name", "contract", "skills", "available_days",
      "unavailable", "requests");
  private static final List<String> COVER = List.of("shift", "skill", "min", "target", "max", "days", "dates");
  private static final List<String> WEIGHTS = List.of("below_target_per_hour", "pool_per_hour",
      "pool_hours_per_month", "overtime_per_hour", "change", "request", "undesired_fairness", "weekend_fairness",
      "hours_below_contract_per_hour", "preference");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final int MAX_WEIGHT = 1_000_000;

  private final Path file;
  private final List<String> scenarioSkills;
  private final List<Problem> problems = new ArrayList<>();
  private final TreeFields in;
  /** Ids declared in the file even where their entry has a problem, so nothing that names them is reported again. */
  private final Set<String> declaredShifts = new LinkedHashSet<>();
  private final Set<String> declaredContracts = new LinkedHashSet<>();

  private EmployeesFileReader(Path file, List<String> scenarioSkills) {
    this.file = file;
    this.scenarioSkills = List.copyOf(scenarioSkills);
    this.in = new TreeFields(file, problems);
  }

  /**
   * The employees file, or every problem it has.
   *
   * @param scenarioSkills the scenario's skill ids: the only skills an employee or a cover may name
   */
  public static EmployeesFile read(Path file, List<String> scenarioSkills) throws ScenarioException {
    EmployeesFileReader reader = new EmployeesFileReader(file, scenarioSkills);
    EmployeesFile read = reader.read();
    if (!reader.problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(reader.problems);
      sorted.sort(Problem.ORDER);
      throw new ScenarioException(sorted);
    }
    return read;
  }

  private EmployeesFile read() {
    String text = readText();
    if (text == null) {
      return null;
    }
    Node root = YamlTreeReader.read(text, file, problems);
    if (root == null) {
      return null;
    }
    MapNode top = in.map(root, "");
    if (top == null) {
      return null;
    }
    in.onlyKeys(top, "", TOP);
    String branch = in.id(top, "branch", "", false);
    ZoneId zone = zone(top);
    List<ShiftDef> shifts = shifts(top);
    List<ContractDef> contracts = contracts(top);
    List<String> rostered = rosteredSkills(top);
    List<EmployeeDef> employees = employees(top, contracts, shifts, rostered);
    List<String> skills = rostered != null ? rostered : skillsOf(employees);
    List<CoverDef> cover = top.get("cover") == null ? null : cover(top, shifts, skills, employees);
    checkEverySkillHasSomeone(top, rostered, employees);
    Weights weights = weights(top);
    List<LocalDate> closed = new ArrayList<>();
    List<Node> closedNodes = in.list(top, "closed", "", false);
    if (closedNodes != null) {
      for (int i = 0; i < closedNodes.size(); i++) {
        LocalDate d = in.date(closedNodes.get(i), "closed[" + i + "]");
        if (d != null) {
          closed.add(d);
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new EmployeesFile(file, branch, zone, shifts, skills, cover, weights, contracts, employees, closed);
  }

  private String readText() {
    try {
      if (Files.isDirectory(file)) {
        problems.add(new Problem(file, 1, 1, "", "is a directory, not an employees file"));
        return null;
      }
      if (Files.size(file) > MAX_BYTES) {
        problems.add(new Problem(file, 1, 1, "", "the file is larger than " + MAX_BYTES + " bytes"));
        return null;
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      problems.add(new Problem(file, 1, 1, "", "file not found"));
    } catch (CharacterCodingException e) {
      problems.add(new Problem(file, 1, 1, "", "the file is not valid UTF-8 text"));
    } catch (IOException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot read the file: " + e.getMessage()));
    }
    return null;
  }

  private ZoneId zone(MapNode top) {
    String t = in.text(top, "time_zone", "", false);
    if (t == null) {
      return ZoneId.of("Asia/Shanghai");
    }
    try {
      return ZoneId.of(t);
    } catch (DateTimeException e) {
      in.problem(top.get("time_zone"), "time_zone", Names.quote(t) + " is not a time zone like Asia/Shanghai");
      return null;
    }
  }

  // ---- shifts ------------------------------------------------------------------------------

  private List<ShiftDef> shifts(MapNode top) {
    List<ShiftDef> out = new ArrayList<>();
    List<Node> items = in.list(top, "shifts", "", true);
    if (items == null) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      MapNode m = in.map(items.get(i), "shifts[" + i + "]");
      if (m == null) {
        continue;
      }
      String id = in.id(m, "id", "shifts[" + i + "]", true);
      String path = "shifts[" + (id == null ? Integer.toString(i) : id) + "]";
      in.onlyKeys(m, path, SHIFT);
      if (id != null && !seen.add(id)) {
        in.problem(m.get("id"), path + ".id", "duplicate shift id " + Names.quote(id));
      }
      if (id != null) {
        declaredShifts.add(id);
      }
      var start = in.time(m, "start", path);
      var end = in.time(m, "end", path);
      if (start != null && start.equals(end)) {
        in.problem(m.get("end"), path + ".end", "a shift must end at another time than it starts");
      }
      Set<DayOfWeek> days = in.days(m, "days", path, WEEKDAYS);
      Boolean undesired = in.bool(m, "undesired", path, false);
      Double weight = in.number(m, "demand_weight", path, 0.0, 100.0, 1.0);
      String name = in.text(m, "name", path, false);
      if (id != null && start != null && end != null && days != null && undesired != null && weight != null) {
        out.add(new ShiftDef(id, name == null ? id : name, start, end, days, undesired, weight));
      }
    }
    return out;
  }

  // ---- contracts ---------------------------------------------------------------------------

  private List<ContractDef> contracts(MapNode top) {
    List<ContractDef> out = new ArrayList<>();
    List<Node> items = in.list(top, "contracts", "", true);
    if (items == null) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      MapNode m = in.map(items.get(i), "contracts[" + i + "]");
      if (m == null) {
        continue;
      }
      String id = in.id(m, "id", "contracts[" + i + "]", true);
      String path = "contracts[" + (id == null ? Integer.toString(i) : id) + "]";
      in.onlyKeys(m, path, CONTRACT);
      if (id != null && !seen.add(id)) {
        in.problem(m.get("id"), path + ".id", "duplicate contract id " + Names.quote(id));
      }
      if (id != null) {
        declaredContracts.add(id);
      }
      Kind kind = kind(m, path);
      Integer hours = in.integer(m, "hours_per_week", path, 1, 80, null);
      if (m.get("hours_per_week") == null) {
        in.problem(m, path, "missing 'hours_per_week'");
      }
      Integer max = in.integer(m, "max_hours_per_week", path, 1, 100, hours);
      if (hours != null && max != null && max < hours) {
        in.problem(m.get("max_hours_per_week"), path + ".max_hours_per_week",
            "must be at least hours_per_week (" + hours + "), not " + max);
      }
      Integer maxShifts = in.integer(m, "max_shifts_per_week", path, 1, 7, null);
      Integer maxDays = in.integer(m, "max_consecutive_days", path, 1, 31, 6);
      Integer rest = in.integer(m, "min_rest_hours", path, 0, 24, 11);
      Integer minDays = in.integer(m, "min_consecutive_days", path, 1, 7, null);
      Integer minOff = in.integer(m, "min_consecutive_days_off", path, 1, 7, null);
      Integer weekends = in.integer(m, "max_weekends_per_four_weeks", path, 0, 4, null);
      Boolean complete = in.bool(m, "complete_weekends", path, false);
      if (id != null && kind != null && hours != null && max != null && maxDays != null && rest != null
          && complete != null && max >= hours) {
        out.add(new ContractDef(id, kind, hours, max, maxShifts, maxDays, rest, minDays, minOff, weekends, complete));
      }
    }
    return out;
  }

  private Kind kind(MapNode m, String path) {
    String t = in.text(m, "kind", path, true);
    if (t == null) {
      return null;
    }
    return switch (t) {
      case "full_time" -> Kind.FULL_TIME;
      case "part_time" -> Kind.PART_TIME;
      default -> {
        in.problem(m.get("kind"), path + ".kind", Names.quote(t) + " is not full_time or part_time");
        yield null;
      }
    };
  }

  // ---- skills ------------------------------------------------------------------------------

  /** The skills the file says the branch rosters, or null when it leaves them to the employees. */
  private List<String> rosteredSkills(MapNode top) {
    if (top.get("skills") == null) {
      return null;
    }
    List<Node> items = in.list(top, "skills", "", true);
    if (items == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String s = knownSkill(items.get(i), "skills[" + i + "]");
      if (s != null && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** A scenario skill, or null with an "unknown skill" problem (and the closest skill) at the node. */
  private String knownSkill(Node node, String path) {
    String s = in.text(node, path);
    if (s == null) {
      return null;
    }
    if (!scenarioSkills.contains(s)) {
      String near = Suggestions.closest(s, scenarioSkills);
      in.problem(node, path, "unknown skill " + Names.quote(s) + (near != null ? "; did you mean '" + near + "'?"
          : "; the scenario's skills are " + String.join(", ", scenarioSkills)));
      return null;
    }
    return s;
  }

  private static List<String> skillsOf(List<EmployeeDef> employees) {
    Set<String> all = new LinkedHashSet<>();
    employees.forEach(e -> all.addAll(e.skills()));
    return List.copyOf(all);
  }

  private void checkEverySkillHasSomeone(MapNode top, List<String> rostered, List<EmployeeDef> employees) {
    if (rostered == null) {
      return;
    }
    List<Node> items = in.list(top, "skills", "", false);
    for (int i = 0; items != null && i < items.size() && i < rostered.size(); i++) {
      String skill = rostered.get(i);
      if (!employees.isEmpty() && employees.stream().noneMatch(e -> e.skills().contains(skill))) {
        in.problem(items.get(i), "skills[" + i + "]", "impossible cover: no employee has skill " + Names.quote(skill)
            + "; add someone who has it or remove it from skills");
      }
    }
  }

  // ---- employees ---------------------------------------------------------------------------

  private List<EmployeeDef> employees(MapNode top, List<ContractDef> contracts, List<ShiftDef> shifts,
      List<String> rostered) {
    List<EmployeeDef> out = new ArrayList<>();
    List<Node> items = in.list(top, "employees", "", true);
    if (items == null) {
      return out;
    }
    List<String> contractIds = contracts.stream().map(ContractDef::id).toList();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      MapNode m = in.map(items.get(i), "employees[" + i + "]");
      if (m == null) {
        continue;
      }
      String id = in.id(m, "id", "employees[" + i + "]", true);
      String path = "employees[" + (id == null ? Integer.toString(i) : id) + "]";
      in.onlyKeys(m, path, EMPLOYEE);
      if (id != null && !seen.add(id)) {
        in.problem(m.get("id"), path + ".id", "duplicate employee id " + Names.quote(id));
      }
      if (id != null && id.startsWith("pool-")) {
        in.problem(m.get("id"), path + ".id", "ids starting with 'pool-' are kept for the emergency pool");
      }
      String contract = contractOf(m, path, contractIds, id);
      List<String> skills = employeeSkills(m, path, rostered);
      Set<DayOfWeek> available = in.days(m, "available_days", path, EnumSet.allOf(DayOfWeek.class));
      List<Leave> leave = leave(m, path);
      List<RequestDef> requests = requests(m, path, shifts);
      String name = in.text(m, "name", path, false);
      if (id != null && contract != null && skills != null && available != null && leave != null && requests != null) {
        out.add(new EmployeeDef(id, name == null ? id : name, contract, skills, available, leave, requests,
            m.position().line()));
      }
    }
    return out;
  }

  private String contractOf(MapNode m, String path, List<String> contractIds, String id) {
    Node node = m.get("contract");
    if (node == null) {
      in.problem(m, path, "employee " + Names.quote(id == null ? "?" : id) + " has no contract; add contract: <id>"
          + (contractIds.isEmpty() ? "" : " (one of " + String.join(", ", contractIds) + ")"));
      return null;
    }
    String c = in.text(node, path + ".contract");
    if (c != null && !contractIds.contains(c) && declaredContracts.contains(c)) {
      return null; // the contract itself has a problem, reported where it is
    }
    if (c != null && !contractIds.contains(c)) {
      String near = Suggestions.closest(c, contractIds);
      in.problem(node, path + ".contract", "unknown contract " + Names.quote(c)
          + (near != null ? "; did you mean '" + near + "'?" : "; contracts are " + String.join(", ", contractIds)));
      return null;
    }
    return c;
  }

  private List<String> employeeSkills(MapNode m, String path, List<String> rostered) {
    List<Node> items = in.list(m, "skills", path, true);
    if (items == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String s = knownSkill(items.get(i), path + ".skills[" + i + "]");
      if (s == null) {
        ok = false;
      } else if (rostered != null && !rostered.contains(s)) {
        in.problem(items.get(i), path + ".skills[" + i + "]", "skill " + Names.quote(s)
            + " is not rostered at this branch (skills: " + String.join(", ", rostered) + ")");
        ok = false;
      } else if (!out.contains(s)) {
        out.add(s);
      }
    }
    return ok ? out : null;
  }

  private List<Leave> leave(MapNode m, String path) {
    List<Node> items = in.list(m, "unavailable", path, false);
    if (items == null) {
      return null;
    }
    List<Leave> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String p = path + ".unavailable[" + i + "]";
      Node item = items.get(i);
      if (item instanceof MapNode range) {
        in.onlyKeys(range, p, List.of("from", "to", "reason"));
        LocalDate from = in.date(range, "from", p, true);
        LocalDate to = in.date(range, "to", p, true);
        String reason = in.text(range, "reason", p, false);
        if (from != null && to != null && to.isBefore(from)) {
          in.problem(range.get("to"), p + ".to", "ends (" + to + ") before it starts (" + from + ")");
        } else if (from != null && to != null) {
          out.add(new Leave(from, to, reason));
        }
      } else {
        LocalDate d = in.date(item, p);
        if (d != null) {
          out.add(new Leave(d, d, null));
        }
      }
    }
    return out;
  }

  private List<RequestDef> requests(MapNode m, String path, List<ShiftDef> shifts) {
    List<Node> items = in.list(m, "requests", path, false);
    if (items == null) {
      return null;
    }
    List<String> shiftIds = shifts.stream().map(ShiftDef::id).toList();
    List<RequestDef> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String p = path + ".requests[" + i + "]";
      MapNode r = in.map(items.get(i), p);
      if (r == null) {
        continue;
      }
      in.onlyKeys(r, p, List.of("date", "wants", "shift", "weight"));
      LocalDate date = in.date(r, "date", p, true);
      Wish wish = wish(r, p);
      String shift = in.text(r, "shift", p, false);
      Integer weight = in.integer(r, "weight", p, 0, MAX_WEIGHT, null);
      boolean needsShift = wish == Wish.SHIFT_OFF || wish == Wish.SHIFT_ON;
      if (shift != null && !shiftIds.contains(shift) && declaredShifts.contains(shift)) {
        continue;
      }
      if (shift != null && !shiftIds.contains(shift)) {
        in.problem(r.get("shift"), p + ".shift", "unknown shift " + Names.quote(shift) + "; shifts are "
            + String.join(", ", shiftIds));
        continue;
      }
      if (wish != null && needsShift && shift == null) {
        in.problem(r, p, wish.name().toLowerCase(Locale.ROOT) + " needs a shift");
        continue;
      }
      if (wish != null && !needsShift && shift != null) {
        in.problem(r.get("shift"), p + ".shift", wish.name().toLowerCase(Locale.ROOT)
            + " is about the whole day; use shift_off or shift_on for one shift");
        continue;
      }
      if (date != null && wish != null && (r.get("weight") == null || weight != null)) {
        out.add(new RequestDef(date, wish, shift, weight, r.position().line()));
      }
    }
    return out;
  }

  private Wish wish(MapNode r, String path) {
    String t = in.text(r, "wants", path, true);
    if (t == null) {
      return null;
    }
    for (Wish w : Wish.values()) {
      if (w.name().toLowerCase(Locale.ROOT).equals(t)) {
        return w;
      }
    }
    in.problem(r.get("wants"), path + ".wants", Names.quote(t) + " is not day_off, day_on, shift_off or shift_on");
    return null;
  }

  // ---- cover -------------------------------------------------------------------------------

  private List<CoverDef> cover(MapNode top, List<ShiftDef> shifts, List<String> skills, List<EmployeeDef> employees) {
    List<Node> items = in.list(top, "cover", "", true);
    List<CoverDef> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    Map<String, ShiftDef> byId = new LinkedHashMap<>();
    shifts.forEach(s -> byId.put(s.id(), s));
    for (int i = 0; i < items.size(); i++) {
      String p = "cover[" + i + "]";
      MapNode m = in.map(items.get(i), p);
      if (m == null) {
        continue;
      }
      in.onlyKeys(m, p, COVER);
      String shiftId = in.text(m, "shift", p, true);
      ShiftDef shift = shiftId == null ? null : byId.get(shiftId);
      if (shiftId != null && shift == null && !declaredShifts.contains(shiftId)) {
        String near = Suggestions.closest(shiftId, byId.keySet());
        in.problem(m.get("shift"), p + ".shift", "unknown shift " + Names.quote(shiftId)
            + (near != null ? "; did you mean '" + near + "'?" : "; shifts are " + String.join(", ", byId.keySet())));
      }
      Node skillNode = m.get("skill");
      String skill = skillNode == null ? null : knownSkill(skillNode, p + ".skill");
      if (skillNode == null) {
        in.problem(m, p, "missing 'skill'");
      }
      Integer min = in.integer(m, "min", p, 0, 1000, 0);
      Integer target = in.integer(m, "target", p, 0, 1000, min);
      Integer max = in.integer(m, "max", p, 0, 1000, null);
      Set<DayOfWeek> days = in.days(m, "days", p, null);
      List<LocalDate> dates = null;
      if (m.get("dates") != null) {
        List<Node> dateNodes = in.list(m, "dates", p, true);
        dates = new ArrayList<>();
        for (int d = 0; dateNodes != null && d < dateNodes.size(); d++) {
          LocalDate date = in.date(dateNodes.get(d), p + ".dates[" + d + "]");
          if (date != null) {
            dates.add(date);
          }
        }
      }
      if (min != null && target != null && target < min) {
        in.problem(m.get("target"), p + ".target", "must be at least min (" + min + "), not " + target);
        continue;
      }
      if (target != null && max != null && max < target) {
        in.problem(m.get("max"), p + ".max", "must be at least target (" + target + "), not " + max);
        continue;
      }
      if (shift != null && days != null && !shift.days().containsAll(days)) {
        in.problem(m.get("days"), p + ".days", "shift " + Names.quote(shift.id()) + " does not run on every one of"
            + " these days");
        continue;
      }
      if (skill != null && !skills.contains(skill)) {
        boolean someone = employees.stream().anyMatch(e -> e.skills().contains(skill));
        in.problem(skillNode, p + ".skill", someone
            ? "skill " + Names.quote(skill) + " is not rostered at this branch (skills: " + String.join(", ", skills) + ")"
            : "impossible cover: no employee has skill " + Names.quote(skill));
        continue;
      }
      if (shift != null && skill != null && min != null && target != null) {
        out.add(new CoverDef(shift.id(), skill, min, target, max, days, dates, m.position().line()));
      }
    }
    return out;
  }

  // ---- weights -----------------------------------------------------------------------------

  private Weights weights(MapNode top) {
    Weights d = Weights.defaults();
    Node node = top.get("weights");
    if (node == null) {
      return d;
    }
    MapNode m = in.map(node, "weights");
    if (m == null) {
      return d;
    }
    in.onlyKeys(m, "weights", WEIGHTS);
    String p = "weights";
    Integer belowTarget = in.integer(m, "below_target_per_hour", p, 0, MAX_WEIGHT, null);
    Integer pool = in.integer(m, "pool_per_hour", p, 0, MAX_WEIGHT, null);
    Double poolHours = in.number(m, "pool_hours_per_month", p, 0, 10_000, null);
    Integer overtime = in.integer(m, "overtime_per_hour", p, 0, MAX_WEIGHT, null);
    Integer change = in.integer(m, "change", p, 0, MAX_WEIGHT, d.change());
    Integer request = in.integer(m, "request", p, 0, MAX_WEIGHT, d.request());
    Integer undesired = in.integer(m, "undesired_fairness", p, 0, MAX_WEIGHT, d.undesiredFairness());
    Integer weekend = in.integer(m, "weekend_fairness", p, 0, MAX_WEIGHT, d.weekendFairness());
    Integer hours = in.integer(m, "hours_below_contract_per_hour", p, 0, MAX_WEIGHT, d.hoursBelowContractPerHour());
    Integer preference = in.integer(m, "preference", p, 0, MAX_WEIGHT, d.preference());
    if (change == null || request == null || undesired == null || weekend == null || hours == null
        || preference == null) {
      return d;
    }
    return new Weights(belowTarget, pool, poolHours, overtime, change, request, undesired, weekend, hours, preference);
  }
}
