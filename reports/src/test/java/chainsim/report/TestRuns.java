package chainsim.report;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.report.run.AtomicDirectory;
import chainsim.report.run.Manifest;
import chainsim.report.run.RunWriter;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Real run directories of the example scenarios, small (20 replications) and made once per test
 * JVM under {@code target/test-runs}: every report test reads the files a real run writes.
 */
public final class TestRuns {
  public static final int REPLICATIONS = 20;
  private static final Path ROOT = Path.of("target", "test-runs");
  private static final Map<String, Path> MADE = new HashMap<>();

  private TestRuns() {}

  /** The baseline scenario (one direct branch and a partner in Suzhou, 36 months). */
  public static Path baseline() {
    return run("baseline");
  }

  /** The agent comparator (baseline with a commissioned agent instead of the branch). */
  public static Path agentComparator() {
    return run("agent-comparator");
  }

  /**
   * A copy of a run directory under {@code target/test-runs/<name>} whose summary.json is edited:
   * a case the example scenarios do not produce at 20 replications (a later month, a branch most
   * runs never break even), with every other file real.
   */
  public static Path variant(Path run, String name, Consumer<ObjectNode> editSummary) {
    try {
      Path dir = ROOT.resolve(name);
      Files.createDirectories(dir);
      try (var files = Files.list(run)) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      ObjectMapper json = new ObjectMapper();
      ObjectNode summary = (ObjectNode) json.readTree(dir.resolve("summary.json").toFile());
      editSummary.accept(summary);
      json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summary);
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static synchronized Path run(String scenario) {
    return MADE.computeIfAbsent(scenario, TestRuns::make);
  }

  private static Path make(String name) {
    try {
      Path file = Path.of("..", "scenarios", name + ".yaml");
      LoadedScenario loaded = ScenarioLoader.load(file);
      Scenario asRun = loaded.scenario().withRun(loaded.scenario().seed(), REPLICATIONS);
      Simulation simulation = new Simulation(asRun);
      MonteCarloResult result = MonteCarlo.run(simulation, REPLICATIONS, 2, EngineKind.SEQUENTIAL, done -> {});
      Manifest manifest = new Manifest("test", asRun.name(), "scenarios/" + name + ".yaml", loaded.sha256(),
          asRun.seed(), REPLICATIONS, EngineKind.SEQUENTIAL.key(), List.of("chainsim", "run", name));
      Files.createDirectories(ROOT);
      Path dir = ROOT.resolve(name);
      AtomicDirectory.write(dir, true,
          d -> new RunWriter(simulation, result, manifest, ScenarioWriter.write(asRun)).writeInto(d));
      return dir;
    } catch (Exception e) {
      throw new IllegalStateException("cannot make the test run of " + name, e);
    }
  }
}
