package chainsim.cli;

import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.report.html.Lang;
import chainsim.report.roster.RosterCalendar;
import chainsim.report.roster.RosterFigures;
import chainsim.report.roster.RosterFiles;
import chainsim.report.roster.RosterSentences;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.RosterExplanation;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chainsim plan roster SCENARIO --branch ID --weeks N}: the weekly shift roster of a branch. */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = {
      "Roster a branch's employees on its shifts for N weeks from a Monday: cover per day, shift and skill (from the"
          + " employees file, or derived from the simulator's workload forecast of the branch), contracts, rest,"
          + " availability, requests, fairness, and the emergency pool only where needed (docs/roster.md).",
      "The employees file is the branch's entry in planning.roster.employees_files of the scenario.",
      "Writes roster.csv, roster.html, roster-summary.md and calendars/<employee>.ics into a new directory (written"
          + " whole or not at all). A roster that cannot keep every hard rule is still written, and says which rules"
          + " it breaks and why (exit 0)."
    },
    footer = "%n--out defaults to plans/<scenario file name>-roster-<branch>.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:a roster was written (see its summary for any hard rule it breaks)", "1:the run failed",
        "2:bad input: an invalid scenario, employees file, previous roster or history, a bad option; nothing is written"})
final class RosterPlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--branch", required = true, paramLabel = "ID",
      description = "The direct branch (or equity channel) to roster: an expansion id of the scenario.")
  String branch;

  @Option(names = "--weeks", required = true, paramLabel = "N", description = "Weeks to roster (1 to 26).")
  int weeks;

  @Option(names = "--start", paramLabel = "DATE|MONTH",
      description = "First day, a Monday (2027-07-05), or a month (2027-07: its first Monday). Default:"
          + " the previous roster's first Monday, else planning.roster.start, else planning.staffing.first_month.")
  String start;

  @Option(names = "--previous", paramLabel = "CSV",
      description = "A published roster.csv to re-roster from: its days up to --publish-until are kept as they are,"
          + " and every later change against it costs the employees file's change weight.")
  Path previous;

  @Option(names = "--publish-until", paramLabel = "DATE",
      description = "With --previous: the last day already published or past (inclusive); those days are pinned.")
  String publishUntil;

  @Option(names = "--history", paramLabel = "CSV",
      description = "The days actually worked before the first day (employee,date,shift; a roster.csv will do): runs"
          + " of days worked, the rest after the last shift and the weekends of the four-week window continue from it.")
  Path history;

  @CommandLine.Mixin OutputDirectoryOption output;

  @Option(names = "--steps", paramLabel = "N",
      description = "Local search steps (default: 10000). The same inputs, seed and steps give the same files on any"
          + " machine, unless the time limit stops the search first.")
  Long steps;

  @CommandLine.Mixin TimeLimitOption timeLimit;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the forecast and the solver (default: the scenario's).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N",
      description = "Simulations that forecast the cover (default: planning.staffing.forecast_replications).")
  Integer replications;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Lang language = lang.lang();
    LoadedScenario loaded = ScenarioLoader.load(file);
    int workers = threads.workers();
    Path target = output.target(Path.of("plans", RunCommand.stem(file) + "-roster-" + branch));
    LocalDate until = null;
    if (publishUntil != null) {
      try {
        until = LocalDate.parse(publishUntil);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--publish-until '" + publishUntil + "' is not a date like 2027-07-11");
      }
    }
    PrintWriter printer = spec.commandLine().getOut();
    PrintWriter status = spec.commandLine().getErr();
    Duration limit = timeLimit.orNull();
    var request = new RosterPlanner.Request(branch, weeks, start, previous, until, limit, steps, seed,
        replications, workers, EngineKind.ACTOR, history);
    RosterPlanner.Result roster;
    try (Listener listener = new Listener(status)) {
      roster = RosterPlanner.plan(loaded.scenario(), file, request, listener, Cancellation.none());
    }
    output.write(target, dir -> RosterFiles.write(dir, roster, language, ChainsimCommand.version()));
    print(printer, roster);
    if (roster.stoppedByTime()) {
      printer.println("  note: the time limit stopped the search before its steps; another run may give another"
          + " roster (raise --time-limit or lower --steps for one that repeats)");
    }
    printer.printf(Locale.ROOT, "%nRoster written to %s in %.0f s:%n", target, (System.nanoTime() - started) / 1e9);
    for (String name : RosterFiles.names()) {
      String extra = name.startsWith(RosterCalendar.DIR) ? " (" + RosterFiles.calendarCount(roster)
          + " calendars, one per employee)" : "";
      printer.println("  " + target.resolve(name) + (name.endsWith("/") ? "/" : "") + extra);
    }
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  private static void print(PrintWriter p, RosterPlanner.Result r) {
    var problem = r.problem();
    RosterFigures f = RosterFigures.of(r);
    int pool = problem.pool().members();
    p.printf(Locale.ROOT, "Roster for %s (%s), %s to %s (%d %s): %d employees%s%n", problem.branch(),
        problem.scenario().name(), problem.firstDay(), problem.lastDay(), problem.weeks(),
        problem.weeks() == 1 ? "week" : "weeks", problem.roster().getStaff().size() - pool,
        pool == 0 ? "" : " + " + pool + " from the emergency pool");
    var cover = problem.cover();
    p.printf(Locale.ROOT, "  cover %s%n", cover.given() ? "from the employees file"
        : String.format(Locale.ROOT, "derived from the forecast: target P%d, minimum the median (%d replications)",
            Math.round(cover.serviceLevel() * 100), cover.replications()));
    p.printf(Locale.ROOT, "  minimum met on %d of %d slots, target on %d (%s person-hours short); emergency pool %d"
        + " shifts, %s h, ¥%,d%n", f.minimumMet(), f.slots(), f.targetMet(), number(f.personHoursShort()),
        f.poolShifts(), number(f.poolHours()), f.poolCost());
    if (problem.rerostering() != null) {
      var rr = problem.rerostering();
      p.printf(Locale.ROOT, "  re-rostered: %s; %d of %d published days changed%n", rr.publishUntil() == null
          ? "no day pinned (--publish-until pins the days already published or past)"
          : "days up to " + rr.publishUntil() + " pinned", f.changed(), rr.publishedCells());
    }
    RosterExplanation e = r.explanation();
    p.printf(Locale.ROOT, "  %s (score %s)%n", e.feasible() ? "every hard rule kept"
        : "BREAKS HARD RULES: " + f.hardBreaks() + " breaks, " + f.hardPoints() + " hard points", e.score());
    RosterSentences sentences = RosterSentences.of(r, Lang.EN);
    for (RosterExplanation.Break b : e.breaks()) {
      p.printf(Locale.ROOT, "  broken: %s on %s (%s): %s%n", b.constraint(), b.date(), b.who(), sentences.why(b));
    }
    StringBuilder soft = new StringBuilder();
    for (Map.Entry<String, Integer> t : f.softByTerm().entrySet()) {
      soft.append(soft.length() == 0 ? "" : ", ").append(t.getKey().toLowerCase(Locale.ROOT)).append(' ')
          .append(String.format(Locale.ROOT, "%,d", t.getValue()));
    }
    p.printf(Locale.ROOT, "  soft costs: %s%n", soft.length() == 0 ? "none" : soft);
    problem.notes().forEach(n -> p.println("  note: " + n));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** Progress on standard error: a line per stage, and a bar while the forecast runs on a terminal. */
  private static final class Listener implements RosterPlanner.Listener, AutoCloseable {
    private final PrintWriter status;
    private final ForecastBar bar = new ForecastBar();

    Listener(PrintWriter status) {
      this.status = status;
    }

    @Override
    public void forecasting(int replications, int firstMonth, int lastMonth) {
      status.printf(Locale.ROOT, "Forecasting the workload: %d %s of months 1 to %d (cover for %s)%n",
          replications, replications == 1 ? "replication" : "replications", lastMonth,
          firstMonth == lastMonth ? "month " + firstMonth : "months " + firstMonth + " to " + lastMonth);
      status.flush();
      bar.start(replications);
    }

    @Override
    public IntConsumer forecastProgress() {
      return bar.ticks();
    }

    @Override
    public void solving(int employees, int pool, int days, int shiftTypes, String budget) {
      close();
      status.printf(Locale.ROOT, "Solving: %d %s%s, %d days, %d shift types (%s)%n", employees,
          employees == 1 ? "employee" : "employees", pool == 0 ? "" : " + " + pool + " from the pool", days,
          shiftTypes, budget);
      status.flush();
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
