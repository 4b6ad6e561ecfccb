package chainsim.cli;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.report.html.Lang;
import chainsim.report.run.Manifest;
import chainsim.report.sweep.SweepComparison;
import chainsim.report.sweep.SweepFiles;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.sweep.ScenarioVariant;
import chainsim.sweep.SweepFile;
import chainsim.sweep.SweepGrid;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim sweep SCENARIO --vary KEY=v1,v2 ...} or {@code chainsim sweep SWEEP.yaml}: a run per
 * combination of values (or per variant a sweep file lists), and their comparison. Without
 * {@code --vary} the file is a sweep file ({@link SweepFile}), which names its scenario.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario once per combination of the values given with --vary (the grid of all combinations, the"
          + " first --vary varying slowest), each variant a normal run directory OUT/<variant>/ named from its"
          + " values, and compare them: OUT/sweep.csv, OUT/sweep.md (for a pull request) and OUT/sweep.html (NPV"
          + " and P(cash < 0) per variant). Written whole or not at all.",
      "Every variant runs with the same seed (common random numbers): the differences are the values', not luck."
          + " A variant's directory has the bytes of 'chainsim run' on the scenario with those values set.",
      "Without --vary, FILE is a sweep file (docs/sweep.md, scenarios/sweep.schema.json): the scenario it names and"
          + " the grid (vary) or the variants one by one (variants); the same bytes as the same grid with --vary."
    },
    footer = "%nKEY is a key path into the scenario as 'chainsim show --resolved' prints it: capital.initial,"
        + " policies.reserve_ratio, openings[suzhou-direct].month (a list item by its id). --out defaults to"
        + " runs/<scenario file name>-sweep. With --cluster, --threads is each worker's own.")
final class SweepCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SweepCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Scenario file (YAML) with --vary, or a sweep file without.")
  Path file;

  @Option(names = "--vary", paramLabel = "KEY=v1,v2,...",
      description = "A key of the scenario and the values it takes in the sweep; repeat for more keys. Without it,"
          + " FILE is a sweep file.")
  List<String> vary;

  @CommandLine.Mixin SimulationOptions simulate;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin OutputDirectoryOption output;

  @Option(names = "--no-report", description = "Write each variant's data files only, not its report.html,"
      + " report.xlsx and summary.md (the sweep's own files are always written).")
  boolean noReport;

  @CommandLine.Mixin LanguageOption lang;

  /** A variant ready to run: its name and values, its scenario as loaded. */
  private record Prepared(SweepGrid.Variant variant, LoadedScenario loaded) {}

  @Override
  public Integer call() throws Exception {
    LoadedScenario base;
    SweepGrid grid;
    List<Prepared> prepared = new ArrayList<>();
    Path defaultOut;
    Path sweepFile = null;
    if (vary == null) {
      // every key, value and variant of the file is checked (and loaded) before anything runs
      SweepFile read = SweepFile.read(file);
      sweepFile = file;
      base = read.base();
      grid = read.grid();
      List<SweepGrid.Variant> all = grid.variants();
      for (int i = 0; i < all.size(); i++) {
        prepared.add(new Prepared(all.get(i), read.loaded().get(i)));
      }
      file = base.file();
      defaultOut = Path.of("runs", RunCommand.stem(sweepFile));
    } else {
      base = ScenarioLoader.load(file);
      grid = SweepGrid.parse(vary);
      ScenarioVariant variants = new ScenarioVariant(base);
      for (SweepGrid.Dimension d : grid.dimensions()) {
        variants.check(d); // also the run's own seed and count, the same for every variant
      }
      // every variant is loaded and validated before anything runs: a bad value costs no simulation
      for (SweepGrid.Variant v : grid.variants()) {
        prepared.add(new Prepared(v, variants.load(v.settings())));
      }
      defaultOut = Path.of("runs", RunCommand.stem(file) + "-sweep");
    }
    int reps = simulate.replications(base.scenario());
    long seed = simulate.seed(base.scenario());
    EngineKind kind = simulate.engine();
    Lang language = lang.lang();
    int workers = threads.workers();
    simulate.batchSize();
    Path target = output.target(defaultOut);
    List<String> commandLine = RunCommand.commandLine(spec);
    List<SweepComparison.Variant> done = new ArrayList<>();
    List<SimulationOptions.Simulated> kept = new ArrayList<>();
    output.write(target, dir -> {
      for (int i = 0; i < prepared.size(); i++) {
        Prepared p = prepared.get(i);
        String name = p.variant().name();
        Scenario asRun = p.loaded().scenario().withRun(seed, reps);
        Simulation simulation = new Simulation(asRun);
        LOG.info("variant {} of {}: {}", i + 1, prepared.size(), name);
        SimulationOptions.Simulated simulated;
        try (Progress progress = Progress.start(name, reps)) {
          // checkpoints (--resume, --cluster) beside the sweep's directory, one set per variant
          simulated = simulate.simulate(simulation, asRun, workers,
              target.resolveSibling(target.getFileName() + "-" + name), progress::done);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while simulating " + name);
        }
        kept.add(simulated);
        Manifest manifest = new Manifest(ChainsimCommand.version(), asRun.name(), Problem.displayPath(file),
            p.loaded().sha256(), seed, reps, kind.key(), commandLine);
        Path variantDir = dir.resolve(name);
        java.nio.file.Files.createDirectories(variantDir);
        RunCommand.writeRun(variantDir, simulation, simulated.result(), manifest, asRun, !noReport, language);
        done.add(new SweepComparison.Variant(name, p.variant().settings().stream().map(s -> s.value()).toList(),
            variantDir));
      }
      SweepComparison.read(Problem.displayPath(file), grid.dimensions().stream().map(d -> d.key()).toList(), done,
          language).writeInto(dir);
    });
    for (SimulationOptions.Simulated s : kept) {
      if (s.checkpoints() != null) {
        s.checkpoints().delete();
      }
    }
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(prepared.size() + " variants of " + Problem.displayPath(file) + ", " + reps
        + " replications each, seed " + seed + " for all");
    printer.println("Sweep written to " + target);
    printer.println("Table:  " + target.resolve(SweepFiles.MARKDOWN));
    printer.println("Report: " + target.resolve(SweepFiles.HTML));
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }
}
