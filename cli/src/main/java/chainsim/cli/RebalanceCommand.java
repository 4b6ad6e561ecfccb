package chainsim.cli;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.engine.Simulation;
import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.PlanningInputException;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.rebalance.calibration.CalibratedOverlay;
import chainsim.rebalance.calibration.ScenarioCalibration;
import chainsim.rebalance.observations.ActualsObservations;
import chainsim.rebalance.forecast.ForecastCheck;
import chainsim.rebalance.forecast.RunDirectory;
import chainsim.rebalance.replan.PlanChanges;
import chainsim.rebalance.replan.PlanInForce;
import chainsim.report.calibration.CalibrationMarkdown;
import chainsim.report.compare.Comparison;
import chainsim.report.forecast.ForecastCheckCsv;
import chainsim.report.forecast.ForecastCheckHtml;
import chainsim.report.forecast.ForecastCheckMarkdown;
import chainsim.report.html.Lang;
import chainsim.report.plan.PlanDocument;
import chainsim.report.plan.PlanScenarioFile;
import chainsim.report.plan.PlanSummary;
import chainsim.report.plan.PlanWriter;
import chainsim.report.rebalance.RebalanceDocument;
import chainsim.report.rebalance.RebalanceMarkdown;
import chainsim.report.rebalance.RebalancePage;
import chainsim.report.run.AtomicDirectory;
import chainsim.report.run.Manifest;
import chainsim.report.run.RunWriter;
import chainsim.report.runreport.ReportFiles;
import chainsim.report.runreport.RunReport;
import chainsim.report.staffing.StaffingPlanFiles;
import chainsim.restart.StartState;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Opening;
import chainsim.scenario.Problem;
import chainsim.scenario.RebalancePlanning;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import chainsim.scenario.ScenariosRoot;
import chainsim.staffing.MovesFile;
import chainsim.staffing.StaffingInputException;
import chainsim.staffing.StaffingPlanner;
import chainsim.staffing.StaffingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainsim rebalance SCENARIO --actuals DIR --as-of YYYY-MM [--previous DIR] [--out DIR]}:
 * the strategy team's month in one command. The steps, each a method below: find the plan in
 * force; check and read the actuals; calibrate; restart from the as-of state; re-plan the
 * expansion with what is executed or committed pinned; re-plan staffing; forecast the new plan
 * from the as-of state; check last month's forecast; write the pages for review.
 */
@Command(
    name = "rebalance",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly rebalance (docs/rebalance.md): check the previous forecast against the actuals, calibrate the"
          + " scenario's uncertain parameters, restart the simulation from the as-of state (not from month 1),"
          + " re-plan the expansion (openings open or committed are pinned; each change from the plan in force costs"
          + " planning.expansion.change_penalty) and staffing (months decided are pinned), and forecast the new plan.",
      "SCENARIO holds the priors (the scenario the team plans with); the plan in force is the previous rebalance's"
          + " (--previous), else SCENARIO's own. Writes DIR with calibrated.yaml, calibration.md, replan.yaml, plan/,"
          + " staffing/, run/, rebalance.md and rebalance.html, all or nothing. Same inputs, same bytes: the"
          + " re-plans search for a number of moves and steps (planning.rebalance), not for a time.",
      "Bad actuals: every problem as 'file:line:column: message', exit 2, nothing written."
    },
    footer = "%n--out defaults to ROOT/rebalance/<scenario>-<as-of>, inside the scenarios' root ROOT.")
