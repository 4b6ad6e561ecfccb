package chainsim.rebalance.calibration;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * What the actuals say about one parameter, month by month, in one of three shapes. Each shape is
 * its own likelihood: calibration needs nothing else about how the numbers arose.
 *
 * <ul>
 *   <li>{@link Trials}: binomial trials and successes (conversion: leads that signed; churn:
 *       active client-months that churned);
 *   <li>{@link Counts}: Poisson counts over an exposure (contacts or leads per consultant-month:
 *       the count, and the consultant-months that produced it);
 *   <li>{@link Measurements}: real values around the parameter with a known noise standard
 *       deviation, or with the noise unknown and estimated from the spread of the values
 *       (prices, service hours, productivity).
 * </ul>
 *
 * <p>Arrays are one entry per observed month, copied in and out. Being arrays, they make
 * {@code equals} an identity comparison; compare observations by their contents where it matters.
 */
public sealed interface Observations permits Observations.Trials, Observations.Counts, Observations.Measurements {

  /** The log-likelihood of the parameter value {@code theta}, up to a constant. */
  default double logLikelihood(double theta) {
    return logLikelihoodFunction().applyAsDouble(theta);
  }

  /**
   * The log-likelihood as a function, its sufficient statistics (totals, sample mean, sum of
   * squares) computed once: the grid evaluates it thousands of times.
   */
  DoubleUnaryOperator logLikelihoodFunction();

  /** The value that maximises the likelihood (inside {@link #domainMin()}..{@link #domainMax()}). */
  double mostLikely();

  /** A rough standard error around {@link #mostLikely()}: the step the likelihood range search starts from. */
  double roughStandardError();

  /** Smallest value the parameter can take under this likelihood. */
  double domainMin();

  /** Largest value the parameter can take under this likelihood. */
  double domainMax();

  /** True when the observations carry information (some trials, some exposure, some values). */
  boolean informative();

  /** Months observed. */
  int months();

  /** The observations in a few words, for the prior-vs-posterior table (e.g. "36/120 over 12 months"). */
  String summary();

  /** The shape's name in tables and documentation. */
  String shape();

  static Trials trials(long trials, long successes) {
    return new Trials(new long[] {trials}, new long[] {successes});
  }

  static Counts counts(long count, double exposure) {
    return new Counts(new long[] {count}, new double[] {exposure});
  }

  /**
   * Binomial: {@code successes[m]} of {@code trials[m]} in month m. {@code effectiveTrials[m]}, when
   * given (null: the trials themselves), are the trials weighted by how likely each is to succeed
   * relative to the parameter: where some trials succeed at a known multiple of the rate (leads of a
   * marketing line with a conversion multiplier), the month's expected successes are theta x
   * effective trials, and the likelihood is taken as theta^s (1 - theta)^(effective - s): exact in
   * the mean, with the variance of a binomial of the effective trials (see docs/calibration.md for
   * what this costs). Effective trials are at least the successes.
   */
  record Trials(long[] trials, long[] successes, double[] effectiveTrials) implements Observations {
    public Trials {
      if (trials.length != successes.length) {
        throw new IllegalArgumentException("trials and successes need one entry per month each");
      }
      trials = trials.clone();
      successes = successes.clone();
      for (int m = 0; m < trials.length; m++) {
        if (trials[m] < 0 || successes[m] < 0 || successes[m] > trials[m]) {
          throw new IllegalArgumentException(
              "month " + (m + 1) + ": " + successes[m] + " successes of " + trials[m] + " trials");
        }
      }
      if (effectiveTrials != null) {
        if (effectiveTrials.length != trials.length) {
          throw new IllegalArgumentException("effective trials need one entry per month");
        }
        effectiveTrials = effectiveTrials.clone();
        for (int m = 0; m < trials.length; m++) {
          if (!(effectiveTrials[m] >= successes[m]) || (trials[m] > 0) != (effectiveTrials[m] > 0)) {
            throw new IllegalArgumentException("month " + (m + 1) + ": " + successes[m] + " successes of "
                + effectiveTrials[m] + " effective trials (" + trials[m] + " trials)");
          }
        }
      }
    }

    /** Every trial at the rate itself. */
    public Trials(long[] trials, long[] successes) {
      this(trials, successes, null);
    }

    @Override
    public long[] trials() {
      return trials.clone();
    }

    @Override
    public long[] successes() {
      return successes.clone();
    }

    @Override
    public double[] effectiveTrials() {
      return effectiveTrials == null ? null : effectiveTrials.clone();
    }

