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
  private double[] revenue;
  private long begun;
  private long totalAtRisk;
  private long totalExits;

  LifeTable(int months) {
    atRisk = new long[months + 1];
    exits = new long[months + 1];
    revenue = new double[months + 1];
  }

  /** Adds a month's counts by tenure (index = tenure in months; index 0 unused). */
  void add(int[] atRiskByTenure, int[] exitsByTenure) {
    add(atRiskByTenure, exitsByTenure, new double[0]);
  }

  /**
   * Adds a month's counts by tenure (index = tenure in months): at 0 the spells begun, from 1 the
   * clients at risk and the exits; and the revenue recognised on the clients' orders by tenure.
   */
  void add(int[] atRiskByTenure, int[] exitsByTenure, double[] revenueByTenure) {
    int n = Math.max(revenueByTenure.length, Math.min(atRiskByTenure.length, exitsByTenure.length));
    if (n > atRisk.length) {
      atRisk = java.util.Arrays.copyOf(atRisk, n);
      exits = java.util.Arrays.copyOf(exits, n);
      revenue = java.util.Arrays.copyOf(revenue, n);
    }
    for (int t = 0; t < revenueByTenure.length; t++) {
      revenue[t] += revenueByTenure[t];
    }
    if (atRiskByTenure.length > 0) {
      begun += atRiskByTenure[0];
    }
    n = Math.min(atRiskByTenure.length, exitsByTenure.length);
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

  /** The longest tenure at which a client has been at risk (0 when none). */
  private int lastTenure() {
    for (int t = atRisk.length - 1; t > 0; t--) {
      if (atRisk[t] > 0) {
        return t;
      }
    }
    return 0;
  }

  /**
   * Revenue of a client over its lifetime restricted to {@code cap} months: the revenue per client
   * won credited in the month won, then for each later month of the spell the chance the client is
   * still there at its start (Kaplan-Meier, as {@link #restrictedMeanLifetime}) times the revenue per
   * client at risk at that tenure, so front-loaded revenue (the first order) counts once, not over
   * every month. Beyond the longest tenure observed the revenue per client-month is the average over
   * the later half of the observed tenures. NaN before any client is won.
   */
  double lifetimeRevenue(int cap) {
    if (begun == 0) {
      return Double.NaN;
    }
    int last = lastTenure();
    double tailRevenue = 0;
    long tailAtRisk = 0;
    for (int t = Math.max(1, (last + 1) / 2); t <= last; t++) {
      tailRevenue += revenue[t];
      tailAtRisk += atRisk[t];
    }
    double tail = tailAtRisk > 0 ? tailRevenue / tailAtRisk : 0.0;
    double pooledSurvival = totalAtRisk > 0 ? 1.0 - (double) totalExits / totalAtRisk : 1.0;
    double value = revenue[0] / begun;
    double s = 1.0; // the chance of reaching tenure t
    for (int t = 1; t < cap && s > 0.0; t++) {
      if (t <= last) {
        value += atRisk[t] > 0 ? s * revenue[t] / atRisk[t] : 0.0;
        if (atRisk[t] > 0) {
          s *= 1.0 - (double) exits[t] / atRisk[t];
        }
      } else {
        value += s * tail;
        s *= pooledSurvival;
      }
    }
    return value;
  }

  /**
   * The mean lifetime in months restricted to {@code cap}: the sum over the first {@code cap} months
   * of the chance a spell is still active in that month. NaN when no client has been at risk yet.
   */
  double restrictedMeanLifetime(int cap) {
    if (totalAtRisk == 0) {
      return Double.NaN;
    }
    int last = lastTenure();
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
