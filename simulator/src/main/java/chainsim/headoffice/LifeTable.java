package chainsim.headoffice;

/**
 * A Kaplan-Meier life table of client spells by tenure (months since the spell's first order):
 * at each tenure, the clients that lived through a month at it (at risk) and those that left in it.
 * Clients still active are censored: they count at risk for the months they lived and never as an
 * exit, so the estimate does not shorten lifetimes the way "client-months / exits" lengthens them
 * when few clients have left.
 *
 * <p>The mean lifetime is restricted to a cap (the restricted mean survival time): the area under
 * the survival curve over the first {@code cap} months of a spell, counting the month a client is won
 * as its first active month (so a constant monthly churn p gives (1 - (1 - p)^cap) / p, 1/p uncapped).
 * Beyond the longest tenure anyone has been observed at, the curve goes on at the pooled monthly
 * hazard (exits / months at risk, the exponential estimate); with no exit at all it stays flat, so
 * the lifetime is the cap (and the estimate is flagged as resting on too few exits).
 */
final class LifeTable {
  private long[] atRisk;
  private long[] exits;
  private long totalAtRisk;
  private long totalExits;

  LifeTable(int months) {
    atRisk = new long[months + 1];
    exits = new long[months + 1];
  }

  /** Adds a month's counts by tenure (index = tenure in months; index 0 unused). */
  void add(int[] atRiskByTenure, int[] exitsByTenure) {
    int n = Math.min(atRiskByTenure.length, exitsByTenure.length);
    if (n > atRisk.length) {
      atRisk = java.util.Arrays.copyOf(atRisk, n);
      exits = java.util.Arrays.copyOf(exits, n);
    }
    for (int t = 1; t < n; t++) {
      atRisk[t] += atRiskByTenure[t];
      exits[t] += exitsByTenure[t];
      totalAtRisk += atRiskByTenure[t];
      totalExits += exitsByTenure[t];
    }
  }

  /** Clients lost so far (spells that ended). */
  long exits() {
    return totalExits;
  }

  /** The chance a spell lasts more than {@code t} months by the Kaplan-Meier product (t within the table). */
  double survival(int t) {
    double s = 1.0;
    for (int k = 1; k <= t && k < atRisk.length; k++) {
      if (atRisk[k] > 0) {
        s *= 1.0 - (double) exits[k] / atRisk[k];
      }
    }
    return s;
  }

  /**
   * The mean lifetime in months restricted to {@code cap}: the sum over the first {@code cap} months
   * of the chance a spell is still active in that month. NaN when no client has been at risk yet.
   */
  double restrictedMeanLifetime(int cap) {
    if (totalAtRisk == 0) {
      return Double.NaN;
    }
    int last = 0;
    for (int t = atRisk.length - 1; t > 0; t--) {
      if (atRisk[t] > 0) {
        last = t;
        break;
      }
    }
    double pooledSurvival = 1.0 - (double) totalExits / totalAtRisk;
    double s = 1.0;
    double mean = 0.0;
    for (int month = 1; month <= cap; month++) {
      mean += s; // active in this month of the spell
      int t = month; // the month's end: survive the tenure-t step
      if (t <= last) {
        if (atRisk[t] > 0) {
          s *= 1.0 - (double) exits[t] / atRisk[t];
        }
      } else {
        s *= pooledSurvival;
      }
      if (s <= 0.0) {
        break;
      }
    }
    return mean;
  }
}
