package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.ContractDef;
import chainsim.roster.branch.EmployeesFile.CoverDef;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.Leave;
import chainsim.roster.branch.EmployeesFile.RequestDef;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.branch.EmployeesFile.Weights;
import chainsim.roster.branch.EmployeesFormat.Branch;
import chainsim.roster.branch.EmployeesFormat.Contract;
import chainsim.roster.branch.EmployeesFormat.Cover;
import chainsim.roster.branch.EmployeesFormat.Employee;
import chainsim.roster.branch.EmployeesFormat.Request;
import chainsim.roster.branch.EmployeesFormat.Shift;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.format.RecordFile;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.ScalarNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a branch's employees file the way a scenario is read ({@link RecordFile}): the shape of
 * every value against {@link EmployeesFormat}, then the rules between values
 * ({@link EmployeesFileRules}), every problem at once as {@code file:line:column: key.path: message};
 * nothing is returned unless the file is consistent, and what is returned has every default applied.
 */
public final class EmployeesFileReader {
  /** Largest employees file read, in bytes. */
  public static final long MAX_BYTES = 2_000_000;

  static final RecordFile.Kind<Branch> KIND = new RecordFile.Kind<>(Branch.class, "an employees file", MAX_BYTES);

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private EmployeesFileReader() {}

  /**
   * The employees file, or every problem it has.
   *
   * @param scenarioSkills the scenario's skill ids: the only skills an employee or a cover may name
   */
  public static EmployeesFile read(Path file, List<String> scenarioSkills) throws ScenarioException {
    RecordFile<Branch> read = RecordFile.read(file, KIND, EmployeesFileReader::shortForms);
    EmployeesFileRules.check(read, scenarioSkills);
    read.reword(missingContract(read.records()));
    return new Defaults(read).file(read.orThrow());
  }

  // ---- the tree before it is checked ---------------------------------------------------------

  /**
   * What the records do not say: a key set to null ({@code ~}) is a key left out, and a date alone
   * in {@code unavailable} is a one-day leave ({@code { from: d, to: d }}).
   */
  private static MapNode shortForms(MapNode tree) {
    MapNode out = (MapNode) withoutNulls(tree);
    Node employees = out.get("employees");
    if (!(employees instanceof ListNode list)) {
      return out;
    }
    List<Node> items = new ArrayList<>();
    for (Node e : list.items()) {
      items.add(e instanceof MapNode m && m.get("unavailable") instanceof ListNode leave
          ? with(m, "unavailable", new ListNode(leave.position(), leave.items().stream()
              .map(EmployeesFileReader::oneDayLeave).toList()))
          : e);
    }
    return with(out, "employees", new ListNode(list.position(), items));
  }

  private static Node oneDayLeave(Node item) {
    if (!(item instanceof ScalarNode day) || day.kind() == ScalarNode.Kind.NULL) {
      return item;
    }
    Map<String, MapNode.Entry> range = new LinkedHashMap<>();
    range.put("from", new MapNode.Entry("from", day.position(), day));
    range.put("to", new MapNode.Entry("to", day.position(), day));
    return new MapNode(day.position(), range);
  }

