package chainsim.report.runreport;

import chainsim.report.run.RunFiles;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report shows, read from a run directory: the files, not the simulator's objects,
 * so {@code chainsim report} on a committed run gives the same report as the run itself.
 *
 * @param scenario the resolved scenario as run ({@code scenario.yaml}): labels, assumptions, plan
 */
public record RunData(Path dir, Summary summary, JsonNode manifest, Scenario scenario, Monthly monthly,
    EventDigest events) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a run directory; throws {@link RunDirectoryException} with one line when it cannot. */
  public static RunData read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RunDirectoryException(dir + " is not a run directory: no such directory");
    }
    for (String name : List.of(RunFiles.SUMMARY, RunFiles.MONTHLY, RunFiles.EVENTS, RunFiles.MANIFEST,
        RunFiles.SCENARIO)) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new RunDirectoryException(dir + " is not a run directory: no " + name);
      }
    }
    try {
      Summary summary = Summary.of(json(dir.resolve(RunFiles.SUMMARY)));
      if (summary.months() < 1 || summary.start().isEmpty()) {
        throw new RunDirectoryException(dir.resolve(RunFiles.SUMMARY) + " has no horizon (start, months)");
      }
      JsonNode manifest = json(dir.resolve(RunFiles.MANIFEST));
      Scenario scenario = scenario(dir.resolve(RunFiles.SCENARIO));
      Monthly monthly = Monthly.read(dir.resolve(RunFiles.MONTHLY), summary.start(), summary.months());
      List<String> ids = summary.entities().stream().map(Summary.Entity::id).toList();
      EventDigest events = EventDigest.read(dir.resolve(RunFiles.EVENTS), summary.months(), ids);
      return new RunData(dir, summary, manifest, scenario, monthly, events);
    } catch (IOException e) {
      throw new RunDirectoryException(dir + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonNode json(Path file) throws IOException {
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new RunDirectoryException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Scenario scenario(Path file) {
    try {
      return ScenarioLoader.load(file).scenario();
    } catch (ScenarioException e) {
      String first = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).format();
      throw new RunDirectoryException(file + " is not a valid scenario: " + first, e);
    }
  }

  /** The chainsim version that made the run, from the manifest. */
  public String chainsimVersion() {
    return manifest.path("chainsim_version").asText("unknown");
  }
}
