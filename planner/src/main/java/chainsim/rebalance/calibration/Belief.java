package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What is believed about a parameter's value: a prior read from a scenario, or a posterior after
 * the actuals. Everything the prior-vs-posterior table, the refit and the calibration tests need,
 * whatever the distribution is (a Commons Statistics distribution, a grid, a discrete list).
 */
public interface Belief {

  double mean();

  double variance();

  default double sd() {
    return Math.sqrt(variance());
  }

  /** P(value <= x). */
  double cdf(double x);

  /** The smallest x with cdf(x) >= p, for p in [0, 1]. */
  double quantile(double p);

  /** One draw, by inversion of a uniform number strictly inside (0, 1). */
  default double draw(UniformRandomProvider rng) {
    return quantile(((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53);
  }

  /** The belief a scenario states for a parameter. */
  static Belief of(Uncertain u) {
    if (u instanceof Uncertain.Empirical e) {
      return DiscreteBelief.of(e);
    }
    if (u instanceof Uncertain.Fixed f) {
      return new DiscreteBelief(new double[] {f.value()}, new double[] {1.0});
    }
    return ContinuousBelief.of(u);
  }
}
