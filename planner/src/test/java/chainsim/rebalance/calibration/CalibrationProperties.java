package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Uncertain;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of calibration whatever the data: pooling ignores month order, and the posterior sits between prior and data. */
class CalibrationProperties {
  private static final Uncertain TRIANGULAR_CHURN = new Uncertain.Triangular(0.02, 0.04, 0.07, Uncertain.Draw.REPLICATION);
  private static final Uncertain BETA_CONVERSION = new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.REPLICATION);

  @Property(tries = 30)
  void monthOrderDoesNotChangeTheCalibratedDistribution(@ForAll long seed, @ForAll @IntRange(min = 1, max = 24) int months) {
    Random r = new Random(seed);
    long[] n = new long[months];
    long[] s = new long[months];
    for (int m = 0; m < months; m++) {
      n[m] = r.nextInt(200);
      s[m] = n[m] == 0 ? 0 : r.nextInt((int) Math.min(n[m], 15) + 1);
    }
    long[] nReversed = new long[months];
    long[] sReversed = new long[months];
    for (int m = 0; m < months; m++) {
      nReversed[m] = n[months - 1 - m];
      sReversed[m] = s[months - 1 - m];
    }
    for (Uncertain prior : new Uncertain[] {TRIANGULAR_CHURN, BETA_CONVERSION}) {
      Uncertain forward = Calibration.calibrate("p", prior, new Observations.Trials(n, s)).calibrated();
      Uncertain backward = Calibration.calibrate("p", prior, new Observations.Trials(nReversed, sReversed)).calibrated();
      assertThat(backward).isEqualTo(forward);
    }
  }

  @Property(tries = 30)
  void theConjugatePosteriorMeanLiesBetweenThePriorMeanAndTheObservedRate(
      @ForAll @IntRange(min = 1, max = 5000) int trials, @ForAll @IntRange(min = 0, max = 5000) int signed) {
    int s = Math.min(signed, trials);
    double mean = Calibration.calibrate("p", BETA_CONVERSION, Observations.trials(trials, s)).estimate().mean();
    double observed = (double) s / trials;
    assertThat(mean).isBetween(Math.min(0.2, observed) - 1e-12, Math.max(0.2, observed) + 1e-12);
  }

  @Property(tries = 30)
  void theGridPosteriorStaysInsideThePriorsSupport(@ForAll @IntRange(min = 0, max = 3000) int trials,
      @ForAll @IntRange(min = 0, max = 3000) int churned) {
    int s = Math.min(churned, trials);
    Belief posterior = Calibration.calibrate("churn", TRIANGULAR_CHURN, Observations.trials(trials, s)).estimate();
    assertThat(posterior.quantile(0)).isGreaterThanOrEqualTo(0.02);
    assertThat(posterior.quantile(1)).isLessThanOrEqualTo(0.07 + 1e-15);
    assertThat(posterior.quantile(0.05)).isLessThanOrEqualTo(posterior.quantile(0.95));
  }
}
