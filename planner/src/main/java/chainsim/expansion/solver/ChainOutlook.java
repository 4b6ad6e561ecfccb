package chainsim.expansion.solver;

import chainsim.expansion.domain.ExpansionRules;

/**
 * The figures of a plan's chain the constraints judge, from a {@link ChainProjection}.
 *
 * @param meanNpv expected NPV across the surrogate's replications
 * @param tailNpv mean NPV of the worst {@code cvar_alpha} share
 * @param replicationsBelowZero replications whose cash falls below zero at some month (in a
 *     re-plan, some month after the as-of month)
 * @param allowedBelowZero how many of them the cap on P(cash &lt; 0) tolerates
 * @param probCashBelowReserve share of replications whose cash falls below the reserve
 * @param reserveShortfall the most the quantile cash path (P5 for confidence 0.95) falls below
 *     the reserve in any month; 0 when it never does
 * @param riskWeight weight of the tail shortfall against expected NPV; 0 when the risk measure is none
 * @param smoothedBelowZero replications below zero, smoothed: the sum over replications of
 *     {@code Phi(-lowest cash / h)}, h = {@link #SMOOTHING_SHARE} of the initial cash, so that a
 *     replication that only just stays above zero counts in part and one far below counts fully:
 *     a measure of the chance of running dry that moves with every yuan, where the count moves by
 *     whole replications
 * @param baselineBelowZero the baseline plan's {@code smoothedBelowZero}, which a plan may not
 *     exceed; infinite when there is no such limit
 */
public record ChainOutlook(
    double meanNpv,
    double tailNpv,
    int replicationsBelowZero,
    int allowedBelowZero,
    double probCashBelowReserve,
    double reserveShortfall,
    double riskWeight,
    double smoothedBelowZero,
    double baselineBelowZero) {

  /** The smoothing width of {@link #smoothedBelowZero}, as a share of the initial cash. */
  public static final double SMOOTHING_SHARE = 0.02;

  private static final org.apache.commons.math3.distribution.NormalDistribution NORMAL =
      new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

  public static ChainOutlook of(ExpansionRules rules, ChainProjection chain) {
    return of(rules, chain, Double.POSITIVE_INFINITY);
  }

  /** @param baselineBelowZero see {@link #baselineBelowZero}; infinite for none */
  public static ChainOutlook of(ExpansionRules rules, ChainProjection chain, double baselineBelowZero) {
    int n = chain.replications();
    double mean = 0;
    int belowZero = 0;
    int belowReserve = 0;
    double smoothed = 0;
    double h = SMOOTHING_SHARE * Math.max(1.0, rules.initialCash());
    for (int r = 0; r < n; r++) {
      smoothed += NORMAL.cumulativeProbability(-chain.minCash()[r] / h);
      mean += chain.npv()[r] / n;
      if (chain.minCash()[r] < 0) {
        belowZero++;
      }
      if (chain.minCash()[r] < rules.reserve()) {
        belowReserve++;
      }
    }
    double shortfall = 0;
    double[] quantile = chain.cashQuantile(1 - rules.reserveConfidence());
    // a re-plan's history (months before judgedFrom) is not constrained again
    for (int m = chain.judgedFrom(); m <= quantile.length; m++) {
      shortfall = Math.max(shortfall, rules.reserve() - quantile[m - 1]);
    }
    // a tolerance of a replication's worth of probability: floor, so that a cap of 0 tolerates none
    int allowed = (int) Math.floor(rules.maxProbCashBelowZero() * n + 1e-9);
    return new ChainOutlook(mean, ChainProjection.tailMean(chain.npv(), rules.cvarAlpha()), belowZero, allowed,
        belowReserve / (double) n, shortfall, rules.cvar() ? rules.riskWeight() : 0.0, smoothed,
        baselineBelowZero);
  }

  /** How far the smoothed count of replications below zero exceeds the baseline's; 0 when it does not. */
  public double excessBelowZero() {
    return Math.max(0.0, smoothedBelowZero - baselineBelowZero);
  }

  public double probCashBelowZero(int replications) {
    return replicationsBelowZero / (double) replications;
  }

  /**
   * The risk term, CVaR as a shortfall: how far the mean NPV of the worst {@code cvar_alpha}
   * share falls below the expected NPV (0 or more), times the risk weight.
   */
  public double tailRisk() {
    return riskWeight * Math.max(0.0, meanNpv - tailNpv);
  }
}
