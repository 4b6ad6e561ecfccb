package chainsim.cli;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.engine.Simulation;
import chainsim.restart.StartState;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.report.run.Manifest;
import chainsim.report.run.RunWriter;
import chainsim.report.html.Lang;
import chainsim.report.runreport.ReportFiles;
import chainsim.report.runreport.RunReport;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code chainsim run FILE}: Monte Carlo replications of a scenario, written as a run directory. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate a scenario many times over and write the run: summary.json, monthly.csv, entities.csv,"
          + " events.csv, clients-sample.csv, replications.csv, manifest.json and scenario.yaml, and its reports"
          + " report.html, report.xlsx and summary.md, into a new directory (written whole or not at all). Prints the"
          + " headline figures, then the path of the HTML report.",
      "Same scenario and seed give the same bytes, whatever the engine or the number of threads."
    },
    footer = "%n--out defaults to runs/<scenario file name>. With --cluster, --threads is each worker's own.")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @CommandLine.Mixin SimulationOptions simulate;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin OutputDirectoryOption output;

  @Option(names = "--no-report", description = "Write the run's data files only, not report.html, report.xlsx and"
      + " summary.md.")
  boolean noReport;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--restart-from", paramLabel = "DIR", description = "Restart from the state in an actuals directory"
      + " (actuals/ and state/, as of --as-of): every replication holds that state at the end of the as-of month and"
      + " is simulated from the month after (docs/actuals.md, \"What the state does not observe\").")
  Path restartFrom;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = ActualsCommand.MonthConverter.class,
      description = "The last month the --restart-from actuals cover.")
  YearMonth asOf;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(file);
    Scenario scenario = loaded.scenario();
    int reps = simulate.replications(scenario);
    long runSeed = simulate.seed(scenario);
    EngineKind kind = simulate.engine();
    Lang language = lang.lang();
    int workers = threads.workers();
    simulate.batchSize();
    Path target = output.target(Path.of("runs", stem(file)));
    Scenario asRun = scenario.withRun(runSeed, reps);
    long prepared = System.nanoTime();
    Simulation simulation = restartingIfAsked(new Simulation(asRun), scenario);
    LOG.info("{}: {} replications of {} months, seed {}, {} engine on {} threads; prepared in {}", scenario.name(),
        reps, simulation.months(), runSeed, kind.key(), workers, Logging.seconds(prepared));
    SimulationOptions.Simulated simulated;
    long simulating = System.nanoTime();
    try (Progress progress = Progress.start("simulating", reps)) {
      simulated = simulate.simulate(simulation, asRun, workers, target, progress::done);
    }
    MonteCarloResult result = simulated.result();
    LOG.info("simulated {} replications in {} ({} replications/s)", reps, Logging.seconds(simulating),
        String.format(java.util.Locale.ROOT, "%.1f", reps / Math.max(1e-9, (System.nanoTime() - simulating) / 1e9)));
    long writing = System.nanoTime();
    Manifest manifest = new Manifest(ChainsimCommand.version(), scenario.name(), Problem.displayPath(file),
        loaded.sha256(), runSeed, reps, kind.key(), commandLine(spec));
    output.write(target, dir -> writeRun(dir, simulation, result, manifest, asRun, !noReport, language));
    if (simulated.checkpoints() != null) {
      simulated.checkpoints().delete(); // the run directory holds it all now
    }
    LOG.info("wrote {}{} in {}", target, noReport ? "" : " with its reports", Logging.seconds(writing));
    PrintWriter printer = spec.commandLine().getOut();
    new ConsoleSummary(simulation, result).print(printer);
    printer.println();
    if (!simulated.reused().isEmpty()) {
      printer.println(simulated.reused());
    }
    printer.println("Run written to " + target);
    if (!noReport) {
      printer.println("Report: " + ReportFiles.inRunDirectory(target).html());
    }
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  /** A run directory's files into {@code dir}, and its reports (read back from those files) when asked. */
  static void writeRun(Path dir, Simulation simulation, MonteCarloResult result, Manifest manifest, Scenario asRun,
      boolean reports, Lang language) throws java.io.IOException {
    new RunWriter(simulation, result, manifest, ScenarioWriter.write(asRun)).writeInto(dir);
    if (reports) {
      // from the files just written, so 'chainsim report' on this directory gives the same bytes
      RunReport.of(dir, language).write(ReportFiles.inRunDirectory(dir));
    }
  }

  /** The simulation restarted from --restart-from's state, or as it is without it. */
  private Simulation restartingIfAsked(Simulation simulation, Scenario scenario) throws Exception {
    if ((restartFrom == null) != (asOf == null)) {
      throw new BadInputException("--restart-from and --as-of go together");
    }
    if (restartFrom == null) {
      return simulation;
    }
    if (simulate.batched()) {
      // workers build their simulation from the scenario text alone, and checkpoints are not keyed by the state
      throw new BadInputException("--restart-from does not work with --cluster or --resume yet");
    }
    ActualsCommand.checkAsOf(scenario, asOf);
    if (!Files.isDirectory(restartFrom)) {
      throw new BadInputException(restartFrom + ": no such directory");
    }
    Actuals actuals = ActualsReader.read(restartFrom, scenario, asOf);
    LOG.info("restarting from {} as of {}", Problem.displayPath(restartFrom), asOf);
    return simulation.restartingFrom(StartState.fromActuals(actuals, scenario));
  }

  static List<String> commandLine(CommandLine.Model.CommandSpec spec) {
    List<String> line = new ArrayList<>();
    line.add("chainsim");
    line.addAll(spec.commandLine().getParseResult().originalArgs());
    return line;
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

}
