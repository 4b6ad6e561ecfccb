package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a posterior back into a distribution the scenario format can state, since the overlay is
 * a scenario file.
 *
 * <p>For a parameter drawn once per replication ({@link #refit}): a bounded prior (triangular,
 * uniform, beta on [min, max]) becomes a beta on the same [min, max] with the posterior's mean and
 * variance (a beta can take any mean and variance a distribution on [min, max] can have, and a
 * triangle cannot narrow without moving its ends); a normal stays normal with the posterior's mean
 * and sd (after truncation) and the prior's bounds; a log-normal stays log-normal with the posterior's mean and sd;
 * an empirical list keeps its values with the posterior's weights (exact).
 *
 * <p>For a parameter drawn every month ({@link #relocate}): only the location moves, the spread of
 * the month-to-month variability is kept (see {@link Calibration}).
 *
 * <p>A bounded normal is refitted so that its truncated mean and sd are the posterior's
 * ({@link #boundedNormal}); the refit distance measures what remains.
 */
public final class ScenarioFamilyFit {
  /** Points the refit's distance to the posterior is measured at. */
  private static final int DISTANCE_POINTS = 2001;

  private ScenarioFamilyFit() {}

  /** The posterior as the prior's family (or a beta on the prior's range), moment-matched. */
  public static Uncertain refit(Uncertain prior, Belief posterior) {
    Uncertain.Draw draw = prior.draw();
    if (posterior instanceof DiscreteBelief d && prior instanceof Uncertain.Empirical) {
      return new Uncertain.Empirical(list(d.values()), list(d.probabilities()), draw);
    }
    if (prior instanceof Uncertain.Normal x) {
      return boundedNormal(x, posterior.mean(), posterior.sd());
    }
    if (prior instanceof Uncertain.LogNormal) {
      return new Uncertain.LogNormal(posterior.mean(), posterior.sd(), draw);
    }
    double min = prior.supportMin();
    double max = prior.supportMax();
    double width = max - min;
    double m = (posterior.mean() - min) / width;
    double v = posterior.variance() / (width * width);
    // Any distribution on [0, 1] has v < m (1 - m); the guard only meets rounding.
    double concentration = Math.max(m * (1 - m) / Math.max(v, 1e-300) - 1, 1e-6);
    boolean defaultRange = prior instanceof Uncertain.Beta b && b.min() == null && b.max() == null;
    return new Uncertain.Beta(m * concentration, (1 - m) * concentration,
        defaultRange ? null : min, defaultRange ? null : max, draw);
  }

  /**
   * A month-drawn distribution moved so that its mean is {@code location}, its spread kept: a
   * normal, triangle, uniform or empirical list is shifted; a beta keeps its concentration
   * alpha + beta (the dispersion of a proportion); a log-normal keeps its coefficient of
   * variation (a multiplicative spread).
   */
  public static Uncertain relocate(Uncertain prior, double location) {
    double shift = keptInRange(prior, location - Belief.of(prior).mean());
    Uncertain.Draw draw = prior.draw();
    if (prior instanceof Uncertain.Normal x) {
      return new Uncertain.Normal(truncatedMeanAt(x, location), x.sd(), x.min(), x.max(), draw);
    }
    if (prior instanceof Uncertain.Triangular x) {
      return new Uncertain.Triangular(x.min() + shift, x.mode() + shift, x.max() + shift, draw);
    }
    if (prior instanceof Uncertain.Uniform x) {
      return new Uncertain.Uniform(x.min() + shift, x.max() + shift, draw);
    }
    if (prior instanceof Uncertain.LogNormal x) {
      return new Uncertain.LogNormal(location, x.sd() * location / x.mean(), draw);
    }
    if (prior instanceof Uncertain.Beta x) {
      double width = x.supportMax() - x.supportMin();
      double m = Math.min(1 - 1e-6, Math.max(1e-6, (location - x.supportMin()) / width));
      double concentration = x.alpha() + x.beta();
      return new Uncertain.Beta(m * concentration, (1 - m) * concentration, x.min(), x.max(), draw);
    }
    if (prior instanceof Uncertain.Empirical x) {
      return new Uncertain.Empirical(x.values().stream().map(v -> v + shift).toList(), x.weights(), draw);
    }
    throw new IllegalArgumentException("cannot relocate " + prior);
  }

  /**
   * A normal with the prior's bounds whose truncated mean and sd are the given ones. The
   * {@code mean} and {@code sd} keys are the untruncated ones, so a bound near the posterior pulls
   * the moments: the keys are corrected by a fixed-point iteration (mean by the gap in means, sd
   * by the ratio of sds), keeping the best pair found. Without bounds, or when the posterior sits
   * far inside them, the keys are the moments themselves.
   */
  static Uncertain.Normal boundedNormal(Uncertain.Normal prior, double mean, double sd) {
    Uncertain.Normal best = new Uncertain.Normal(mean, sd, prior.min(), prior.max(), prior.draw());
    if (prior.min() == null && prior.max() == null) {
      return best;
    }
    double bestGap = momentGap(best, mean, sd);
    double mu = mean;
    double sigma = sd;
    for (int i = 0; i < 200 && bestGap > 1e-9; i++) {
      Belief b = Belief.of(new Uncertain.Normal(mu, sigma, prior.min(), prior.max(), prior.draw()));
      mu += mean - b.mean();
      sigma *= sd / b.sd();
      if (!Double.isFinite(mu) || !(sigma > 0) || !Double.isFinite(sigma)) {
        break;
      }
      Uncertain.Normal candidate = new Uncertain.Normal(mu, sigma, prior.min(), prior.max(), prior.draw());
      double gap = momentGap(candidate, mean, sd);
      if (gap < bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
    return best;
  }

  /** How far a distribution's mean and sd are from the targets, in units of the target sd. */
  private static double momentGap(Uncertain u, double mean, double sd) {
    Belief b = Belief.of(u);
    double gap = (Math.abs(b.mean() - mean) + Math.abs(b.sd() - sd)) / sd;
    return Double.isNaN(gap) ? Double.POSITIVE_INFINITY : gap;
  }

  /**
   * A shift that keeps a non-negative support non-negative and a support inside [0, 1] inside it:
   * a count or an amount cannot go below zero, a rate cannot leave [0, 1], whatever the location
   * says (the location is then not reached; the table shows it).
   */
  private static double keptInRange(Uncertain prior, double shift) {
    double min = prior.supportMin();
    double max = prior.supportMax();
    if (min >= 0) {
      shift = Math.max(shift, -min);
    }
    if (min >= 0 && max <= 1) {
      shift = Math.min(shift, 1 - max);
    }
    return shift;
  }

  /**
   * The {@code mean} key that gives a bounded normal the mean {@code location} once truncated (a
   * plain shift would be off by the truncation's pull); found by bisection, the truncated mean
   * rising with the key. Without bounds it is the location itself.
   */
  static double truncatedMeanAt(Uncertain.Normal x, double location) {
    if (x.min() == null && x.max() == null) {
      return location;
    }
    double lo = location - 20 * x.sd();
    double hi = location + 20 * x.sd();
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      double mean = Belief.of(new Uncertain.Normal(mid, x.sd(), x.min(), x.max(), x.draw())).mean();
      if (mean < location) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /**
   * The Kolmogorov distance between a posterior and its refit: the largest gap between their
   * CDFs, over the posterior's central 99.9%. Zero when the refit is exact.
   */
  public static double distance(Belief posterior, Belief refit) {
    double lo = posterior.quantile(0.0005);
    double hi = posterior.quantile(0.9995);
    if (!(hi > lo)) {
      return Math.abs(posterior.cdf(lo) - refit.cdf(lo));
    }
    double worst = 0;
    for (int i = 0; i < DISTANCE_POINTS; i++) {
      double x = lo + (hi - lo) * i / (DISTANCE_POINTS - 1);
      worst = Math.max(worst, Math.abs(posterior.cdf(x) - refit.cdf(x)));
    }
    return worst;
  }

  private static List<Double> list(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
