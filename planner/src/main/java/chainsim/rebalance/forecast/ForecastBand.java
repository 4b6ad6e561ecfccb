package chainsim.rebalance.forecast;

/**
 * A forecast of one series in one month as a run directory stores it: the mean and the P5, P25,
 * P50, P75 and P95 across replications.
 */
public record ForecastBand(double mean, double p5, double p25, double p50, double p75, double p95) {
  private static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

  /** Whether a value lies in the P5–P95 band, ends included. */
  public boolean inside(double value) {
    return value >= p5 && value <= p95;
  }

  /**
   * The quantile of a value within the forecast: the stored percentiles joined by straight lines
   * (P5 at 0.05, P25 at 0.25, ...). Beyond P5 or P95 the outer segment's line is extended and the
   * result kept inside [0, 1] (a flat outer segment gives 0 below it and 1 above it). A value on a
   * run of equal percentiles gets the middle of their levels: all five at 0 and an actual of 0 is
   * 0.5. NaN when a percentile is missing.
   */
  public double quantileOf(double value) {
    double[] knots = {p5, p25, p50, p75, p95};
    for (double k : knots) {
      if (!Double.isFinite(k)) {
        return Double.NaN;
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < knots.length; i++) {
      if (knots[i] == value) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0) {
      return (LEVELS[first] + LEVELS[last]) / 2;
    }
    if (value < knots[0]) {
      return clamp(outer(value, 0, 1));
    }
    if (value > knots[4]) {
      return clamp(outer(value, 3, 4));
    }
    for (int i = 0; i < 4; i++) {
      if (value > knots[i] && value < knots[i + 1]) {
        return LEVELS[i] + (LEVELS[i + 1] - LEVELS[i]) * (value - knots[i]) / (knots[i + 1] - knots[i]);
      }
    }
    return Double.NaN; // percentiles out of order: not a forecast
  }

  private double outer(double value, int a, int b) {
    double[] knots = {p5, p25, p50, p75, p95};
    double width = knots[b] - knots[a];
    if (width <= 0) {
      return value < knots[a] ? 0.0 : 1.0;
    }
    return LEVELS[a] + (LEVELS[b] - LEVELS[a]) * (value - knots[a]) / width;
  }

  private static double clamp(double q) {
    return Math.max(0.0, Math.min(1.0, q));
  }
}
