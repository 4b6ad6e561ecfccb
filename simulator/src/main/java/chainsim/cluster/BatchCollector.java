package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes replications in any order, from any thread, possibly twice (a batch re-run after its
 * worker died half way gives the same bytes again), passes each one on exactly once, and
 * checkpoints a batch the moment its last replication arrives.
 */
public final class BatchCollector implements ClusterRun.Sink {
  private final BatchPlan plan;
  private final Checkpoints checkpoints;
  private final Consumer<ReplicationResult> sink;
  private final BitSet seen;
  private final Map<Integer, ReplicationResult[]> open = new HashMap<>();
  private int received;

  /** {@code checkpoints} may be null: then nothing is kept on disk. */
  public BatchCollector(BatchPlan plan, Checkpoints checkpoints, Consumer<ReplicationResult> sink) {
    this.plan = plan;
    this.checkpoints = checkpoints;
    this.sink = sink;
    this.seen = new BitSet(plan.replications());
  }

  /** Passes on a batch read back from a checkpoint, without writing it again. */
  public synchronized void restore(List<ReplicationResult> batch) {
    for (ReplicationResult r : batch) {
      if (!seen.get(r.replication())) {
        seen.set(r.replication());
        received++;
        sink.accept(r);
      }
    }
  }

  /** Takes a replication; true once every replication of the run is in. */
  @Override
  public synchronized boolean accept(ReplicationResult r) {
    int index = r.replication();
    if (index < 0 || index >= plan.replications()) {
      throw new IllegalStateException("replication " + index + " is not part of this run");
    }
    if (!seen.get(index)) {
      seen.set(index);
      received++;
      sink.accept(r);
      if (checkpoints != null) {
        keep(r);
      }
    }
    return received == plan.replications();
  }

  /** Replications passed on so far. */
  public synchronized int received() {
    return received;
  }

  private void keep(ReplicationResult r) {
    int batch = plan.batchOf(r.replication());
    ReplicationResult[] slots = open.computeIfAbsent(batch, b -> new ReplicationResult[plan.count(b)]);
    slots[r.replication() - plan.first(batch)] = r;
    for (ReplicationResult slot : slots) {
      if (slot == null) {
        return;
      }
    }
    open.remove(batch);
    checkpoints.write(batch, new ArrayList<>(List.of(slots)));
  }
}
