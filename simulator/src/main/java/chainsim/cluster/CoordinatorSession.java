package chainsim.cluster;

import chainsim.engine.actor.RunCompletion;
import chainsim.montecarlo.EngineKind;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.typed.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A coordinator that joins the cluster once and runs several runs on it, one after the other, then
 * leaves: each run is a {@link ClusterRun} spawned as a child of the session's guardian (it idles
 * when done, still answering workers that ask about their batch, until the session leaves).
 *
 * <p>{@link BatchedRun#cluster} joins and leaves per run, which every {@code chainsim run} must. A
 * caller that runs several in a row (the cluster bench: its warm-up, then the timed run) keeps one
 * session instead: a coordinator that had just left is still in the cluster's gossip while the next
 * one joins, and the new one waited on it (a 20 s handshake timeout with the departed address in the
 * bench's log), and every run paid the join.
 */
public final class CoordinatorSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinatorSession.class);

  private final ActorSystem<BatchedRun.StartRun> system;
  private final Cluster cluster;
  private final Duration stallAfter;
  private boolean closed;
  private volatile String lastRun;
  private final java.util.concurrent.atomic.AtomicLong frameBytes = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong frames = new java.util.concurrent.atomic.AtomicLong();

  private CoordinatorSession(ActorSystem<BatchedRun.StartRun> system, Cluster cluster, Duration stallAfter) {
    this.system = system;
    this.cluster = cluster;
    this.stallAfter = stallAfter;
  }

  /**
   * Joins the cluster through {@code seed} as a coordinator bound to {@code bind}, over {@code tls};
   * fails as a run does when it is not in within {@link ClusterSettings#joinWithin()}.
   */
  public static CoordinatorSession join(Endpoint bind, Endpoint seed, Tls tls) throws InterruptedException {
    tls.check();
    ActorSystem<BatchedRun.StartRun> system = ActorSystem.create(BatchedRun.guardian(), ClusterSettings.SYSTEM,
        ClusterSettings.node(bind, seed, ClusterSettings.COORDINATOR, tls));
    Cluster cluster = Cluster.get(system);
    CompletableFuture<Void> up = new CompletableFuture<>();
    org.apache.pekko.cluster.Cluster.get(system.classicSystem()).registerOnMemberUp(() -> up.complete(null));
    try {
      BatchedRun.awaitJoin(system, up, ClusterSettings.joinWithin(), seed, tls, seed.toString());
    } catch (RuntimeException | InterruptedException e) {
      RunCompletion.terminate(system, BatchedRun.LEAVE_WITHIN);
      throw e;
    }
    LOG.info("coordinator session at {} joined through {} ({})", system.address(), seed, tls);
    return new CoordinatorSession(system, cluster, ClusterSettings.stallAfter());
  }

  /** The batches of a run on the cluster, coordinated by this session (which stays in after the run). */
  public BatchedRun.Executor executor(String scenarioYaml, EngineKind engine) {
    return (simulation, plan, batches, collector) -> {
      if (closed) {
        throw new IllegalStateException("the coordinator session has left the cluster");
      }
      CompletableFuture<Void> done = new CompletableFuture<>();
      String runId = UUID.randomUUID().toString();
      lastRun = runId;
      ClusterRun.Sink counting = new ClusterRun.Sink() {
        @Override
        public boolean accept(chainsim.metrics.ReplicationResult result) {
          return collector.accept(result);
        }

        @Override
        public boolean accept(chainsim.metrics.ReplicationResult result, byte[] frame) {
          if (frame != null) {
            frameBytes.addAndGet(frame.length);
            frames.incrementAndGet();
          }
          return collector.accept(result, frame);
        }
      };
      system.tell(new BatchedRun.StartRun("run-" + runId, ClusterRun.create(runId, scenarioYaml, engine.key(), plan, batches,
          counting, done, stallAfter)));
      RunCompletion.await(system, done, "the coordinator's actor system stopped before the run finished");
    };
  }

  /** The id of the run started last (the workers' logs name their batches by it), or null. */
  public String lastRun() {
    return lastRun;
  }

  /** Replication results received from workers so far (repeats included), and their frames' bytes. */
  public Received received() {
    return new Received(frames.get(), frameBytes.get());
  }

  /** A count of results received and of their {@link ReplicationCodec} frames' bytes. */
  public record Received(long replications, long bytes) {}

  /** Leaves the cluster (the workers stay) and waits until this node is gone. */
  @Override
  public void close() throws InterruptedException {
    if (closed) {
      return;
    }
    closed = true;
    BatchedRun.leave(system, cluster); // waits, bounded, until the system has stopped
  }
}
