package chainsim.roster;

import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.roster.branch.BranchRoster;
import chainsim.roster.branch.BranchRoster.CoverOrigin;
import chainsim.roster.branch.BranchRosterBuilder;
import chainsim.roster.branch.EmployeesFile;
import chainsim.roster.branch.EmployeesFileReader;
import chainsim.roster.branch.ForecastCover;
import chainsim.roster.branch.PreviousRoster;
import chainsim.roster.branch.WorkedHistory;
import chainsim.roster.branch.RosterExplanation;
import chainsim.roster.branch.RosterInputException;
import chainsim.roster.domain.Roster;
import chainsim.roster.solver.RosterSolver;
import chainsim.roster.solver.RosterSolverSettings;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.Skill;
import chainsim.scenario.tree.Suggestions;
import chainsim.staffing.StaffingPlanner;
import chainsim.staffing.forecast.WorkloadForecast;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A branch's weekly roster from end to end: check the request against the scenario, read the
 * branch's employees file, derive the cover from the simulator's workload forecast (unless the file
 * gives it), apply a previous roster, solve, and explain what the roster keeps and breaks.
 */
public final class RosterPlanner {
  private RosterPlanner() {}

  /**
   * What to roster. Nulls take the scenario's settings ({@code planning.roster}, and
   * {@code planning.staffing} for the forecast) and seed.
   *
   * @param start a Monday (YYYY-MM-DD) or a month (YYYY-MM: its first Monday), or null
   * @param publishUntil with a previous roster, the last day kept as it was (inclusive), or null
   * @param timeLimit the longest the search may take (a cap on the steps), or null for the scenario's
   * @param steps local search steps (null: {@link #DEFAULT_STEPS}); with a seed, the same roster on any
   *     machine unless the time limit stops the search first
   * @param history a CSV of the days actually worked before the first day ({@link WorkedHistory}), or null
   */
  public record Request(String branch, int weeks, String start, Path previous, LocalDate publishUntil,
      Duration timeLimit, Long steps, Long seed, Integer replications, int threads, EngineKind engine,
      Path history) {

    /** A request without a history of the days worked before the roster. */
    public Request(String branch, int weeks, String start, Path previous, LocalDate publishUntil,
        Duration timeLimit, Long steps, Long seed, Integer replications, int threads, EngineKind engine) {
      this(branch, weeks, start, previous, publishUntil, timeLimit, steps, seed, replications, threads, engine, null);
    }
  }

  /** Hears how far the planner got. */
  public interface Listener {
    default void forecasting(int replications, int firstMonth, int lastMonth) {}

    default IntConsumer forecastProgress() {
      return done -> {};
    }

    /** The solver starts on a roster of that size; {@code budget} says how long it may search. */
    default void solving(int employees, int pool, int days, int shiftTypes, String budget) {}
  }

  /**
   * The roster, what it means, and how it was found.
   *
   * @param stoppedByTime the time limit ended the search before its steps: another run may differ
   */
  public record Result(BranchRoster problem, Roster roster, RosterExplanation explanation, long seed, String budget,
      long millis, boolean stoppedByTime) {}

  public static final int MAX_WEEKS = 26;
  /**
   * Local search steps by default. A branch of a few dozen people converges well within them (the
   * baseline's branch: the same score at 5,000 steps as after 30 s), and a step budget gives the
   * same roster on any machine; the time limit only caps a slow machine.
   */
  public static final long DEFAULT_STEPS = 10_000;

