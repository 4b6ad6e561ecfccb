package chainsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario resolved, validated and bound, with what a run manifest records about it.
 *
 * @param scenario the bound records
 * @param file the file that was loaded
 * @param sources every file that contributed: the file itself first, then its bases in the order they were read
 * @param resolvedYaml the canonical resolved scenario, as {@code chainsim show --resolved} prints it
 * @param sha256 hex SHA-256 of {@code resolvedYaml} in UTF-8: the run manifest's "scenario hash"
 */
public record LoadedScenario(Scenario scenario, Path file, List<Path> sources, String resolvedYaml, String sha256) {
  public LoadedScenario {
    sources = List.copyOf(sources);
  }
}
