package chainsim.cli;

import chainsim.expansion.ExpansionPlanner;
import chainsim.input.Durations;
import chainsim.planning.Cancellation;
import chainsim.report.html.Lang;
import chainsim.report.plan.PlanDocument;
import chainsim.report.plan.PlanScenarioFile;
import chainsim.report.plan.PlanSummary;
import chainsim.report.plan.PlanReport;
import chainsim.report.plan.PlanWriter;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code chainsim plan expansion SCENARIO}: which cells to enter, when and how, checked by simulation. */
@Command(
    name = "expansion",
    mixinStandardHelpOptions = true,
    description = {
      "Plan the expansion: for every region x industry cell, a mode (direct, equity, partner) and a start quarter,"
          + " or not to enter it, within the scenario's capital, reserve, bandwidth, ordering and gate rules"
          + " (planning.expansion), for the best expected NPV at the scenario's risk appetite.",
      "Learns a surrogate of the simulator (each candidate opening simulated alone; cached), starts from a greedy"
          + " baseline, searches with OptaPlanner, then checks the plan, the greedy baseline and the scenario's own"
          + " plan with the full simulator on the same seeds.",
      "Writes plan.yaml (runs with chainsim run), plan-report.html and plan-summary.md into a new directory."
          + " Ctrl-C stops the search and keeps the best plan."
    },
    footer = "%n--out defaults to plans/<scenario file name>.")
final class ExpansionPlanCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ExpansionPlanCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path file;

  @CommandLine.Mixin TimeLimitOption timeLimit;

  @Option(names = "--moves", paramLabel = "N",
      description = "Search by a number of evaluated moves instead of time: the same scenario, seed and N give the"
          + " same plan on any machine (openings learnt by earlier runs are not used). Overrides --time-limit.")
  Long moves;

  @Option(names = "--unimproved-time-limit", paramLabel = "TIME",
      description = "Stop the search when its best plan has not improved for this long, e.g. 20s (default:"
          + " planning.expansion.unimproved_time_limit, else none). A space small enough to enumerate is enumerated.")
  String unimproved;

  @CommandLine.Mixin OutputDirectoryOption output;

  @CommandLine.Mixin ThreadsOption threads;

  @Option(names = "--validation-replications", paramLabel = "N",
      description = "Replications of each full-simulation check; 0 skips the checks"
          + " (default: planning.expansion.validation_replications).")
  Integer validationReplications;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where surrogates are cached, by scenario hash (default: target/chainsim-cache).")
  Path cache;

  @Option(names = "--no-cache", description = "Neither read nor write the surrogate cache.")
  boolean noCache;

  @CommandLine.Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    Lang language = lang.lang();
    LoadedScenario loaded = ScenarioLoader.load(file);
    ExpansionPlanner.Request request = request(loaded);
    Path target = output.target(Path.of("plans", RunCommand.stem(file)));
    ExpansionPlanner.Result outcome = planUntilDoneOrCtrlC(loaded, request);
    if (outcome == null) {
      spec.commandLine().getErr().println("chainsim: stopped before a plan existed (while learning the surrogate);"
          + " nothing written");
      spec.commandLine().getErr().flush();
      return ChainsimCommand.EXIT_RUN_FAILURE;
    }
    String search = describe(request.timeLimit(), outcome);
    PlanDocument document = PlanDocument.of(outcome, String.join(" ", commandLine()), search, language);
    output.write(target, dir -> new PlanWriter(document, target).writeInto(dir));
    printSummary(outcome, document, search, target);
    return ChainsimCommand.EXIT_OK;
  }

  /** The planner's settings from the options and {@code planning.expansion}, each checked. */
  private ExpansionPlanner.Request request(LoadedScenario loaded) {
    var settings = loaded.scenario().planning().expansion();
    if (moves != null && moves < 1) {
      throw new BadInputException("--moves must be at least 1, not " + moves);
    }
    Duration limit = moves != null ? null : timeLimit.orElse(settings.timeLimit(), "planning.expansion.time_limit");
    int workers = threads.workers();
    int checks = validationReplications != null ? validationReplications : settings.validationReplications();
    if (checks < 0 || checks > 100_000) {
      throw new BadInputException("--validation-replications must be between 0 and 100000, not " + checks);
    }
    Path cacheDir = noCache ? null : cache != null ? cache : Path.of("target", "chainsim-cache");
    return new ExpansionPlanner.Request(limit, moves, cacheDir, workers, checks, true, moves == null,
        unimproved == null ? null : Durations.parse(unimproved, "--unimproved-time-limit"));
  }

  /** Plans with progress on the terminal; the first Ctrl-C stops and keeps the best plan. Null: stopped before one. */
  private ExpansionPlanner.Result planUntilDoneOrCtrlC(LoadedScenario loaded, ExpansionPlanner.Request request) {
    Duration limit = request.timeLimit();
    PlanProgress progress =
        new PlanProgress(System.err, System.console() != null, limit == null ? 0 : limit.toMillis());
    Cancellation cancellation = new Cancellation();
    Interrupts.cancelOnFirstInterrupt(cancellation, () -> {
      System.err.println();
      System.err.println("chainsim: stopping; keeping the best plan found so far (Ctrl-C again to abort)");
    });
    long started = System.nanoTime();
    LOG.info("{}: planning the expansion, search limit {}, {} threads, {} validation replications, cache {}",
        loaded.scenario().name(), limit == null ? moves + " moves" : limit.toSeconds() + " s", request.threads(),
        request.validationReplications(), request.cacheDirectory() == null ? "off" : request.cacheDirectory());
    try {
      ExpansionPlanner.Result outcome = ExpansionPlanner.plan(loaded, request, progress, cancellation);
      LOG.info("expansion planned in {}", Logging.seconds(started));
      return outcome;
    } catch (InterruptedException e) {
      return null;
    } finally {
      progress.end();
    }
  }

  private void printSummary(ExpansionPlanner.Result outcome, PlanDocument document, String search, Path target) {
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(outcome.loaded().scenario().name() + ": " + outcome.planner().openings().size()
        + " openings planned (" + search + ")");
    printer.println();
    printer.println(PlanSummary.verdict(document));
    printer.println();
    printer.print(PlanSummary.table(document));
    outcome.notes().forEach(n -> printer.println("note: " + n));
    printer.println();
    printer.println("Plan written to " + target + " (" + PlanScenarioFile.PLAN + ", " + PlanReport.FILE + ", "
        + PlanSummary.FILE + ")");
    printer.flush();
  }

  private String describe(Duration limit, ExpansionPlanner.Result o) {
    String spent = String.format(Locale.ROOT, "%.0f s searching + %.0f s learning openings, %s",
        o.solve().millis() / 1000.0, o.solve().learnSeconds(),
        limit == null ? String.format(Locale.ROOT, "limit %,d moves", moves) : "limit " + limit.toSeconds() + " s");
    if (o.solve().enumerated() > 0) {
      spent += String.format(Locale.ROOT, "; every plan enumerated (%,d scored)", o.solve().enumerated());
    } else if (o.solve().restarts() > 0) {
      spent += String.format(Locale.ROOT, "; %d restarts, ended by the %s", o.solve().restarts(), o.solve().stoppedBy());
    }
    return o.solve().stoppedEarly() ? spent + " (stopped early)" : spent;
  }

  private List<String> commandLine() {
    List<String> line = new ArrayList<>();
    line.add("chainsim");
    line.addAll(spec.commandLine().getParseResult().originalArgs());
    return line;
  }
}
