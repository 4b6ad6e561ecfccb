package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.Test;

/**
 * When the run ends the coordinator must not stop: it still answers workers that ask about their
 * batch until the graceful leave. When it was its actor system's guardian, stopping terminated the
 * system at once and raced that leave (a fresh-clone CI run failed on it with "cannot create children
 * while terminating or terminated"); it is now the guardian's child, started once the node is up,
 * and the test still runs it as a guardian: a stopped guardian ends any local system, which shows it.
 */
class ClusterRunLifecycleTest {
  private static final ReplicationResult REPLICATION_0 = new ReplicationResult(0, null, null, List.of(), null, null);

  private static ActorSystem<ClusterRun.Command> coordinator(ClusterRun.Sink sink, CompletableFuture<Void> done) {
    return ActorSystem.create(ClusterRun.create("r", "", "actor", new BatchPlan(1, 1), List.of(0), sink, done,
        Duration.ofMinutes(5)),
        "lifecycle", ConfigFactory.parseString("pekko.loglevel = OFF\npekko.stdout-loglevel = OFF")
            .withFallback(ConfigFactory.load()));
  }

  @Test
  void aFinishedRunLeavesItsSystemUpForTheCallerToLeaveTheCluster() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ActorSystem<ClusterRun.Command> system = coordinator(result -> true, done);
    try {
      system.tell(new ClusterRun.ReplicationDone(0, REPLICATION_0));
      done.get(10, TimeUnit.SECONDS);
      // a stopped guardian ends a local system within milliseconds; half a second is ample to see it
      Thread.sleep(500);
      assertThat(system.getWhenTerminated().toCompletableFuture()).as("the system after the run").isNotDone();
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFailedRunFailsItsFutureAndAlsoLeavesItsSystemUp() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ActorSystem<ClusterRun.Command> system = coordinator(result -> {
      throw new IllegalStateException("replication 0 does not fit");
    }, done);
    try {
      system.tell(new ClusterRun.ReplicationDone(0, REPLICATION_0));
      assertThat(done).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
          .havingRootCause().withMessage("replication 0 does not fit");
      system.tell(new ClusterRun.BatchFailed(0, "worker said no"));
      Thread.sleep(500);
      assertThat(system.getWhenTerminated().toCompletableFuture()).isNotDone();
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}
