package chainsim.montecarlo;

import chainsim.metrics.ReplicationResult;

/**
 * Every replication's monthly series on the heap, by replication index, in doubles (a float would
 * round a 150-million cash balance to 16 yuan): series x months x replications x 8 bytes, so only
 * for runs under {@link SeriesStore#SPILL_ABOVE_BYTES}; larger ones spill ({@link SpilledSeries}).
 */
final class HeapSeries implements SeriesStore {
  private final int replications;
  private final int months;
  /** values[series][month * replications + replication]. */
  private final double[][] values;

  HeapSeries(int series, int months, int replications) {
    this.replications = replications;
    this.months = months;
    this.values = new double[series][months * replications];
  }

  @Override
  public void put(ReplicationResult r) {
    double[][] s = r.series();
    int rep = r.replication();
    for (int i = 0; i < s.length; i++) {
      double[] target = values[i];
      for (int m = 0; m < months; m++) {
        target[m * replications + rep] = s[i][m];
      }
    }
  }

  @Override
  public void readAll(Reader reader) {
    double[] out = new double[replications];
    for (int s = 0; s < values.length; s++) {
      for (int m = 1; m <= months; m++) {
        System.arraycopy(values[s], (m - 1) * replications, out, 0, replications);
        reader.across(s, m, out);
      }
    }
  }

  @Override
  public void close() {
    // nothing held outside the heap
  }
}
