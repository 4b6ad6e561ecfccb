package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import chainsim.testing.Fixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A cluster of two worker actor systems in this JVM, on loopback: a run handed out in batches
 * aggregates exactly as one machine does. (The command's tests cover more worker counts, batch
 * sizes, engines and faults, on the run directory's bytes.)
 */
@Tag("slow")
class ClusterRunTest {
  private static final List<ActorSystem<?>> WORKERS = new ArrayList<>();
  private static Endpoint seed;

  @BeforeAll
  static void startWorkers() throws IOException {
    seed = new Endpoint("127.0.0.1", freePort());
    WORKERS.add(WorkerNode.start(seed, seed, 1));
    WORKERS.add(WorkerNode.start(new Endpoint("127.0.0.1", 0), seed, 1));
  }

  @AfterAll
  static void stopWorkers() {
    WORKERS.forEach(ActorSystem::terminate);
  }

  /** Every part of a result that a run directory is written from, compared exactly. */
  static void assertSame(MonteCarloResult actual, MonteCarloResult expected, String what) {
    assertThat(actual.monthly()).as(what).isDeepEqualTo(expected.monthly());
    assertThat(actual.chain()).as(what).isEqualTo(expected.chain());
    assertThat(actual.entities()).as(what).isEqualTo(expected.entities());
    assertThat(actual.events()).as(what).isEqualTo(expected.events());
    assertThat(actual.sensitivity()).as(what).isEqualTo(expected.sensitivity());
    assertThat(actual.clientSample()).as(what).isEqualTo(expected.clientSample());
    assertThat(actual.npvByReplication()).as(what).isEqualTo(expected.npvByReplication());
    assertThat(actual.minCashByReplication()).as(what).isEqualTo(expected.minCashByReplication());
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void clusterRunAggregatesExactlyAsOneMachine() throws Exception {
    Scenario s = Fixtures.file("../scenarios/growth.yaml");
    Scenario asRun = s.withRun(s.seed(), 7);
    Simulation simulation = new Simulation(asRun);
    MonteCarloResult reference = MonteCarlo.run(simulation, 7, 1, EngineKind.SEQUENTIAL, done -> {});
    String yaml = ScenarioWriter.write(asRun);
    MonteCarloResult onCluster = BatchedRun.run(simulation, new BatchPlan(7, 3), null,
        BatchedRun.cluster(new Endpoint("127.0.0.1", 0), seed, yaml, EngineKind.ACTOR), done -> {}).result();
    assertSame(onCluster, reference, "batches of 3 on the actor engine");
  }
}
