package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;
import java.util.List;

/**
 * A belief over a list of values (a scenario's {@code empirical} distribution). Its posterior is
 * exact: each value's weight times the likelihood of the observations at that value, normalised.
 */
public record DiscreteBelief(double[] values, double[] probabilities) implements Belief {

  public DiscreteBelief {
    if (values.length == 0 || values.length != probabilities.length) {
      throw new IllegalArgumentException("a discrete belief needs one probability per value");
    }
    values = values.clone();
    probabilities = normalised(probabilities);
  }

  static DiscreteBelief of(Uncertain.Empirical e) {
    return new DiscreteBelief(toArray(e.values()), toArray(e.weights()));
  }

  /** Each value's probability times the likelihood there, normalised (in logs, so no weight underflows). */
  public DiscreteBelief updatedBy(Observations observations) {
    var likelihood = observations.logLikelihoodFunction();
    double[] log = new double[values.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      log[i] = Math.log(probabilities[i]) + likelihood.applyAsDouble(values[i]);
      if (!Double.isNaN(log[i])) {
        max = Math.max(max, log[i]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("the observations are impossible under every listed value");
    }
    double[] weights = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      weights[i] = Double.isNaN(log[i]) ? 0 : Math.exp(log[i] - max);
    }
    return new DiscreteBelief(values, weights);
  }

  @Override
  public double mean() {
    double mean = 0;
    for (int i = 0; i < values.length; i++) {
      mean += values[i] * probabilities[i];
    }
    return mean;
  }

  @Override
  public double variance() {
    double mean = mean();
    double v = 0;
    for (int i = 0; i < values.length; i++) {
      v += (values[i] - mean) * (values[i] - mean) * probabilities[i];
    }
    return v;
  }

  @Override
  public double cdf(double x) {
    double c = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= x) {
        c += probabilities[i];
      }
    }
    return Math.min(1, c);
  }

  @Override
  public double quantile(double p) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    for (double v : sorted) {
      if (cdf(v) >= p - 1e-12) {
        return v;
      }
    }
    return sorted[sorted.length - 1];
  }

  private static double[] normalised(double[] weights) {
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0)) {
        throw new IllegalArgumentException("weights must be non-negative, not " + w);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    double[] p = new double[weights.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = weights[i] / total;
    }
    return p;
  }

  private static double[] toArray(List<Double> list) {
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
