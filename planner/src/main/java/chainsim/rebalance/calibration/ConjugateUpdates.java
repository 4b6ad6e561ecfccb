package chainsim.rebalance.calibration;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The closed-form posteriors, where the prior's family is conjugate to the observations' shape.
 * Observations are pooled over months: for a parameter drawn once per replication every month
 * sees the same value, so the months' likelihoods multiply into the pooled one.
 */
public final class ConjugateUpdates {
  private ConjugateUpdates() {}

  /**
   * Beta(alpha, beta) and s successes of n trials: Beta(alpha + s, beta + n - s); n the effective
   * trials where the trials carry them ({@link Observations.Trials#effectiveTrials()}).
   */
  public static ContinuousBelief betaBinomial(double alpha, double beta, Observations.Trials trials) {
    long s = trials.totalSuccesses();
    double n = trials.totalEffectiveTrials();
    return ContinuousBelief.of(BetaDistribution.of(alpha + s, beta + n - s));
  }

  /**
   * Gamma(shape, rate) and c events over exposure E: Gamma(shape + c, rate + E). The scenario
   * format has no gamma, so scenario parameters never reach this one; it is the closed form the
   * grid is checked against for counts.
   */
  public static ContinuousBelief gammaPoisson(double shape, double rate, Observations.Counts counts) {
    return ContinuousBelief.of(
        GammaDistribution.of(shape + counts.totalCount(), 1.0 / (rate + counts.totalExposure())));
  }

  /**
   * Normal(mean, sd) and n values (or n items, when the values are averages) with known noise
   * sigma: precision 1/sd^2 + n/sigma^2, mean the precision-weighted average of the prior mean and
   * the (weighted) sample mean.
   */
  public static ContinuousBelief normalNormal(double mean, double sd, Observations.Measurements measurements) {
    Double noise = measurements.noiseSd();
    if (noise == null) {
      throw new IllegalArgumentException("the normal-normal update needs a known noise standard deviation");
    }
    double n = measurements.totalWeight();
    double priorPrecision = 1 / (sd * sd);
    double dataPrecision = n / (noise * noise);
    double precision = priorPrecision + dataPrecision;
    double posteriorMean = (priorPrecision * mean + dataPrecision * measurements.sampleMean()) / precision;
    return ContinuousBelief.of(NormalDistribution.of(posteriorMean, Math.sqrt(1 / precision)));
  }
}
