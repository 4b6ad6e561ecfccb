package chainsim.expansion.solver;

import chainsim.expansion.domain.ExpansionRules;

/**
 * The figures of a plan's chain the constraints judge, from a {@link ChainProjection}.
 *
 * @param meanNpv expected NPV across the surrogate's replications
 * @param tailNpv mean NPV of the worst {@code cvar_alpha} share
 * @param replicationsBelowZero replications whose cash falls below zero at some month
 * @param allowedBelowZero how many of them the cap on P(cash &lt; 0) tolerates
 * @param probCashBelowReserve share of replications whose cash falls below the reserve
 * @param reserveShortfall the most the quantile cash path (P5 for confidence 0.95) falls below
 *     the reserve in any month; 0 when it never does
 * @param riskWeight weight of the tail shortfall against expected NPV; 0 when the risk measure is none
 */
public record ChainOutlook(
    double meanNpv,
    double tailNpv,
    int replicationsBelowZero,
    int allowedBelowZero,
    double probCashBelowReserve,
    double reserveShortfall,
    double riskWeight) {

  public static ChainOutlook of(ExpansionRules rules, ChainProjection chain) {
    int n = chain.replications();
    double mean = 0;
    int belowZero = 0;
    int belowReserve = 0;
    for (int r = 0; r < n; r++) {
      mean += chain.npv()[r] / n;
      if (chain.minCash()[r] < 0) {
        belowZero++;
      }
      if (chain.minCash()[r] < rules.reserve()) {
        belowReserve++;
      }
    }
    double shortfall = 0;
    for (double cash : chain.cashQuantile(1 - rules.reserveConfidence())) {
      shortfall = Math.max(shortfall, rules.reserve() - cash);
    }
    // a tolerance of a replication's worth of probability: floor, so that a cap of 0 tolerates none
    int allowed = (int) Math.floor(rules.maxProbCashBelowZero() * n + 1e-9);
    return new ChainOutlook(mean, ChainProjection.tailMean(chain.npv(), rules.cvarAlpha()), belowZero, allowed,
        belowReserve / (double) n, shortfall, rules.cvar() ? rules.riskWeight() : 0.0);
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