  /**
   * Plans the roster.
   *
   * @param cancellation stops early: during the forecast there is no roster yet (this throws
   *     {@link InterruptedException}); during the search, the best roster found so far is the result
   */
  public static Result plan(Scenario scenario, Path scenarioFile, Request request, Listener listener,
      Cancellation cancellation) throws ScenarioException, InterruptedException {
    Opening opening = opening(scenario, request.branch());
    if (request.weeks() < 1 || request.weeks() > MAX_WEEKS) {
      throw new RosterInputException("--weeks must be between 1 and " + MAX_WEEKS + ", not " + request.weeks());
    }
    Path employeesPath = employeesFile(scenario, scenarioFile, opening);
    List<String> skills = scenario.skills().stream().map(Skill::id).toList();
    EmployeesFile employees = EmployeesFileReader.read(employeesPath, skills);
    if (employees.branch() != null && !employees.branch().equals(opening.id())) {
      throw new ScenarioException(List.of(new Problem(employeesPath, 1, 1, "branch", "the file is for branch '"
          + employees.branch() + "', not '" + opening.id() + "'")));
    }
    PreviousRoster previous = request.previous() == null ? null : PreviousRoster.read(request.previous());
    if (request.publishUntil() != null && previous == null) {
      throw new RosterInputException("--publish-until needs --previous: it says which days of the previous roster"
          + " are kept as they were");
    }
    LocalDate first = firstDay(scenario, request, previous);
    // read before the forecast so a bad history fails at once
    WorkedHistory history = request.history() == null ? null : WorkedHistory.read(request.history(), first,
        employees);
    LocalDate last = first.plusDays(7L * request.weeks() - 1);
    int firstMonth = monthIndex(scenario, first);
    int lastMonth = monthIndex(scenario, last);
    if (firstMonth < 1 || lastMonth > scenario.horizon().months()) {
      throw new RosterInputException("the roster, " + first + " to " + last + ", must lie within the scenario's"
          + " horizon, " + scenario.horizon().calendarMonth(1) + " to "
          + scenario.horizon().calendarMonth(scenario.horizon().months()));
    }
    if (opening.month() > firstMonth) {
      throw new RosterInputException(opening.id() + " opens in month " + opening.month() + " ("
          + scenario.horizon().calendarMonth(opening.month()) + "); start the roster in or after that month");
    }
    long seed = request.seed() != null ? request.seed() : scenario.seed();

    BranchRoster.Prices prices = prices(scenario, opening, employees);
    double share = prices.productiveShare();
    Map<ForecastCover.Slot, ForecastCover.Need> derived = null;
    CoverOrigin origin = CoverOrigin.fromFile();
    if (!employees.coverGiven()) {
      var staffing = scenario.planning().staffing();
      int replications = request.replications() != null ? request.replications() : staffing.forecastReplications();
      if (replications < 1 || replications > 10_000) {
        throw new RosterInputException("--replications must be between 1 and 10000, not " + replications);
      }
      listener.forecasting(replications, firstMonth, lastMonth);
      WorkloadForecast forecast;
      try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
        forecast = WorkloadForecast.run(scenario, firstMonth, lastMonth - firstMonth + 1, staffing.serviceLevel(),
            replications, seed, request.threads(), request.engine(), listener.forecastProgress());
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped while forecasting the workload");
      }
      WorkloadForecast.EntityForecast branch = forecast.entity(opening.id());
      ForecastCover.Derived cover = ForecastCover.derive(employees.shifts(), employees.skills(),
          new HashSet<>(employees.closed()), first, last, (skill, month) -> {
            int s = skills.indexOf(skill);
            int i = monthIndex(scenario, month.atDay(1)) - firstMonth;
            return branch == null ? new double[2]
                : new double[] {branch.demandAtServiceLevel()[s][i], branch.demandMedian()[s][i]};
          }, share);
      derived = cover.needs();
      origin = new CoverOrigin(false, staffing.serviceLevel(), replications, share, cover.months());
    }
    BranchRoster problem = BranchRosterBuilder.build(scenario, opening, employees, first, request.weeks(), derived,
        origin, prices, previous, request.publishUntil(), history);
    long steps = request.steps() != null ? request.steps() : DEFAULT_STEPS;
    if (steps < 1) {
      throw new RosterInputException("--steps must be at least 1, not " + steps);
    }
    Duration limit = request.timeLimit() != null ? request.timeLimit()
        : chainsim.input.Durations.parse(scenario.planning().roster().timeLimit(), "planning.roster.time_limit");
    RosterSolverSettings settings = RosterSolverSettings.forStepLimit(steps, seed).withTimeLimit(limit);
    String budget = String.format(Locale.ROOT, "%,d steps, time limit %s", steps,
        limit.toString().substring(2).toLowerCase(Locale.ROOT));
    Roster roster = problem.roster();
    int pool = problem.pool().members();
    listener.solving(roster.getStaff().size() - pool, pool, roster.getDays().size(), roster.getShiftTypes().size(),
        budget);
    long started = System.nanoTime();
    RosterSolver.Result solved = RosterSolver.solve(roster, settings, cancellation);
    long millis = (System.nanoTime() - started) / 1_000_000;
    RosterExplanation explanation = RosterExplanation.of(problem, solved.roster());
    return new Result(problem, solved.roster(), explanation, seed, budget, millis,
        solved.elapsedMillis() >= limit.toMillis());
  }

  private static Opening opening(Scenario scenario, String id) {
    List<String> ids = scenario.expansion().stream().map(Opening::id).toList();
    Opening o = scenario.expansion().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    if (o == null) {
      String near = Suggestions.closest(id, ids);
      throw new RosterInputException("--branch " + id + ": no such opening in the scenario"
          + (near != null ? "; did you mean " + near + "?" : "; openings: " + String.join(", ", ids)));
    }
    if (o.mode() != Mode.DIRECT && o.mode() != Mode.EQUITY) {
      throw new RosterInputException("--branch " + id + " is a " + o.mode().toString().toLowerCase(Locale.ROOT)
          + " opening: only direct branches and equity channels have staff to roster");
    }
    return o;
  }

  private static Path employeesFile(Scenario scenario, Path scenarioFile, Opening o) {
    String name = scenario.planning().roster().employeesFiles().get(o.id());
    if (name == null) {
      throw new RosterInputException(Problem.displayPath(scenarioFile) + ": planning.roster.employees_files names no"
          + " file for " + o.id() + "; add planning: { roster: { employees_files: { " + o.id()
          + ": <file>.yaml } } } (docs/roster.md)");
    }
    Path file = scenarioFile.resolveSibling(name).normalize();
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new RosterInputException(Problem.displayPath(file) + ": file not found (planning.roster.employees_files."
          + o.id() + " of " + Problem.displayPath(scenarioFile) + ")");
    }
    return file;
  }

  /** The Monday a roster starts on: the request's, the previous roster's, the scenario's, or the staffing month's. */
  private static LocalDate firstDay(Scenario scenario, Request request, PreviousRoster previous) {
    if (request.start() != null) {
      return parseStart(request.start(), "--start");
    }
    if (previous != null && previous.firstDay() != null) {
      return previous.firstDay();
    }
    if (scenario.planning().roster().start() != null) {
      return parseStart(scenario.planning().roster().start(), "planning.roster.start");
    }
    YearMonth month = scenario.horizon().calendarMonth(scenario.planning().staffing().firstMonth());
    return firstMonday(month);
  }

  static LocalDate parseStart(String text, String what) {
    try {
      if (text.matches("[0-9]{4}-[0-9]{2}")) {
        return firstMonday(YearMonth.parse(text));
      }
      LocalDate d = LocalDate.parse(text);
      if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
        LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
        throw new RosterInputException(what + " " + text + " is a "
            + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; rosters run in whole weeks from a"
            + " Monday (e.g. " + monday + " or " + monday.plusDays(7) + ")");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new RosterInputException(what + " '" + text + "' is not a date (2027-07-05) or a month (2027-07)");
    }
  }

  private static LocalDate firstMonday(YearMonth month) {
    LocalDate d = month.atDay(1);
    while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Month index (1 = the horizon's first month) of a date. */
  static int monthIndex(Scenario scenario, LocalDate date) {
    YearMonth start = YearMonth.parse(scenario.horizon().start());
    YearMonth m = YearMonth.from(date);
    return (m.getYear() - start.getYear()) * 12 + m.getMonthValue() - start.getMonthValue() + 1;
  }

  /**
   * The scenario's prices in roster hours. A full-time month is the file's first full-time
   * contract's weekly hours (else 40) times 52 / 12. The productive share of a rostered hour is the
   * template's service hours a month, less the share complaints take, over that month, as the
   * staffing planner counts productive hours.
   */
  static BranchRoster.Prices prices(Scenario scenario, Opening o, EmployeesFile file) {
    String id = o.mode() == Mode.EQUITY ? scenario.equityTemplate(o.template()).orElseThrow().operations()
        : o.template();
    BranchTemplate template = scenario.branchTemplate(id).orElseThrow();
    double service = template.productivity().serviceHoursPerMonth().mean()
        * (1.0 - scenario.policies().complaints().capacityShare());
    int weekly = file.contracts().stream().filter(c -> c.kind() == EmployeesFile.Kind.FULL_TIME)
        .mapToInt(EmployeesFile.ContractDef::hoursPerWeek).findFirst().orElse(40);
    double monthHours = weekly * 52.0 / 12.0;
    double share = Math.min(1.0, Math.max(0.05, service / monthHours));
    int belowTarget = (int) Math.round(scenario.planning().staffing().unmetPenaltyPerHour() * share);
    String serviceRole = scenario.roles().stream().filter(r -> r.kind() == chainsim.scenario.Role.Kind.SERVICE)
        .map(chainsim.scenario.Role::id).filter(r -> template.basePay().containsKey(r)).findFirst().orElse(null);
    double wageIndex = scenario.region(o.region()).map(r -> r.wageIndex().mean()).orElse(1.0);
    double basePay = serviceRole == null ? 0 : template.basePay().get(serviceRole).mean() * wageIndex;
    int overtime = (int) Math.round(OVERTIME_RATE * basePay / monthHours);
    return new BranchRoster.Prices(share, belowTarget, overtime);
  }

  /** China's labour law pays overtime on a working day at 150 % of the hourly wage. */
  static final double OVERTIME_RATE = 1.5;
}
