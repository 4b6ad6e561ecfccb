package chainsim.expansion.surrogate;

/**
 * What an opening serving some industries of a region brings, by replication and month since it
 * opened (index 0 is the opening month), in yuan: the surrogate's answer for one opening.
 *
 * @param flow the company's net cash flow due to the opening
 * @param flowYuan {@code flow} in whole yuan: what a plan's totals add up, so that adding and
 *     removing openings as the solver moves never drifts and a plan always has the same score
 * @param oneOff set-up costs and stake price inside {@code flow}
 * @param stakeProfit equity: the local firm's profit after fee; null otherwise
 * @param ownFlowMean direct: the branch's own operating cash flow, mean across replications; null
 *     otherwise
 * @param regime how the surrogate obtained it
 */
public record OpeningProfile(
    double[][] flow, long[][] flowYuan, double[][] oneOff, double[][] stakeProfit, double[] ownFlowMean, Regime regime) {

  /** Where the numbers come from. */
  public enum Regime {
    /** This very opening was simulated (one industry, or all the region's candidate industries). */
    SIMULATED,
    /** Few firms for the team: the single-industry openings' sales add up. */
    MARKET_LIMITED,
    /** More firms than the team can reach: the all-industries opening's sales, reweighted to the mix. */
    CONTACT_LIMITED
  }

  /** The profile of these paths, with {@code flowYuan} rounded from {@code flow}. */
  public static OpeningProfile of(double[][] flow, double[][] oneOff, double[][] stakeProfit, double[] ownFlowMean,
      Regime regime) {
    long[][] yuan = new long[flow.length][];
    for (int r = 0; r < flow.length; r++) {
      yuan[r] = new long[flow[r].length];
      for (int m = 0; m < flow[r].length; m++) {
        yuan[r][m] = Math.round(flow[r][m]);
      }
    }
    return new OpeningProfile(flow, yuan, oneOff, stakeProfit, ownFlowMean, regime);
  }

  /**
   * The one-off costs inside the terminal value's run-rate, for an opening in month {@code start}
   * (1-based) of a horizon of {@code months}, replication {@code r}, in whole yuan.
   */
  public long oneOffRunRate(int r, int start, int months) {
    double sum = 0;
    for (int m = Math.max(start, months - Valuation.RUN_RATE_MONTHS + 1); m <= months; m++) {
      sum += oneOff[r][m - start];
    }
    return Math.round(sum);
  }

  /**
   * Equity: the stake's value at the horizon, a multiple of the last year's profit when positive,
   * for an opening in month {@code start}, replication {@code r}, in whole yuan; 0 otherwise.
   */
  public long exitValue(int r, int start, int months, double exitFactor) {
    if (stakeProfit == null) {
      return 0;
    }
    double profit = 0;
    for (int m = Math.max(start, months - Valuation.RUN_RATE_MONTHS + 1); m <= months; m++) {
      profit += stakeProfit[r][m - start];
    }
    return Math.round(Math.max(0.0, exitFactor * profit));
  }

  /**
   * Direct: the branch's own operating cash flow over the {@code months} months up to an age
   * (1-based), mean across replications: whether the one-year gate sees it cash-flow positive.
   */
  public double trailingOwnFlow(int age, int months) {
    double sum = 0;
    for (int a = Math.max(1, age - months + 1); a <= age; a++) {
      sum += ownFlowMean[a - 1];
    }
    return sum;
  }
}
