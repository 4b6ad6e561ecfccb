package chainsim.random;

import chainsim.scenario.Uncertain;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * Draws from an {@link Uncertain} by inversion: a uniform number in (0,1) goes through the
 * distribution's inverse CDF (Commons Statistics). Inversion keeps one uniform per draw, which
 * is what the Gaussian copula of correlated parameters needs.
 */
public final class Sampler {
  private final ContinuousDistribution continuous;
  private final double fixed;
  private final double[] empiricalValues;
  private final double[] empiricalCumulative;
  private final double scaleMin;
  private final double scaleWidth;

  private Sampler(
      ContinuousDistribution continuous,
      double fixed,
      double[] empiricalValues,
      double[] empiricalCumulative,
      double scaleMin,
      double scaleWidth) {
    this.continuous = continuous;
    this.fixed = fixed;
    this.empiricalValues = empiricalValues;
    this.empiricalCumulative = empiricalCumulative;
    this.scaleMin = scaleMin;
    this.scaleWidth = scaleWidth;
  }

  public static Sampler of(Uncertain u) {
    if (u instanceof Uncertain.Fixed f) {
      return new Sampler(null, f.value(), null, null, 0, 1);
    }
    if (u instanceof Uncertain.Uniform x) {
      return continuous(UniformContinuousDistribution.of(x.min(), x.max()));
    }
    if (u instanceof Uncertain.Triangular x) {
      return continuous(TriangularDistribution.of(x.min(), x.mode(), x.max()));
    }
    if (u instanceof Uncertain.Normal x) {
      if (x.min() == null && x.max() == null) {
        return continuous(NormalDistribution.of(x.mean(), x.sd()));
      }
      return continuous(
          TruncatedNormalDistribution.of(x.mean(), x.sd(), x.supportMin(), x.supportMax()));
    }
    if (u instanceof Uncertain.LogNormal x) {
      return continuous(LogNormalDistribution.of(x.logMu(), x.logSigma()));
    }
    if (u instanceof Uncertain.Beta x) {
      return new Sampler(
          BetaDistribution.of(x.alpha(), x.beta()), 0, null, null, x.supportMin(), x.supportMax() - x.supportMin());
    }
    if (u instanceof Uncertain.Empirical x) {
      return empirical(x.values(), x.weights());
    }
    throw new IllegalArgumentException("unknown distribution " + u);
  }

  private static Sampler continuous(ContinuousDistribution d) {
    return new Sampler(d, 0, null, null, 0, 1);
  }

  private static Sampler empirical(List<Double> values, List<Double> weights) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    double[] v = new double[values.size()];
    double[] cumulative = new double[values.size()];
    double running = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
      running += weights.get(i) / total;
      cumulative[i] = running;
    }
    cumulative[v.length - 1] = 1.0; // guard against rounding leaving the last bucket short
    return new Sampler(null, 0, v, cumulative, 0, 1);
  }

  /** The value at cumulative probability {@code u} in (0,1). */
  public double inverse(double u) {
    if (continuous != null) {
      return scaleMin + scaleWidth * continuous.inverseCumulativeProbability(u);
    }
    if (empiricalValues != null) {
      for (int i = 0; i < empiricalCumulative.length; i++) {
        if (u < empiricalCumulative[i]) {
          return empiricalValues[i];
        }
      }
      return empiricalValues[empiricalValues.length - 1];
    }
    return fixed;
  }

  /** The expected value. */
  public double mean() {
    if (continuous != null) {
      return scaleMin + scaleWidth * continuous.getMean();
    }
    if (empiricalValues != null) {
      double mean = 0;
      double previous = 0;
      for (int i = 0; i < empiricalValues.length; i++) {
        mean += empiricalValues[i] * (empiricalCumulative[i] - previous);
        previous = empiricalCumulative[i];
      }
      return mean;
    }
    return fixed;
  }
}
