package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The actor engine gives the sequential engine's results on any number of threads, also where
 * several sellers, partners and an equity channel answer the head office in whatever order their
 * actors finish (growth: four branches and channels, two partners).
 */
class EngineDeterminismTest {

  private static MonteCarloResult run(Simulation simulation, EngineKind engine, int threads)
      throws InterruptedException {
    return MonteCarlo.run(simulation, 6, threads, engine, done -> {});
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"baseline", "growth", "agent-comparator"})
  void actorEngineMatchesSequentialEngineOnAnyThreadCount(String name) throws Exception {
    Scenario s = Fixtures.file("../scenarios/" + name + ".yaml");
    Simulation simulation = new Simulation(s.withRun(s.seed(), 6));
    MonteCarloResult reference = run(simulation, EngineKind.SEQUENTIAL, 1);
    for (int threads : new int[] {1, 2, 4}) {
      for (EngineKind engine : EngineKind.values()) {
        MonteCarloResult other = run(simulation, engine, threads);
        assertThat(other.monthly()).as(engine + " x" + threads).isDeepEqualTo(reference.monthly());
        assertThat(other.chain()).isEqualTo(reference.chain());
        assertThat(other.entities()).isEqualTo(reference.entities());
        assertThat(other.events()).isEqualTo(reference.events());
        assertThat(other.sensitivity()).isEqualTo(reference.sensitivity());
        assertThat(other.clientSample()).isEqualTo(reference.clientSample());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void replicationsInFlightPerThreadChangeNothingButSpeed() throws Exception {
    Scenario s = Fixtures.file("../scenarios/growth.yaml");
    Simulation simulation = new Simulation(s.withRun(s.seed(), 6));
    MonteCarloResult reference = run(simulation, EngineKind.SEQUENTIAL, 1);
    for (int perThread : new int[] {1, 3}) {
      MonteCarloResult other = MonteCarlo.run(simulation, 6, 2, EngineKind.ACTOR, perThread, done -> {});
      assertThat(other.monthly()).as(perThread + " per thread").isDeepEqualTo(reference.monthly());
      assertThat(other.entities()).isEqualTo(reference.entities());
      assertThat(other.events()).isEqualTo(reference.events());
    }
  }

  @org.junit.jupiter.api.Test
  void replicationsInFlightAreTheSettingTimesTheThreads() {
    assertThat(chainsim.engine.actor.ActorEngine.inFlight(2, 1)).isEqualTo(2);
    assertThat(chainsim.engine.actor.ActorEngine.inFlight(2, 2)).isEqualTo(4);
    assertThat(chainsim.engine.actor.ActorEngine.inFlight(0, 2)).isEqualTo(2);
    String key = chainsim.engine.actor.ActorEngine.IN_FLIGHT_PROPERTY;
    try {
      System.setProperty(key, "3");
      assertThat(chainsim.engine.actor.ActorEngine.inFlightPerThread()).isEqualTo(3);
      System.setProperty(key, "0");
      org.assertj.core.api.Assertions.assertThatThrownBy(chainsim.engine.actor.ActorEngine::inFlightPerThread)
          .hasMessage("chainsim.actor.inFlightPerThread must be a whole number of at least 1, not '0'");
    } finally {
      System.clearProperty(key);
    }
    assertThat(chainsim.engine.actor.ActorEngine.inFlightPerThread()).isEqualTo(1);
  }
}
