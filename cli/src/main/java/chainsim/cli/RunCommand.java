package chainsim.cli;

import chainsim.cluster.BatchPlan;
import chainsim.cluster.BatchedRun;
import chainsim.cluster.Checkpoints;
import chainsim.cluster.Endpoint;
import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.engine.Simulation;
import chainsim.restart.StartState;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
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
          + " events.csv, clients-sample.csv, manifest.json and scenario.yaml, and its reports report.html,"
          + " report.xlsx and summary.md, into a new directory (written whole or not at all). Prints the"
          + " headline figures, then the path of the HTML report.",
      "Same scenario and seed give the same bytes, whatever the engine or the number of threads."
    },
    footer = "%n--out defaults to runs/<scenario file name>. With --cluster, --threads is each worker's own.")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of every random stream (default: the scenario's).")
  Long seed;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin OutputDirectoryOption output;

  @Option(names = "--no-report", description = "Write the run's data files only, not report.html, report.xlsx and"
      + " summary.md.")
  boolean noReport;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "actor",
      description = "actor (Pekko, default) or sequential (a plain loop over the same model).")
  String engine;

  @Option(names = "--cluster", paramLabel = "SEED_HOST:SEED_PORT", converter = WorkerCommand.EndpointConverter.class,
      description = "Run the replications on the workers of the cluster this seed node belongs to ('chainsim worker');"
          + " the run directory has the same bytes as on this machine.")
  Endpoint cluster;

  @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
      converter = WorkerCommand.EndpointConverter.class,
      description = "With --cluster: the address this process listens on while it coordinates the run"
          + " (default: ${DEFAULT-VALUE}, loopback and any free port; workers on other machines need one they reach).")
  Endpoint bind;

  @Option(names = "--batch-size", paramLabel = "B",
      description = "Replications per batch: what a worker takes at a time and what a checkpoint holds (default: "
          + DEFAULT_BATCH + ").")
  Integer batchSize;

  @Option(names = "--resume", description = "Keep finished batches on disk (beside the run directory) and reuse the"
      + " ones an earlier, interrupted attempt of the same run kept: only the rest is computed. Always on with"
      + " --cluster.")
  boolean resume;

  private static final int DEFAULT_BATCH = 10;

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
    int reps = replications != null ? replications : scenario.replications();
    long runSeed = seed != null ? seed : scenario.seed();
    EngineKind kind = engineKind();
    Lang language = lang.lang();
    if (reps < 1 || reps > 1_000_000) {
      throw new BadInputException("--replications must be between 1 and 1000000, not " + reps);
    }
    int workers = threads.workers();
    int batch = batchSize != null ? batchSize : DEFAULT_BATCH;
    if (batch < 1 || batch > 1_000_000) {
      throw new BadInputException("--batch-size must be between 1 and 1000000, not " + batch);
    }
    Path target = output.target(Path.of("runs", stem(file)));
    Scenario asRun = scenario.withRun(runSeed, reps);
    long prepared = System.nanoTime();
    Simulation simulation = restartingIfAsked(new Simulation(asRun), scenario);
    LOG.info("{}: {} replications of {} months, seed {}, {} engine on {} threads; prepared in {}", scenario.name(),
        reps, simulation.months(), runSeed, kind.key(), workers, Logging.seconds(prepared));
    MonteCarloResult result;
    long simulating = System.nanoTime();
    Checkpoints checkpoints = null;
    String reused = "";
    try (Progress progress = Progress.start("simulating", reps)) {
      if (cluster == null && !resume) {
        result = MonteCarlo.run(simulation, reps, workers, kind, progress::done);
      } else {
        BatchPlan plan = new BatchPlan(reps, batch);
        checkpoints = Checkpoints.beside(target, ScenarioWriter.write(asRun), plan, runSeed);
        BatchedRun.Executor executor = cluster == null ? BatchedRun.local(workers, kind)
            : BatchedRun.cluster(bind, cluster, ScenarioWriter.write(asRun), kind);
        BatchedRun.Outcome outcome = BatchedRun.run(simulation, plan, checkpoints, executor, progress::done);
        result = outcome.result();
        reused = outcome.batchesReused() == 0 ? "" : "Resumed: " + outcome.batchesReused() + " of " + plan.batches()
            + " batches of " + batch + " reused from " + checkpoints.directory();
      }
    }
    LOG.info("simulated {} replications in {} ({} replications/s)", reps, Logging.seconds(simulating),
        String.format(java.util.Locale.ROOT, "%.1f", reps / Math.max(1e-9, (System.nanoTime() - simulating) / 1e9)));
    long writing = System.nanoTime();
    Manifest manifest = new Manifest(ChainsimCommand.version(), scenario.name(), Problem.displayPath(file),
        loaded.sha256(), runSeed, reps, kind.key(), commandLine());
    output.write(target, dir -> {
      new RunWriter(simulation, result, manifest, ScenarioWriter.write(asRun)).writeInto(dir);
      if (!noReport) {
        // from the files just written, so 'chainsim report' on this directory gives the same bytes
        RunReport.of(dir, language).write(ReportFiles.inRunDirectory(dir));
      }
    });
    if (checkpoints != null) {
      checkpoints.delete(); // the run directory holds it all now
    }
    LOG.info("wrote {}{} in {}", target, noReport ? "" : " with its reports", Logging.seconds(writing));
    PrintWriter printer = spec.commandLine().getOut();
    new ConsoleSummary(simulation, result).print(printer);
    printer.println();
    if (!reused.isEmpty()) {
      printer.println(reused);
    }
    printer.println("Run written to " + target);
    if (!noReport) {
      printer.println("Report: " + ReportFiles.inRunDirectory(target).html());
    }
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  /** The simulation restarted from --restart-from's state, or as it is without it. */
  private Simulation restartingIfAsked(Simulation simulation, Scenario scenario) throws Exception {
    if ((restartFrom == null) != (asOf == null)) {
      throw new BadInputException("--restart-from and --as-of go together");
    }
    if (restartFrom == null) {
      return simulation;
    }
    if (cluster != null || resume) {
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

  private EngineKind engineKind() {
    for (EngineKind k : EngineKind.values()) {
      if (k.key().equals(engine)) {
        return k;
      }
    }
    throw new BadInputException("--engine must be actor or sequential, not '" + engine + "'");
  }

  private List<String> commandLine() {
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
