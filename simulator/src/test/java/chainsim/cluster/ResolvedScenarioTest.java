package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import chainsim.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker gets the run's scenario as its resolved text (the run directory's scenario.yaml) and
 * loads it with the ordinary loader, without the files it came from: that text must load back to
 * a scenario equal to the one the coordinator runs, seed and replications included.
 */
class ResolvedScenarioTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"baseline", "growth", "agent-comparator", "national"})
  void resolvedTextLoadsBackToAnEqualScenarioWithoutItsFiles(String name) throws Exception {
    Scenario s = Fixtures.file("../scenarios/" + name + ".yaml");
    Scenario asRun = s.withRun(s.seed() + 1, 37);
    String yaml = ScenarioWriter.write(asRun);
    Scenario onWorker = ScenarioLoader.load(yaml, Path.of("elsewhere", "scenario.yaml")).scenario();
    assertThat(onWorker).isEqualTo(asRun);
    assertThat(ScenarioWriter.write(onWorker)).isEqualTo(yaml);
  }
}
