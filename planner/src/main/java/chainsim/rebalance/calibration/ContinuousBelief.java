package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * A Commons Statistics distribution, moved to {@code offset + scale * X} (a beta on [min, max] is
 * a beta on [0, 1] scaled; everything else has offset 0, scale 1). The scenario's distributions
 * map here the same way the simulator's sampler reads them ({@code chainsim.random.Sampler}).
 */
public record ContinuousBelief(ContinuousDistribution distribution, double offset, double scale) implements Belief {

  public ContinuousBelief {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive, not " + scale);
    }
  }

  public static ContinuousBelief of(ContinuousDistribution distribution) {
    return new ContinuousBelief(distribution, 0, 1);
  }

  /** The scenario's distribution; fixed and empirical values are not continuous (see {@link Belief#of}). */
  public static ContinuousBelief of(Uncertain u) {
    if (u instanceof Uncertain.Uniform x) {
      return of(UniformContinuousDistribution.of(x.min(), x.max()));
    }
    if (u instanceof Uncertain.Triangular x) {
      return of(TriangularDistribution.of(x.min(), x.mode(), x.max()));
    }
    if (u instanceof Uncertain.Normal x) {
      if (x.min() == null && x.max() == null) {
        return of(NormalDistribution.of(x.mean(), x.sd()));
      }
      return of(TruncatedNormalDistribution.of(x.mean(), x.sd(), x.supportMin(), x.supportMax()));
    }
    if (u instanceof Uncertain.LogNormal x) {
      return of(LogNormalDistribution.of(x.logMu(), x.logSigma()));
    }
    if (u instanceof Uncertain.Beta x) {
      return new ContinuousBelief(
          BetaDistribution.of(x.alpha(), x.beta()), x.supportMin(), x.supportMax() - x.supportMin());
    }
    throw new IllegalArgumentException("not a continuous distribution: " + u);
  }

  public double supportMin() {
    return offset + scale * distribution.getSupportLowerBound();
  }

  public double supportMax() {
    return offset + scale * distribution.getSupportUpperBound();
  }

  /** Log of the density at x (negative infinity outside the support). */
  public double logDensity(double x) {
    return distribution.logDensity((x - offset) / scale) - Math.log(scale);
  }

  @Override
  public double mean() {
    return offset + scale * distribution.getMean();
  }

  @Override
  public double variance() {
    return scale * scale * distribution.getVariance();
  }

  @Override
  public double cdf(double x) {
    return distribution.cumulativeProbability((x - offset) / scale);
  }

  @Override
  public double quantile(double p) {
    return offset + scale * distribution.inverseCumulativeProbability(p);
  }

  /** The quantile of an upper-tail probability, accurate where 1 - q would round. */
  public double upperQuantile(double q) {
    return offset + scale * distribution.inverseSurvivalProbability(q);
  }
}
