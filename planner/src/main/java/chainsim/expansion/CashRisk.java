package chainsim.expansion;

import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.ReplicationTable;
import java.util.Locale;

/**
 * Which replications of a simulated plan run dry: its cash falls below zero, or below the
 * reserve, at some month. Plans simulated on the same validation replications (common random
 * numbers) compare replication by replication.
 *
 * <p>The <b>strict rule</b> ({@link #noRiskierThan}): a plan is no riskier than the greedy
 * baseline when it falls below zero in no more replications than greedy, <i>and</i> below the
 * reserve in no more. Below zero is the measure; below the reserve is the brief's other
 * "probability of ruin", and in the simulator it is what trips the head office's reserve gate, so
 * a plan that spends the reserve's margin more often than greedy is riskier in the sense a
 * strategy team means even when it stops short of zero. The paired view ({@link #paired}: b
 * replications where only the plan runs dry, c where only greedy does, one standard error
 * {@code sqrt(b + c)}) is kept as information; it no longer decides.
 */
record CashRisk(boolean[] belowZero, boolean[] belowReserve) {

  /** The result's replications below zero and below the reserve (its per-replication table when kept). */
  static CashRisk of(MonteCarloResult r, double reserveYuan) {
    double[] min = r.minCashByReplication();
    ReplicationTable table = r.perReplication();
    boolean[] zero = new boolean[min.length];
    boolean[] reserve = new boolean[min.length];
    for (int i = 0; i < min.length; i++) {
      zero[i] = min[i] < 0;
      double flag = table == null ? Double.NaN : table.chain(i, "cash_below_reserve");
      reserve[i] = Double.isNaN(flag) ? min[i] < reserveYuan : flag > 0;
    }
    return new CashRisk(zero, reserve);
  }

  int belowZeroCount() {
    return count(belowZero);
  }

  int belowReserveCount() {
    return count(belowReserve);
  }

  /** The strict rule: below zero and below the reserve in no more replications than greedy. */
  boolean noRiskierThan(CashRisk greedy) {
    return belowZeroCount() <= greedy.belowZeroCount() && belowReserveCount() <= greedy.belowReserveCount();
  }

  /** "b/c": replications below zero for this plan only / for greedy only. */
  int[] paired(CashRisk greedy) {
    int b = 0;
    int c = 0;
    for (int r = 0; r < belowZero.length; r++) {
      if (belowZero[r] && !greedy.belowZero[r]) {
        b++;
      } else if (greedy.belowZero[r] && !belowZero[r]) {
        c++;
      }
    }
    return new int[] {b, c};
  }

  /** For the notes: "P(cash < 0) 4.0% (8), P(cash < reserve) 5.0% (10), vs greedy +2 −1 (s.e. 1.7)". */
  String describe(CashRisk greedy) {
    int n = belowZero.length;
    int[] bc = paired(greedy);
    return String.format(Locale.ROOT, "P(cash < 0) %.1f%% (%d), P(cash < reserve) %.1f%% (%d), below zero vs greedy"
        + " +%d −%d (paired s.e. %.1f)", 100.0 * belowZeroCount() / n, belowZeroCount(), 100.0 * belowReserveCount() / n,
        belowReserveCount(), bc[0], bc[1], Math.sqrt(bc[0] + bc[1]));
  }

  private static int count(boolean[] flags) {
    int k = 0;
    for (boolean f : flags) {
      if (f) {
        k++;
      }
    }
    return k;
  }
}
