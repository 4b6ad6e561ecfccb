package chainsim.selling;

import java.util.Arrays;

/** Splitting a whole number of contacts, leads or clients over segments. */
public final class Apportion {
  private Apportion() {}

  /**
   * Splits {@code total} in proportion to {@code weights}, in whole numbers that add up to it:
   * floors first, then one more to the largest remainders (ties to the first). Equal shares when
   * every weight is zero.
   */
  public static int[] byLargestRemainder(int total, double[] weights) {
    int[] share = new int[weights.length];
    if (total <= 0 || weights.length == 0) {
      return share;
    }
    double sum = Arrays.stream(weights).sum();
    double[] w = sum > 0 ? weights : filled(weights.length);
    if (sum <= 0) {
      sum = weights.length;
    }
    double[] remainder = new double[w.length];
    int given = 0;
    for (int i = 0; i < w.length; i++) {
      double exact = total * w[i] / sum;
      share[i] = (int) Math.floor(exact);
      remainder[i] = exact - share[i];
      given += share[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < w.length; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      share[best]++;
      remainder[best] = -1;
      given++;
    }
    return share;
  }

  private static double[] filled(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    return w;
  }
}