    public long totalTrials() {
      return Arrays.stream(trials).sum();
    }

    public long totalSuccesses() {
      return Arrays.stream(successes).sum();
    }

    /** The trials weighted by their multiples of the rate; the trials themselves when none are given. */
    public double totalEffectiveTrials() {
      return effectiveTrials == null ? totalTrials() : Arrays.stream(effectiveTrials).sum();
    }

    @Override
    public DoubleUnaryOperator logLikelihoodFunction() {
      double n = totalEffectiveTrials();
      long s = totalSuccesses();
      return theta -> xLogY(s, theta) + xLogY(n - s, 1 - theta);
    }

    @Override
    public double mostLikely() {
      return totalSuccesses() / totalEffectiveTrials();
    }

    @Override
    public double roughStandardError() {
      double n = totalEffectiveTrials();
      double p = (totalSuccesses() + 0.5) / (n + 1.0);
      return Math.sqrt(p * (1 - p) / Math.max(1, n));
    }

    @Override
    public double domainMin() {
      return 0;
    }

    @Override
    public double domainMax() {
      return 1;
    }

    @Override
    public boolean informative() {
      return totalTrials() > 0;
    }

    @Override
    public int months() {
      return trials.length;
    }

    @Override
    public String summary() {
      String weighted = effectiveTrials == null ? "" : " (effective " + shown(totalEffectiveTrials()) + ")";
      return totalSuccesses() + "/" + totalTrials() + weighted + " over " + monthsWord(months());
    }

    @Override
    public String shape() {
      return "binomial";
    }

    @Override
    public String toString() {
      return shape() + ": " + summary();
    }
  }

  /** Poisson: {@code counts[m]} events over {@code exposures[m]} units (e.g. consultant-months) in month m. */
  record Counts(long[] counts, double[] exposures) implements Observations {
    public Counts {
      if (counts.length != exposures.length) {
        throw new IllegalArgumentException("counts and exposures need one entry per month each");
      }
      counts = counts.clone();
      exposures = exposures.clone();
      for (int m = 0; m < counts.length; m++) {
        if (counts[m] < 0 || !(exposures[m] >= 0) || (exposures[m] == 0 && counts[m] > 0)) {
          throw new IllegalArgumentException("month " + (m + 1) + ": " + counts[m] + " over exposure " + exposures[m]);
        }
      }
    }

    @Override
    public long[] counts() {
      return counts.clone();
    }

    @Override
    public double[] exposures() {
      return exposures.clone();
    }

    public long totalCount() {
      return Arrays.stream(counts).sum();
    }

    public double totalExposure() {
      return Arrays.stream(exposures).sum();
    }

    @Override
    public DoubleUnaryOperator logLikelihoodFunction() {
      long count = totalCount();
      double exposure = totalExposure();
      return theta -> xLogY(count, theta) - theta * exposure;
    }

    @Override
    public double mostLikely() {
      return totalCount() / totalExposure();
    }

    @Override
    public double roughStandardError() {
      return Math.sqrt(totalCount() + 1.0) / totalExposure();
    }

    @Override
    public double domainMin() {
      return 0;
    }

    @Override
    public double domainMax() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean informative() {
      return totalExposure() > 0;
    }

    @Override
    public int months() {
      return counts.length;
    }

    @Override
    public String summary() {
      return totalCount() + " over exposure " + shown(totalExposure())
          + " in " + monthsWord(months());
    }

    @Override
    public String shape() {
      return "poisson";
    }

    @Override
    public String toString() {
      return shape() + ": " + summary();
    }
  }

  /**
   * Real values, one a month, each the parameter plus noise. With {@code noiseSd} given the noise
   * is known (Normal likelihood); with it null the noise is unknown and integrated out under the
   * reference prior 1/sigma, which leaves a Student-t likelihood for the parameter with n - 1
   * degrees of freedom (needs at least two values).
   *
   * <p>A value may be the average of several items ({@code weights}: how many; null for one each),
   * as a month's average price is of its orders: it then has noise sd {@code noiseSd / sqrt(weight)},
   * {@code noiseSd} being the noise of one item. The likelihood is that of the items, which the
   * averages carry in full when the items are normal: known noise, -W (xw - theta)^2 / 2 sigma^2;
   * unknown, -(n / 2) log(Sw + W (xw - theta)^2), with W the total weight, xw the weighted mean
   * and Sw the weighted sum of squares around it (n - 1 degrees of freedom, n the values).
   */
  record Measurements(double[] values, Double noiseSd, double[] weights) implements Observations {
    public Measurements {
      values = values.clone();
      if (weights != null) {
        weights = weights.clone();
        if (weights.length != values.length) {
          throw new IllegalArgumentException("one weight per value: " + weights.length + " for " + values.length);
        }
        for (double w : weights) {
          if (!(w > 0)) {
            throw new IllegalArgumentException("a weight (items averaged) must be positive, not " + w);
          }
        }
      }
      if (noiseSd != null && !(noiseSd > 0)) {
        throw new IllegalArgumentException("a known noise standard deviation must be positive, not " + noiseSd);
      }
      if (noiseSd == null && values.length == 1) {
        throw new IllegalArgumentException("one value cannot estimate its own noise: give noiseSd");
      }
      if (noiseSd == null && values.length > 1 && Arrays.stream(values).distinct().count() == 1) {
        throw new IllegalArgumentException("identical values cannot estimate their noise: give noiseSd");
      }
    }