final class RebalanceCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RebalanceCommand.class);

  static final String CALIBRATED = "calibrated.yaml";
  static final String REPLAN = "replan.yaml";
  static final String PLAN_DIR = "plan";
  static final String STAFFING_DIR = "staffing";
  static final String RUN_DIR = "run";
  static final String FORECAST_CHECK = "forecast-check.csv";
  static final String DRIVERS = "drivers.csv";
  /** The staffing solver's time limit only caps the steps, which decide where it stops. */
  private static final Duration STAFFING_CAP = Duration.ofMinutes(10);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ActualsInput input;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "Last month's rebalance directory, or a 'chainsim run' directory for the first month: its"
          + " forecast is checked against the actuals, its plan is the plan in force, its staffing moves are kept.")
  Path previous;

  @CommandLine.Mixin OutputDirectoryOption output;

  @CommandLine.Mixin ThreadsOption threads;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications of the new plan's restarted forecast (default: planning.rebalance.replications,"
          + " else run.replications). The re-plans check plans with planning.expansion.validation_replications and"
          + " forecast the workload with planning.staffing.forecast_replications.")
  Integer replications;

  @CommandLine.Mixin LanguageOption lang;

  /** The plan the rebalance starts from, and where it came from. */
  private record InForce(Scenario scenario, Path file, Path run, MovesFile moves) {}

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    LoadedScenario loaded = input.load();
    Scenario base = loaded.scenario();
    RebalancePlanning settings = base.planning().rebalance();
    int reps = replications != null ? replications
        : settings.replications() != null ? settings.replications() : base.replications();
    int workers = threads.workers();
    if (reps < 1 || reps > 100_000) {
      throw new BadInputException("--replications must be between 1 and 100000, not " + reps);
    }
    Lang language = lang.lang();
    Path target = target(input.scenarioFile);
    InForce inForce = planInForce(base);

    // the actuals report on the plan in force's openings
    Scenario reported = base.withExpansion(inForce.scenario().expansion());
    List<Problem> problems = ActualsReader.validate(input.dir, reported, input.asOf);
    if (!problems.isEmpty()) {
      new ProblemPrinter(spec.commandLine().getErr()).print(problems);
      return ChainsimCommand.EXIT_BAD_INPUT;
    }
    Actuals actuals = ActualsReader.read(input.dir, reported, input.asOf);
    ActualsObservations observations = ActualsObservations.from(reported, actuals);
    ScenarioCalibration calibration = ScenarioCalibration.of(base, observations.observations());
    ForecastCheck check = inForce.run() == null ? null
        : ForecastCheck.of(reported, RunDirectory.read(inForce.run()), actuals);
    PlanInForce plan = PlanInForce.of(inForce.scenario(), actuals, settings.committedMonths());
    LOG.info("{}: plan in force from {}, {} openings; {} parameters calibrated", base.name(),
        Problem.displayPath(inForce.file()), plan.rows().size(), calibration.parameters().size());

    String command = String.join(" ", commandLine());
    RebalanceDocument[] document = new RebalanceDocument[1];
    output.write(target, into -> document[0] =
        rebalance(into, target, loaded, inForce, actuals, observations, calibration, check, plan, reps, workers,
            command, language));
    PrintWriter printer = spec.commandLine().getOut();
    RebalanceDocument d = document[0];
    printer.printf(Locale.ROOT, "%s as of %s: %d of %d openings change; %d parameters calibrated%n", d.scenario(),
        d.asOf(), d.moved(), d.changes().size(), d.calibrated().size());
    for (PlanChanges.Change c : d.changes()) {
      if (c.changed()) {
        printer.printf(Locale.ROOT, "  %-8s %s %s: %s -> %s%n", c.kind().key(), c.region(), c.mode().key(),
            c.before() == null ? "-" : "month " + c.before().month(),
            c.after() == null ? "-" : "month " + c.after().month());
      }
    }
    d.notes().forEach(n -> printer.println("note: " + n));
    printer.printf(Locale.ROOT, "Rebalance written to %s in %.0f s (%s, %s)%n", target,
        (System.nanoTime() - started) / 1e9, RebalanceMarkdown.FILE, RebalancePage.FILE);
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  /** Where the steps write (aside, then renamed to {@code target}) and what they share. */
  private record Work(Path into, Path target, String command, Lang language, int workers,
      Function<Scenario, Simulation> restarted, List<String> notes) {}

  /** The new expansion plan: its file, its openings and, when re-planned, its verdict and comparison table. */
  private record Expansion(Path file, List<Opening> openings, String verdict, String summary) {}

  /** The staffed plan's file and the staffing re-plan, or why there is none. */
  private record Staffing(Path file, StaffingResult result, String skipped) {}

  /** Every step that writes, into the directory that becomes {@code target}: one method per step below. */
  private RebalanceDocument rebalance(Path into, Path target, LoadedScenario loaded, InForce inForce, Actuals actuals,
      ActualsObservations observations, ScenarioCalibration calibration, ForecastCheck check, PlanInForce plan,
      int reps, int workers, String command, Lang language) throws IOException {
    Scenario base = loaded.scenario();
    StartState state = StartState.fromActuals(actuals, base.withExpansion(inForce.scenario().expansion()));
    Work work = new Work(into, target, command, language, workers, s -> new Simulation(s).restartingFrom(state),
        new ArrayList<>());
    writeCalibration(work, base, observations, calibration);
    LoadedScenario replan = writeReplan(work, base, inForce, plan);
    Expansion expansion = replanExpansion(work, replan, plan);
    Staffing staffing = replanStaffing(work, expansion.file(), plan.asOf() + 1, inForce.moves());
    Path runDir = forecast(work, staffing.file(), reps, plan.asOf());
    return writePages(work, base, inForce, observations, calibration, check, plan, expansion, staffing, runDir);
  }

  private void writeCalibration(Work w, Scenario base, ActualsObservations observations,
      ScenarioCalibration calibration) throws IOException {
    String scenarioPath = relative(w.target(), input.scenarioFile);
    Files.writeString(w.into().resolve(CALIBRATED), CalibratedOverlay.yaml(calibration, scenarioPath,
        base.name() + "-calibrated-" + input.asOf, List.of(
            "Calibrated from the actuals to " + input.asOf + " by: " + w.command(),
            "The prior-vs-posterior table: calibration.md next to this file.")),
        StandardCharsets.UTF_8);
    Files.writeString(w.into().resolve("calibration.md"), CalibrationMarkdown.of(base.name(), scenarioPath,
        input.asOf, calibration.table(), observations.notCalibrated()), StandardCharsets.UTF_8);
  }

  /** {@code replan.yaml}: the plan in force on the calibrated scenario, open and committed openings pinned. */
  private LoadedScenario writeReplan(Work w, Scenario base, InForce inForce, PlanInForce plan) throws IOException {
    Files.writeString(w.into().resolve(REPLAN), plan.overlay(base, CALIBRATED, relative(w.target(), inForce.file()),
        base.name() + "-replan-" + input.asOf, List.of(
            "The plan in force (" + Problem.displayPath(inForce.file()) + ") on the calibrated scenario, with what the"
                + " as-of state (" + input.asOf + ") has open or committed pinned: what the expansion re-plan starts"
                + " from. Written by: " + w.command())), StandardCharsets.UTF_8);
    return load(w.into().resolve(REPLAN));
  }

  /**
   * The expansion re-plan from the as-of state (the open and committed openings its baseline, its
   * plans checked from that state); the plan in force when there is nothing to decide.
   */
  private Expansion replanExpansion(Work w, LoadedScenario replan, PlanInForce plan) throws IOException {
    var settings = replan.scenario().planning();
    try {
      ExpansionPlanner.Request request = new ExpansionPlanner.Request(null, settings.rebalance().expansionMoves(),
          Path.of("target", "chainsim-cache"), w.workers(), settings.expansion().validationReplications(), true, false);
      long t = System.nanoTime();
      ExpansionPlanner.Result outcome = ExpansionPlanner.plan(replan, request, new ExpansionPlanner.Listener() {},
          Cancellation.none(), new ExpansionPlanner.Restart(plan.asOf(), plan.decided(), w.restarted()));
      LOG.info("expansion re-planned in {} ({} openings)", Logging.seconds(t), outcome.planner().openings().size());
      String search = String.format(Locale.ROOT, "%,d moves", settings.rebalance().expansionMoves());
      PlanDocument doc = PlanDocument.of(outcome, w.command(), search, w.language()).withoutTimings();
      Path planDir = Files.createDirectories(w.into().resolve(PLAN_DIR));
      new PlanWriter(doc, planDir, w.target().resolve(PLAN_DIR)).writeInto(planDir);
      w.notes().addAll(outcome.notes());
      String verdict = PlanSummary.verdict(doc);
      return new Expansion(planDir.resolve(PlanScenarioFile.PLAN), outcome.planner().openings(), verdict,
          verdict + "\n\n" + PlanSummary.table(doc));
    } catch (PlanningInputException e) {
      w.notes().add("expansion not re-planned (" + e.getMessage() + "): the plan in force is kept, with its pins");
      return new Expansion(w.into().resolve(REPLAN), replan.scenario().expansion(), null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while re-planning the expansion", e);
    }
  }

  /** The staffing re-plan of the new plan from month {@code first}, its workload forecast restarted. */
  private Staffing replanStaffing(Work w, Path planFile, int first, MovesFile previousMoves) throws IOException {
    LoadedScenario planned = load(planFile);
    try {
      int window = planned.scenario().planning().staffing().windowMonths();
      if (first + window - 1 > planned.scenario().horizon().months()) {
        throw new StaffingInputException("the staffing window, months " + first + " to " + (first + window - 1)
            + ", runs past the horizon");
      }
      StaffingPlanner.Request request = new StaffingPlanner.Request(first, null, null, STAFFING_CAP,
          planned.scenario().planning().rebalance().staffingUnimprovedSteps(), w.workers(), EngineKind.ACTOR,
          previousMoves);
      long t = System.nanoTime();
      StaffingResult staffing =
          StaffingPlanner.plan(planned.scenario(), request, new StaffingPlanner.Listener() {}, Cancellation.none(),
              w.restarted());
      LOG.info("staffing re-planned in {} (months {} to {}, score {})", Logging.seconds(t), staffing.firstMonth(),
          staffing.lastMonth(), staffing.score());
      Path staffingDir = Files.createDirectories(w.into().resolve(STAFFING_DIR));
      StaffingPlanFiles.write(staffingDir, staffing, planFile, shown(w.into(), w.target(), planFile),
          planned.sha256(), w.language());
      return new Staffing(staffingDir.resolve(StaffingPlanFiles.PLAN), staffing, null);
    } catch (StaffingInputException e) {
      w.notes().add("staffing not re-planned: " + e.getMessage());
      return new Staffing(planFile, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while re-planning staffing", e);
    }
  }

  /** The new plan's forecast from the as-of state: {@code run/}, next month's {@code --previous}. */
  private Path forecast(Work w, Path planFile, int reps, int asOf) throws IOException {
    LoadedScenario finalPlan = load(planFile);
    Scenario asRun = finalPlan.scenario().withRun(finalPlan.scenario().seed(), reps);
    Simulation simulation = w.restarted().apply(asRun);
    MonteCarloResult result;
    long forecasting = System.nanoTime();
    try {
      result = MonteCarlo.run(simulation, reps, w.workers(), EngineKind.ACTOR, done -> {});
      LOG.info("the new plan forecast from month {} in {} ({} replications)", asOf + 1,
          Logging.seconds(forecasting), reps);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forecasting the new plan", e);
    }
    Path runDir = Files.createDirectories(w.into().resolve(RUN_DIR));
    Manifest manifest = new Manifest(ChainsimCommand.version(), asRun.name(), shown(w.into(), w.target(), planFile),
        finalPlan.sha256(), asRun.seed(), reps, EngineKind.ACTOR.key(), commandLine());
    new RunWriter(simulation, result, manifest, ScenarioWriter.write(asRun)).writeInto(runDir);
    RunReport.of(runDir, w.language()).write(ReportFiles.inRunDirectory(runDir));
    return runDir;
  }

  /** The forecast check's files, {@code rebalance.md} and {@code rebalance.html}. */
  private RebalanceDocument writePages(Work w, Scenario base, InForce inForce, ActualsObservations observations,
      ScenarioCalibration calibration, ForecastCheck check, PlanInForce plan, Expansion expansion, Staffing staffing,
      Path runDir) throws IOException {
    Lang language = w.language();
    Comparison comparison = inForce.run() == null ? null : Comparison.of(inForce.run(), runDir, language);
    if (check != null) {
      Files.writeString(w.into().resolve(FORECAST_CHECK), ForecastCheckCsv.forecastCheck(check),
          StandardCharsets.UTF_8);
      Files.writeString(w.into().resolve(DRIVERS), ForecastCheckCsv.drivers(check), StandardCharsets.UTF_8);
    }
    List<PlanChanges.Change> changes = PlanChanges.between(base, inForce.scenario().expansion(), expansion.openings());
    RebalanceDocument doc = new RebalanceDocument(base.name(), YearMonth.parse(base.horizon().start()), input.asOf,
        w.command(), calibration.table(), observations.notCalibrated(), plan, changes, expansion.summary(),
        expansion.verdict(), staffing.result(), comparison,
        check == null ? null : ForecastCheckMarkdown.section(check, language),
        check == null ? null : page -> ForecastCheckHtml.section(page, check), staffing.skipped(), w.notes());
    Files.writeString(w.into().resolve(RebalanceMarkdown.FILE), RebalanceMarkdown.render(doc, language),
        StandardCharsets.UTF_8);
    Files.writeString(w.into().resolve(RebalancePage.FILE), RebalancePage.render(doc, language,
        "chainsim " + ChainsimCommand.version()), StandardCharsets.UTF_8);
    return doc;
  }

  /** The previous rebalance's (or run's) plan, forecast and staffing moves; SCENARIO's own plan without one. */
  private InForce planInForce(Scenario base) throws IOException {
    if (previous == null) {
      return new InForce(base, input.scenarioFile, null, MovesFile.empty());
    }
    Path run = Files.exists(previous.resolve(RUN_DIR).resolve("summary.json")) ? previous.resolve(RUN_DIR) : previous;
    Path scenarioFile = run.resolve("scenario.yaml");
    if (!Files.exists(run.resolve("summary.json")) || !Files.exists(scenarioFile)) {
      throw new BadInputException(previous + ": neither a rebalance directory (with run/) nor a run directory"
          + " (summary.json and scenario.yaml)");
    }
    Scenario inForce = load(scenarioFile).scenario();
    if (!inForce.horizon().equals(base.horizon())) {
      throw new BadInputException(Problem.displayPath(scenarioFile) + ": horizon " + inForce.horizon().start() + " + "
          + inForce.horizon().months() + " months differs from " + Problem.displayPath(input.scenarioFile) + "'s "
          + base.horizon().start() + " + " + base.horizon().months() + ": is it a run of another scenario?");
    }
    Path moves = previous.resolve(STAFFING_DIR).resolve(MovesFile.NAME);
    return new InForce(inForce, scenarioFile, run, Files.exists(moves) ? MovesFile.read(moves) : MovesFile.empty());
  }

  private Path target(Path scenarioFile) throws IOException {
    Path root = ScenariosRoot.of(scenarioFile);
    String stem = RunCommand.stem(scenarioFile);
    Path t = output.chosen(root.resolve("rebalance").resolve(stem + "-" + input.asOf));
    Path abs = OutputPaths.realAsFarAsItExists(t);
    if (!abs.startsWith(root) || abs.equals(root)) {
      throw new BadInputException(t + " is outside the scenarios' root " + root + " (the directory holding "
          + ScenariosRoot.MARKER + "): the overlays it writes extend the scenario and must live below that root");
    }
    output.refuseExisting(t);
    return t;
  }

  /** How a file written aside is shown: where it will be once the output directory is in place. */
  private static String shown(Path into, Path target, Path file) {
    return Problem.displayPath(target.resolve(into.relativize(file)));
  }

  /** A file's path from the output directory (and so from its sibling being written), with forward slashes. */
  private static String relative(Path target, Path file) throws IOException {
    return OutputPaths.realAsFarAsItExists(target).relativize(file.toRealPath()).toString().replace('\\', '/');
  }

  private static LoadedScenario load(Path file) throws IOException {
    try {
      return ScenarioLoader.load(file);
    } catch (ScenarioException e) {
      throw new IOException(Problem.displayPath(file) + " does not load: " + e.getMessage(), e);
    }
  }

  /**
   * The command line as the files record it, without {@code --force}: running the same month again
   * with {@code --force} writes the same bytes.
   */
  private List<String> commandLine() {
    List<String> line = new ArrayList<>();
    line.add("chainsim");
    spec.commandLine().getParseResult().originalArgs().stream().filter(a -> !a.equals("--force")).forEach(line::add);
    return line;
  }
}
