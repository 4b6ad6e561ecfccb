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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Workers that find each other through Pekko Management's cluster bootstrap (config discovery on
 * loopback: the same bootstrap a Kubernetes deployment runs, with the contact points listed instead
 * of asked of the API server) form one cluster with no seed given to them, and a run's coordinator
 * joins it through a worker's address, or finds it by the same bootstrap with no address at all, and
 * gets the single machine's aggregate.
 */
@Tag("slow")
class ClusterBootstrapTest {

  @Test
  void twoWorkersFormAClusterByBootstrapAndARunOnItAggregatesAsOneMachine() throws Exception {
    Endpoint[] remoting = {new Endpoint("127.0.0.1", ClusterRunTest.freePort()),
        new Endpoint("127.0.0.1", ClusterRunTest.freePort())};
    List<Endpoint> management = List.of(new Endpoint("127.0.0.1", ClusterRunTest.freePort()),
        new Endpoint("127.0.0.1", ClusterRunTest.freePort()));
    List<ActorSystem<?>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        workers.add(WorkerNode.start(remoting[i],
            new Bootstrap(Bootstrap.Method.CONFIG, "chainsim-test", management.get(i), 2, management), 1));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!allUp(workers, 2) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(allUp(workers, 2)).as("both workers up in one cluster of two").isTrue();

      Scenario s = Fixtures.file("../scenarios/growth.yaml");
      Scenario asRun = s.withRun(s.seed(), 4);
      Simulation simulation = new Simulation(asRun);
      MonteCarloResult reference = MonteCarlo.run(simulation, 4, 1, EngineKind.SEQUENTIAL, done -> {});
      MonteCarloResult onCluster = BatchedRun.run(simulation, new BatchPlan(4, 1), null,
          BatchedRun.cluster(new Endpoint("127.0.0.1", 0), remoting[1], ScenarioWriter.write(asRun),
              EngineKind.SEQUENTIAL), done -> {}).result();
      ClusterRunTest.assertSame(onCluster, reference, "a run on a bootstrapped cluster");
      // the coordinator finds the cluster as the workers did, with no seed: it joins, it does not form one
      Bootstrap coordinator = new Bootstrap(Bootstrap.Method.CONFIG, "chainsim-test",
          new Endpoint("127.0.0.1", ClusterRunTest.freePort()), 1, management);
      MonteCarloResult bootstrapped = BatchedRun.run(simulation, new BatchPlan(4, 3), null,
          BatchedRun.cluster(new Endpoint("127.0.0.1", 0), coordinator, Tls.OFF, ScenarioWriter.write(asRun),
              EngineKind.SEQUENTIAL), done -> {}).result();
      ClusterRunTest.assertSame(bootstrapped, reference, "a run whose coordinator bootstrapped");
    } finally {
      workers.forEach(ActorSystem::terminate);
    }
  }

  private static boolean allUp(List<ActorSystem<?>> workers, int size) {
    for (ActorSystem<?> w : workers) {
      var state = Cluster.get(w).state();
      long up = java.util.stream.StreamSupport.stream(state.getMembers().spliterator(), false)
          .filter(m -> m.status() == MemberStatus.up()).count();
      if (up != size) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aBootstrapThatCannotWorkIsRefusedWithWhatToFix() {
    Endpoint here = new Endpoint("127.0.0.1", 8558);
    assertThatThrownBy(() -> new Bootstrap(Bootstrap.Method.CONFIG, "w", here, 2, List.of(here)))
        .hasMessage("--bootstrap config needs at least --contact-points (2) --contact endpoints, not 1");
    assertThatThrownBy(() -> new Bootstrap(Bootstrap.Method.KUBERNETES_API, "w", here, 2, List.of(here)))
        .hasMessage("--contact is for --bootstrap config; Kubernetes finds the pods itself");
    assertThatThrownBy(() -> new Bootstrap(Bootstrap.Method.KUBERNETES_API, "w", new Endpoint("h", 0), 2, List.of()))
        .hasMessage("--management needs a port the other workers can reach, not 0");
    assertThatThrownBy(() -> Bootstrap.Method.of("dns"))
        .hasMessage("--bootstrap expects kubernetes-api or config, not 'dns'");
  }

  @Test
  void aCoordinatorsBootstrapOnlyJoinsAndNeedsOneContactPoint() {
    Endpoint here = new Endpoint("127.0.0.1", 8558);
    Bootstrap b = new Bootstrap(Bootstrap.Method.CONFIG, "w", here, 1, List.of(here));
    assertThat(b.settings(true)).contains("required-contact-point-nr = 1\n",
        "pekko.management.cluster.bootstrap.new-cluster-enabled = off\n");
    assertThat(b.settings(false)).doesNotContain("new-cluster-enabled");
  }

  @Test
  void kubernetesSettingsAskTheApiServerForThePodsPortNamedManagement() {
    String settings = new Bootstrap(Bootstrap.Method.KUBERNETES_API, "chainsim-worker",
        new Endpoint("10.0.0.7", 8558), 3, List.of()).settings();
    assertThat(settings).contains("contact-point-discovery.discovery-method = kubernetes-api\n",
        "contact-point-discovery.service-name = \"chainsim-worker\"\n", "required-contact-point-nr = 3\n",
        "contact-point-discovery.port-name = management\n", "pekko.management.http.hostname = \"10.0.0.7\"\n");
  }

  @Test
  void aCoordinatorTriesTheSeedAsGivenThenEveryAddressItsNameResolvesTo() {
    assertThat(ClusterSettings.seedAddresses(new Endpoint("127.0.0.1", 2552))).containsExactly("127.0.0.1:2552");
    assertThat(ClusterSettings.seedAddresses(new Endpoint("localhost", 2552))).first().isEqualTo("localhost:2552");
    assertThat(ClusterSettings.seedAddresses(new Endpoint("localhost", 2552))).contains("127.0.0.1:2552");
    assertThat(ClusterSettings.seedAddresses(new Endpoint("no-such-host.invalid", 2552)))
        .containsExactly("no-such-host.invalid:2552");
  }
}