    /** One item per value. */
    public Measurements(double[] values, Double noiseSd) {
      this(values, noiseSd, null);
    }

    public static Measurements withKnownNoise(double noiseSd, double... values) {
      return new Measurements(values, noiseSd);
    }

    public static Measurements withEstimatedNoise(double... values) {
      return new Measurements(values, null);
    }

    /**
     * Averages of several items each, e.g. a month's average price over its orders: {@code items[m]}
     * items averaged {@code averages[m]}; {@code itemNoiseSd} is one item's noise, null to estimate it.
     */
    public static Measurements ofAverages(double[] averages, double[] items, Double itemNoiseSd) {
      return new Measurements(averages, itemNoiseSd, items);
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public double[] weights() {
      return weights == null ? null : weights.clone();
    }

    private double weight(int m) {
      return weights == null ? 1.0 : weights[m];
    }

    /** The items the values average: the number of values when each is one item. */
    public double totalWeight() {
      return weights == null ? values.length : Arrays.stream(weights).sum();
    }

    /** The (weighted) mean of the values. */
    public double sampleMean() {
      if (values.length == 0) {
        return Double.NaN;
      }
      double sum = 0;
      for (int m = 0; m < values.length; m++) {
        sum += weight(m) * values[m];
      }
      return sum / totalWeight();
    }

    /** Sum of (weighted) squared deviations from the sample mean. */
    public double sumOfSquares() {
      double mean = sampleMean();
      double sum = 0;
      for (int m = 0; m < values.length; m++) {
        sum += weight(m) * (values[m] - mean) * (values[m] - mean);
      }
      return sum;
    }

    @Override
    public DoubleUnaryOperator logLikelihoodFunction() {
      int n = values.length;
      double w = totalWeight();
      double mean = sampleMean();
      if (noiseSd != null) {
        double variance = noiseSd * noiseSd;
        return theta -> -w * (mean - theta) * (mean - theta) / (2 * variance);
      }
      double squares = sumOfSquares();
      return theta -> -0.5 * n * Math.log(squares + w * (mean - theta) * (mean - theta));
    }

    @Override
    public double mostLikely() {
      return sampleMean();
    }

    @Override
    public double roughStandardError() {
      int n = values.length;
      double sd = noiseSd != null ? noiseSd : Math.sqrt(sumOfSquares() / Math.max(1, n - 1));
      return sd > 0 ? sd / Math.sqrt(totalWeight()) : Math.max(1e-9, Math.abs(sampleMean()) * 1e-9);
    }

    @Override
    public double domainMin() {
      return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double domainMax() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean informative() {
      return values.length > 0;
    }

    @Override
    public int months() {
      return values.length;
    }

    @Override
    public String summary() {
      String noise = noiseSd != null
          ? "noise sd " + shown(noiseSd)
          : "noise estimated";
      String items = weights == null ? values.length + " values"
          : shown(totalWeight()) + " items in " + monthsWord(values.length);
      return items + ", mean " + shown(sampleMean()) + ", " + noise;
    }

    @Override
    public String shape() {
      return noiseSd != null ? "normal" : "normal, noise estimated";
    }

    @Override
    public String toString() {
      return shape() + ": " + summary();
    }
  }

  /** A number in a summary: six significant digits, plain, as the overlay writes numbers. */
  private static String shown(double value) {
    return CalibratedOverlay.rounded(value).toPlainString();
  }

  private static String monthsWord(int months) {
    return months == 1 ? "1 month" : months + " months";
  }

  /** x log y with 0 log 0 = 0, so a likelihood at the edge of its domain is finite when it should be. */
  private static double xLogY(double x, double y) {
    return x == 0 ? 0 : x * Math.log(y);
  }
}
