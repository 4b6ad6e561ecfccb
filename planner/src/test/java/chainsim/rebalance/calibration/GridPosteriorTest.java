package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.Uncertain;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.junit.jupiter.api.Test;

/** The numerical posterior against closed forms on the same data: mean, sd, P5, P50, P95 agree to 1e-3 of the sd. */
class GridPosteriorTest {
  private static final double[] PROBABILITIES = {0.05, 0.5, 0.95};

  @Test
  void gridAgreesWithBetaBinomial() {
    Observations.Trials data = new Observations.Trials(new long[] {40, 35, 45}, new long[] {9, 6, 10});
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(BetaDistribution.of(6, 24)), data);
    assertAgree(grid, ConjugateUpdates.betaBinomial(6, 24, data));
  }

  @Test
  void gridAgreesWithBetaBinomialWhenNothingSigned() {
    Observations.Trials data = Observations.trials(200, 0);
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(BetaDistribution.of(2, 8)), data);
    assertAgree(grid, ConjugateUpdates.betaBinomial(2, 8, data));
  }

  @Test
  void gridAgreesWithBetaBinomialOnAHundredThousandTrials() {
    Observations.Trials data = Observations.trials(100_000, 21_000);
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(BetaDistribution.of(6, 24)), data);
    assertAgree(grid, ConjugateUpdates.betaBinomial(6, 24, data));
  }

  @Test
  void withoutDataTheGridIsThePrior() {
    Observations.Trials none = Observations.trials(0, 0);
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(BetaDistribution.of(6, 24)), none);
    assertAgree(grid, ContinuousBelief.of(BetaDistribution.of(6, 24)));
  }

  @Test
  void gridAgreesWithGammaPoisson() {
    Observations.Counts data = new Observations.Counts(new long[] {70, 95, 81}, new double[] {6, 7, 7});
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(GammaDistribution.of(9, 12.0 / 9)), data);
    assertAgree(grid, ConjugateUpdates.gammaPoisson(9, 9 / 12.0, data));
  }

  @Test
  void gridAgreesWithNormalNormal() {
    var data = Observations.Measurements.withKnownNoise(3000, 11000, 14500, 9000, 12500, 13000);
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(NormalDistribution.of(12000, 2000)), data);
    assertAgree(grid, ConjugateUpdates.normalNormal(12000, 2000, data));
  }

  @Test
  void estimatedNoiseUnderAFlatPriorGivesStudentTWithNMinusOneDegreesOfFreedom() {
    double[] values = {11000, 14500, 9000, 12500, 13000, 10200};
    var data = Observations.Measurements.withEstimatedNoise(values);
    GridPosterior grid = GridPosterior.of(ContinuousBelief.of(UniformContinuousDistribution.of(-1e6, 1e6)), data);
    double s = Math.sqrt(data.sumOfSquares() / (values.length - 1));
    var t = new ContinuousBelief(TDistribution.of(values.length - 1), data.sampleMean(), s / Math.sqrt(values.length));
    assertAgree(grid, t);
  }

  @Test
  void dataOutsideATriangularPriorPileUpAtItsEdge() {
    var prior = ContinuousBelief.of(new Uncertain.Triangular(0.02, 0.04, 0.07, Uncertain.Draw.REPLICATION));
    GridPosterior grid = GridPosterior.of(prior, Observations.trials(10_000, 1500));
    assertThat(grid.quantile(0.05)).isBetween(0.069, 0.07);
    assertThat(grid.quantile(1)).isEqualTo(0.07, within(1e-12));
  }

  private static void assertAgree(Belief grid, Belief exact) {
    double tolerance = 1e-3 * exact.sd();
    assertThat(grid.mean()).isCloseTo(exact.mean(), within(tolerance));
    assertThat(grid.sd()).isCloseTo(exact.sd(), within(tolerance));
    for (double p : PROBABILITIES) {
      assertThat(grid.quantile(p)).as("quantile %s", p).isCloseTo(exact.quantile(p), within(tolerance));
    }
  }
}
