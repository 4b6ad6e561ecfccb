package chainsim.cli;

import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.report.html.Lang;
import chainsim.report.staffing.StaffingPlanFiles;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioLoader;
import chainsim.staffing.MovesFile;
import chainsim.staffing.StaffingPlanner;
import chainsim.staffing.StaffingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code chainsim plan staffing FILE}: the monthly headcount plan per branch, role and skill. */
@Command(
    name = "staffing",
    mixinStandardHelpOptions = true,
    description = {
      "Plan the monthly headcount per branch (and equity channel), role and skill over the scenario's window"
          + " (planning.staffing): hires, releases, transfers and the emergency pool, covering the simulated"
          + " workload at the service level at least cost.",
      "Writes staffing-plan.yaml (an overlay 'chainsim run' simulates), staffing-summary.md, headcount.html,"
          + " staffing-moves.csv and the scenario as planned, into a new directory (written whole or not at all)."
    },
    footer = "%n--out defaults to plans/<scenario file name>-staffing.")
final class StaffingPlanCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(StaffingPlanCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @CommandLine.Mixin OutputDirectoryOption output;

  @CommandLine.Mixin TimeLimitOption timeLimit;

  @Option(names = "--replications", paramLabel = "N",
      description = "Simulations that forecast the workload (default: planning.staffing.forecast_replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the forecast and the solver (default: the scenario's).")
  Long seed;

  @Option(names = "--first-month", paramLabel = "M",
      description = "First month of the window (default: planning.staffing.first_month).")
  Integer firstMonth;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "A previous plan directory: its decided months are pinned (planning.staffing.pinned_months) and"
          + " change against it is penalised.")
  Path previous;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Lang language = lang.lang();
    LoadedScenario loaded = ScenarioLoader.load(file);
    int workers = threads.workers();
    Path target = output.target(Path.of("plans", RunCommand.stem(file) + "-staffing"));
    PrintWriter printer = spec.commandLine().getOut();
    PrintWriter status = spec.commandLine().getErr();
    Duration limit = timeLimit.orNull();
    MovesFile before = previous == null ? MovesFile.empty() : MovesFile.read(previous);
    StaffingPlanner.Request request = new StaffingPlanner.Request(firstMonth, replications, seed, limit, null,
        workers, EngineKind.ACTOR, before);
    LOG.info("{}: planning staffing on {} threads{}", loaded.scenario().name(), workers,
        previous == null ? "" : ", against the previous plan " + previous);
    StaffingResult plan;
    try (Listener listener = new Listener(status)) {
      plan = StaffingPlanner.plan(loaded.scenario(), request, listener, Cancellation.none());
    }
    LOG.info("staffing planned in {} ({}, score {})", Logging.seconds(started),
        plan.feasible() ? "feasible" : "not feasible", plan.score());
    output.write(target,
        dir -> StaffingPlanFiles.write(dir, plan, file, Problem.displayPath(file), loaded.sha256(), language));
    print(printer, plan);
    printer.printf(Locale.ROOT, "%nPlan written to %s in %.0f s:%n", target, (System.nanoTime() - started) / 1e9);
    for (String name : StaffingPlanFiles.names()) {
      printer.println("  " + target.resolve(name));
    }
    printer.println("Simulate it: chainsim run " + target.resolve(StaffingPlanFiles.PLAN));
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  private static void print(PrintWriter p, StaffingResult r) {
    int level = (int) Math.round(r.forecast().serviceLevel() * 100);
    p.printf(Locale.ROOT, "Staffing plan for %s, months %d to %d (%s to %s), demand covered at P%d%n",
        r.scenario().name(), r.firstMonth(), r.lastMonth(), r.calendar(r.firstMonth()), r.calendar(r.lastMonth()),
        level);
    p.printf(Locale.ROOT, "  %s (score %s)%n", r.feasible() ? "feasible" : "NOT FEASIBLE: breaks hard rules",
        r.score());
    p.printf(Locale.ROOT, "  hires %d, releases %d, transfers %d; emergency pool %,d h; unmet %,d h at P%d%n",
        r.total(StaffingResult.LineRow::hires), r.total(StaffingResult.LineRow::releases),
        r.total(StaffingResult.LineRow::transfersIn), Math.round(r.totalPoolHours()),
        Math.round(r.totalUnmetHours()), level);
    Map<String, Long> cost = r.costByConstraint();
    p.printf(Locale.ROOT, "  cost ¥%,d (payroll ¥%,d, hiring ¥%,d, releases ¥%,d, transfers ¥%,d, pool ¥%,d);"
        + " unmet-demand penalty ¥%,d%n", r.spend(), cost.getOrDefault("payroll", 0L),
        cost.getOrDefault("hiring cost", 0L), cost.getOrDefault("release cost", 0L),
        cost.getOrDefault("transfer cost", 0L), cost.getOrDefault("emergency pool cost", 0L),
        cost.getOrDefault("unmet demand", 0L));
    for (StaffingResult.Broken b : r.broken()) {
      p.printf(Locale.ROOT, "  broken: %s at %s: %s%n", b.constraint(), b.where(), b.why());
    }
  }

  /** Progress on standard error: a line per stage, and a bar while the forecast runs on a terminal. */
  private static final class Listener implements StaffingPlanner.Listener, AutoCloseable {
    private final PrintWriter status;
    private final ForecastBar bar = new ForecastBar();
    private long phaseStarted = System.nanoTime();

    Listener(PrintWriter status) {
      this.status = status;
    }

    @Override
    public void forecasting(int replications, int lastMonth) {
      status.printf(Locale.ROOT, "Forecasting the workload: %d replications of months 1 to %d%n", replications,
          lastMonth);
      status.flush();
      LOG.info("phase: forecasting the workload ({} replications); the scenario was prepared in {}", replications,
          Logging.seconds(phaseStarted));
      phaseStarted = System.nanoTime();
      bar.start(replications);
    }

    @Override
    public IntConsumer forecastProgress() {
      return bar.ticks();
    }

    @Override
    public void solving(int branches, int lines, int lineMonths, Duration timeLimit) {
      close();
      LOG.info("phase: solving ({} line-months); the forecast took {}", lineMonths, Logging.seconds(phaseStarted));
      phaseStarted = System.nanoTime();
      status.printf(Locale.ROOT, "Solving: %d %s, %d %s, %d line-months (time limit %s)%n", branches,
          branches == 1 ? "branch" : "branches", lines, lines == 1 ? "line" : "lines", lineMonths,
          timeLimit.toString().substring(2).toLowerCase(Locale.ROOT));
      status.flush();
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
