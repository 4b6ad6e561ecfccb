package chainsim.montecarlo;

import chainsim.metrics.ReplicationResult;

/**
 * Every replication's monthly series, stored by replication index, in doubles (a float would round
 * a 150-million cash balance to 16 yuan): for 1,000 replications of the 60-month national scenario
 * with 1,279 series (972 before the forecast check's entity series) that is ~614 MB (~467 MB), the
 * price of exact percentiles; the model itself is a few MB per replication in flight.
 */
final class SeriesStore {
  private final int replications;
  private final int months;
  /** values[series][month * replications + replication]. */
  private final double[][] values;

  SeriesStore(int series, int months, int replications) {
    this.replications = replications;
    this.months = months;
    this.values = new double[series][months * replications];
  }

  void put(ReplicationResult r) {
    double[][] s = r.series();
    int rep = r.replication();
    for (int i = 0; i < s.length; i++) {
      double[] target = values[i];
      for (int m = 0; m < months; m++) {
        target[m * replications + rep] = s[i][m];
      }
    }
  }

  /** The values of a series in a month (1-based) across replications, in replication order. */
  double[] across(int series, int month) {
    double[] out = new double[replications];
    int offset = (month - 1) * replications;
    for (int r = 0; r < replications; r++) {
      out[r] = values[series][offset + r];
    }
    return out;
  }
}
