package chainsim.expansion.surrogate;

import chainsim.scenario.Capital;

/**
 * How the simulator values a cash path (see the head office's cash history): each month's net
 * flow discounted at the monthly equivalent of the annual rate, plus at the horizon the terminal
 * multiple times the last twelve months' flow before one-off investments (when positive) and the
 * equity stakes' exit values.
 */
public final class Valuation {
  /** Months of run-rate the terminal value and a stake's exit value are based on. */
  public static final int RUN_RATE_MONTHS = 12;

  private final int months;
  private final double[] discount;
  private final double terminalMultiple;

  public Valuation(Capital capital, int months) {
    this.months = months;
    this.discount = new double[months];
    double monthlyRate = Math.pow(1.0 + capital.discountRateAnnual(), 1.0 / 12.0) - 1.0;
    for (int m = 1; m <= months; m++) {
      discount[m - 1] = 1.0 / Math.pow(1.0 + monthlyRate, m);
    }
    this.terminalMultiple = capital.terminalMultiple().mean();
  }

  public int months() {
    return months;
  }

  /** The discount factor of month {@code m} (1-based). */
  public double discount(int m) {
    return discount[m - 1];
  }

  public double terminalMultiple() {
    return terminalMultiple;
  }

  /** The first month of the terminal value's run-rate. */
  public int runRateStart() {
    return Math.max(1, months - RUN_RATE_MONTHS + 1);
  }

  /**
   * The mean value of an opening made in month 1, linear in its path: discounted flows, and the
   * terminal value and exit value of its own run-rate without their floors at zero (those apply
   * to the whole chain, and to a stake, not to parts of them). What the surrogate uses to judge
   * which of its regimes binds.
   *
   * @param exitFactor the stake's exit multiple times its profit share; 0 when not equity
   */
  public double linearValue(CandidateRun run, double exitFactor) {
    double sum = 0;
    int start = runRateStart();
    for (int r = 0; r < run.replications(); r++) {
      double v = 0;
      double runRate = 0;
      double profit = 0;
      for (int m = 1; m <= months; m++) {
        v += run.companyFlow()[r][m - 1] * discount[m - 1];
        if (m >= start) {
          runRate += run.companyFlow()[r][m - 1] + run.oneOff()[r][m - 1];
          if (run.stakeProfit() != null) {
            profit += run.stakeProfit()[r][m - 1];
          }
        }
      }
      sum += v + discount[months - 1] * (terminalMultiple * runRate + exitFactor * profit);
    }
    return sum / run.replications();
  }

  /**
   * The value of an opening made in month {@code start} in replication {@code r}, linear in its
   * path as {@link #linearValue}, its stake's exit value (already floored) included: what a
   * correction factor on the opening's value scales.
   */
  public double openingValue(OpeningProfile p, int r, int start, double exitValue) {
    double v = 0;
    double runRate = 0;
    int from = runRateStart();
    for (int m = start; m <= months; m++) {
      double f = p.flow()[r][m - start];
      v += f * discount[m - 1];
      if (m >= from) {
        runRate += f + p.oneOff()[r][m - start];
      }
    }
    return v + discount[months - 1] * (terminalMultiple * runRate + exitValue);
  }
}