  private static Node withoutNulls(Node node) {
    if (node instanceof MapNode m) {
      Map<String, MapNode.Entry> kept = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> {
        if (!(e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL)) {
          kept.put(k, new MapNode.Entry(k, e.keyPosition(), withoutNulls(e.value())));
        }
      });
      return new MapNode(m.position(), kept);
    }
    if (node instanceof ListNode l) {
      return new ListNode(l.position(), l.items().stream().map(EmployeesFileReader::withoutNulls).toList());
    }
    return node;
  }

  private static MapNode with(MapNode map, String key, Node value) {
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>(map.entries());
    entries.put(key, new MapNode.Entry(key, map.entries().get(key).keyPosition(), value));
    return new MapNode(map.position(), entries);
  }

  // ---- the messages ---------------------------------------------------------------------------

  /** An employee without a contract is told which contracts there are, not only that the key is missing. */
  private static UnaryOperator<Problem> missingContract(Branch records) {
    List<String> contracts = records == null || records.contracts() == null ? List.of()
        : records.contracts().stream().map(Contract::id).toList();
    return p -> missingContract(p, contracts);
  }

  private static Problem missingContract(Problem p, List<String> contracts) {
    String suffix = ".contract";
    String path = p.keyPath();
    if (!p.message().equals("missing required key") || !path.startsWith("employees[") || !path.endsWith(suffix)
        || path.indexOf('.') != path.length() - suffix.length()) {
      return p;
    }
    String employee = path.substring(0, path.length() - suffix.length());
    String id = employee.substring("employees[".length(), employee.length() - 1);
    return new Problem(p.file(), p.line(), p.column(), employee, "employee " + Names.quote(id)
        + " has no contract; add contract: <id>"
        + (contracts.isEmpty() ? "" : " (one of " + String.join(", ", contracts) + ")"));
  }

  // ---- the file with its defaults -------------------------------------------------------------

  /** The checked records as the roster uses them: every default applied, every date and day read. */
  private static final class Defaults {
    private final RecordFile<Branch> read;

    Defaults(RecordFile<Branch> read) {
      this.read = read;
    }

    EmployeesFile file(Branch b) {
      List<EmployeeDef> employees = b.employees().stream().map(this::employee).toList();
      return new EmployeesFile(read.file(), b.branch(), ZoneId.of(or(b.timeZone(), "Asia/Shanghai")),
          b.shifts().stream().map(Defaults::shift).toList(), EmployeesFileRules.rosteredSkills(b),
          b.cover() == null ? null : indexed(b.cover(), this::cover), weights(b.weights()),
          b.contracts().stream().map(Defaults::contract).toList(), employees, dates(b.closed()));
    }

    static ShiftDef shift(Shift s) {
      return new ShiftDef(s.id(), or(s.name(), s.id()), LocalTime.parse(time(s.start())), LocalTime.parse(time(s.end())),
          s.days() == null ? WEEKDAYS : EmployeesFileRules.days(s.days()), or(s.undesired(), false),
          or(s.demandWeight(), 1.0));
    }

    /** {@code 8:30} as {@code 08:30}. */
    private static String time(String t) {
      return t.length() == 4 ? "0" + t : t;
    }

    CoverDef cover(Cover c, int index) {
      int min = or(c.min(), 0);
      return new CoverDef(c.shift(), c.skill(), min, or(c.target(), min), c.max(),
          c.days() == null ? null : EmployeesFileRules.days(c.days()), c.dates() == null ? null : dates(c.dates()),
          read.at("cover[" + index + "]").line());
    }

    static Weights weights(EmployeesFormat.Weights w) {
      if (w == null) {
        return Weights.defaults();
      }
      return new Weights(w.belowTargetPerHour(), w.poolPerHour(), w.poolHoursPerMonth(), w.overtimePerHour(),
          or(w.change(), Weights.DEFAULT_CHANGE), or(w.request(), Weights.DEFAULT_REQUEST),
          or(w.undesiredFairness(), Weights.DEFAULT_FAIRNESS), or(w.weekendFairness(), Weights.DEFAULT_FAIRNESS),
          or(w.hoursBelowContractPerHour(), Weights.DEFAULT_HOURS_BELOW_CONTRACT),
          or(w.preference(), Weights.DEFAULT_PREFERENCE));
    }

    static ContractDef contract(Contract c) {
      return new ContractDef(c.id(), c.kind(), c.hoursPerWeek(), or(c.maxHoursPerWeek(), c.hoursPerWeek()),
          c.maxHoursPerMonth(),
          c.maxShiftsPerWeek(), or(c.maxConsecutiveDays(), 6), or(c.minRestHours(), 11), c.minConsecutiveDays(),
          c.minConsecutiveDaysOff(), c.maxWeekendsPerFourWeeks(), or(c.completeWeekends(), false));
    }

    EmployeeDef employee(Employee e) {
      String path = "employees[" + e.id() + "]";
      List<Leave> leave = e.unavailable() == null ? List.of() : e.unavailable().stream()
          .map(l -> new Leave(LocalDate.parse(l.from()), LocalDate.parse(l.to()), l.reason())).toList();
      List<RequestDef> requests = e.requests() == null ? List.of()
          : indexed(e.requests(), (r, i) -> request(r, read.at(path + ".requests[" + i + "]").line()));
      return new EmployeeDef(e.id(), or(e.name(), e.id()), e.contract(), List.copyOf(new LinkedHashSet<>(e.skills())),
          e.availableDays() == null ? EnumSet.allOf(DayOfWeek.class) : EmployeesFileRules.days(e.availableDays()),
          leave, requests, read.at(path).line());
    }

    static RequestDef request(Request r, int line) {
      return new RequestDef(LocalDate.parse(r.date()), r.wants(), r.shift(), r.weight(), line);
    }
  }

  /** {@code f} of each item and its index, in order. */
  private static <T, R> List<R> indexed(List<T> items, java.util.function.BiFunction<T, Integer, R> f) {
    return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> f.apply(items.get(i), i)).toList();
  }

  private static List<LocalDate> dates(List<String> dates) {
    return dates == null ? List.of() : dates.stream().map(LocalDate::parse).toList();
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
