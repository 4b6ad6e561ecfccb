package chainsim.cluster;

/**
 * Replications 0..n-1 cut into batches of a fixed size (the last one shorter): batch {@code b}
 * holds replications {@code b * size} to {@code min(n, (b + 1) * size) - 1}. The unit of work a
 * worker takes and of the checkpoints a resumed run reuses.
 */
public record BatchPlan(int replications, int batchSize) {

  public BatchPlan {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1, not " + replications);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
    }
  }

  /** How many batches there are. */
  public int batches() {
    return (replications + batchSize - 1) / batchSize;
  }

  /** The first replication of a batch. */
  public int first(int batch) {
    return batch * batchSize;
  }

  /** How many replications a batch holds. */
  public int count(int batch) {
    return Math.min(replications, (batch + 1) * batchSize) - batch * batchSize;
  }

  /** The batch that holds a replication. */
  public int batchOf(int replication) {
    return replication / batchSize;
  }
}
