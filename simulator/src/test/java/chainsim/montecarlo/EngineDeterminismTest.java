package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineDeterminismTest {
  private static Simulation simulation;

  @BeforeAll
  static void load() throws Exception {
    Scenario s = ScenarioMapper.yaml().readValue(Path.of("../scenarios/baseline.yaml").toFile(), Scenario.class);
    simulation = new Simulation(s.withRun(s.seed(), 6));
  }

  private static MonteCarloResult run(EngineKind engine, int threads) throws InterruptedException {
    return MonteCarlo.run(simulation, 6, threads, engine, done -> {});
  }

  @Test
  void actorEngineMatchesSequentialEngineOnAnyThreadCount() throws Exception {
    MonteCarloResult reference = run(EngineKind.SEQUENTIAL, 1);
    for (int threads : new int[] {1, 2, 4}) {
      for (EngineKind engine : EngineKind.values()) {
        MonteCarloResult other = run(engine, threads);
        assertThat(other.monthly()).as(engine + " x" + threads).isDeepEqualTo(reference.monthly());
        assertThat(other.chain()).isEqualTo(reference.chain());
        assertThat(other.entities()).isEqualTo(reference.entities());
        assertThat(other.events()).isEqualTo(reference.events());
        assertThat(other.sensitivity()).isEqualTo(reference.sensitivity());
        assertThat(other.clientSample()).isEqualTo(reference.clientSample());
      }
    }
  }
}
