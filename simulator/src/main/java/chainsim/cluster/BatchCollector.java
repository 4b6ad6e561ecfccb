package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes replications in any order, from any thread, possibly twice (a batch re-run after its
 * worker died half way gives the same bytes again), passes each one on exactly once, and
 * checkpoints a batch the moment its last replication arrives. What it keeps of an open batch is
 * each replication's {@link ReplicationCodec} frame: the bytes that came over the network when
 * there are some (so the coordinator neither encodes nor compresses a checkpoint), made here otherwise.
 */
public final class BatchCollector implements ClusterRun.Sink {
  private final BatchPlan plan;
  private final Checkpoints checkpoints;
  private final Consumer<ReplicationResult> sink;
  private final BitSet seen;
  private final Map<Integer, byte[][]> open = new HashMap<>();
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
  public boolean accept(ReplicationResult r) {
    return accept(r, null);
  }

  /** As {@link #accept(ReplicationResult)}, with the result's frame as it arrived (null: made here if needed). */
  @Override
  public synchronized boolean accept(ReplicationResult r, byte[] frame) {
    int index = r.replication();
    if (index < 0 || index >= plan.replications()) {
      throw new IllegalStateException("replication " + index + " is not part of this run");
    }
    if (!seen.get(index)) {
      seen.set(index);
      received++;
      sink.accept(r);
      if (checkpoints != null) {
        keep(r.replication(), frame != null ? frame : ReplicationCodec.encode(r));
      }
    }
    return received == plan.replications();
  }

  /** Replications passed on so far. */
  public synchronized int received() {
    return received;
  }

  private void keep(int replication, byte[] frame) {
    int batch = plan.batchOf(replication);
    byte[][] slots = open.computeIfAbsent(batch, b -> new byte[plan.count(b)][]);
    slots[replication - plan.first(batch)] = frame;
    for (byte[] slot : slots) {
      if (slot == null) {
        return;
      }
    }
    open.remove(batch);
    checkpoints.writeFrames(batch, List.of(slots));
  }
}
