package chainsim.montecarlo;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The distribution of one figure across replications: mean, standard error of the mean, and
 * percentiles (Commons Math, estimation type R-7, the spreadsheet PERCENTILE.INC definition).
 * Replications where the figure does not exist (NaN, e.g. a branch that never broke even) are
 * left out and counted in {@code missingShare}.
 */
public record Stats(int n, double mean, double stdError, double p5, double p25, double p50, double p75, double p95,
    double missingShare) {

  /** The percentile levels reported everywhere, in order. */
  public static final double[] LEVELS = {5, 25, 50, 75, 95};

  public static Stats of(double[] values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    double missing = values.length == 0 ? 0.0 : (values.length - present.length) / (double) values.length;
    if (present.length == 0) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, missing);
    }
    double mean = Arrays.stream(present).sum() / present.length;
    double var = 0;
    for (double v : present) {
      var += (v - mean) * (v - mean);
    }
    double stdError = present.length > 1 ? Math.sqrt(var / (present.length - 1) / present.length) : 0.0;
    double[] sorted = present.clone();
    Arrays.sort(sorted);
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(sorted);
    return new Stats(present.length, mean, stdError, percentile.evaluate(5), percentile.evaluate(25),
        percentile.evaluate(50), percentile.evaluate(75), percentile.evaluate(95), missing);
  }

  /** The percentile at one of {@link #LEVELS} by position. */
  public double percentile(int level) {
    return switch (level) {
      case 0 -> p5;
      case 1 -> p25;
      case 2 -> p50;
      case 3 -> p75;
      case 4 -> p95;
      default -> throw new IllegalArgumentException("level " + level);
    };
  }
}
