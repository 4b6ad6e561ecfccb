package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import chainsim.testing.Fixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.BehaviorInterceptor;
import org.apache.pekko.actor.typed.TypedActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
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

  /**
   * Results lost on the way (a connection that broke while both ends lived): the coordinator's
   * behaviour here drops the first copy of replications 1, 4 and 5. Each worker learns which are
   * missing when it reports its batch done, runs them again, and confirms its batch only once the
   * coordinator holds it whole: the run finishes with the one-machine aggregate instead of waiting
   * for ever.
   */
  @Test
  void resultsLostOnTheWayAreSentAgainBeforeTheirBatchIsConfirmed() throws Exception {
    Scenario s = Fixtures.file("../scenarios/growth.yaml");
    Scenario asRun = s.withRun(s.seed(), 7);
    Simulation simulation = new Simulation(asRun);
    MonteCarloResult reference = MonteCarlo.run(simulation, 7, 1, EngineKind.SEQUENTIAL, done -> {});
    Set<Integer> toLose = ConcurrentHashMap.newKeySet();
    toLose.addAll(List.of(1, 4, 5));
    List<Integer> lost = new CopyOnWriteArrayList<>();
    MonteCarloResult onCluster = BatchedRun.run(simulation, new BatchPlan(7, 3), null,
        BatchedRun.cluster(new Endpoint("127.0.0.1", 0), seed, ScenarioWriter.write(asRun), EngineKind.SEQUENTIAL,
            Duration.ofMinutes(2), run -> Behaviors.intercept(() -> losing(toLose, lost), run)), done -> {})
        .result();
    assertThat(lost).as("replications lost once").containsExactlyInAnyOrder(1, 4, 5);
    assertSame(onCluster, reference, "with replications 1, 4 and 5 lost once");
  }

  /** Drops the first copy of each replication in {@code toLose} before the coordinator sees it. */
  private static BehaviorInterceptor<ClusterRun.Command, ClusterRun.Command> losing(Set<Integer> toLose,
      List<Integer> lost) {
    return new BehaviorInterceptor<>(ClusterRun.Command.class) {
      @Override
      public Behavior<ClusterRun.Command> aroundReceive(TypedActorContext<ClusterRun.Command> ctx,
          ClusterRun.Command msg, ReceiveTarget<ClusterRun.Command> target) {
        if (msg instanceof ClusterRun.ReplicationDone done && toLose.remove(done.result().replication())) {
          lost.add(done.result().replication());
          return Behaviors.same();
        }
        return target.apply(ctx, msg);
      }
    };
  }

  /** A coordinator that no worker ever asks fails with a message saying so, instead of waiting for ever. */
  @Test
  void aRunNoWorkerTakesFailsAfterTheStallTime() throws Exception {
    Scenario s = Fixtures.file("../scenarios/baseline.yaml");
    Scenario asRun = s.withRun(s.seed(), 2);
    // its own cluster: joined through itself, so no worker is there
    Endpoint alone = new Endpoint("127.0.0.1", freePort());
    long start = System.nanoTime();
    assertThatThrownBy(() -> BatchedRun.run(new Simulation(asRun), new BatchPlan(2, 1), null,
        BatchedRun.cluster(alone, alone, ScenarioWriter.write(asRun), EngineKind.SEQUENTIAL, Duration.ofSeconds(2),
            UnaryOperator.identity()), done -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no worker asked for work in 2 s: is a 'chainsim worker' up and joined to the seed node?");
    assertThat((System.nanoTime() - start) / 1e9).as("seconds until it gave up").isLessThan(60);
  }
}
