package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.Uncertain;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ConjugateUpdatesTest {

  @Test
  void betaPriorAndThreeSigningsOfTenLeadsGiveBeta5And15() {
    ContinuousBelief posterior = ConjugateUpdates.betaBinomial(2, 8, Observations.trials(10, 3));
    BetaDistribution beta = (BetaDistribution) posterior.distribution();
    assertThat(beta.getAlpha()).isEqualTo(5.0);
    assertThat(beta.getBeta()).isEqualTo(15.0);
    assertThat(posterior.mean()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void monthsOfTrialsPoolIntoOneBinomial() {
    var months = new Observations.Trials(new long[] {40, 35, 45}, new long[] {9, 6, 10});
    BetaDistribution beta = (BetaDistribution) ConjugateUpdates.betaBinomial(6, 24, months).distribution();
    assertThat(beta.getAlpha()).isEqualTo(6.0 + 25);
    assertThat(beta.getBeta()).isEqualTo(24.0 + 95);
  }

  @Test
  void gammaPriorAndSevenLeadsOverThreeConsultantMonthsGiveGamma9Rate4() {
    ContinuousBelief posterior = ConjugateUpdates.gammaPoisson(2, 1, Observations.counts(7, 3));
    GammaDistribution gamma = (GammaDistribution) posterior.distribution();
    assertThat(gamma.getShape()).isEqualTo(9.0);
    assertThat(gamma.getScale()).isCloseTo(0.25, within(1e-15));
    assertThat(posterior.mean()).isCloseTo(2.25, within(1e-12));
  }

  @Test
  void normalPriorAndTwoPricesOfKnownNoiseGivePrecisionWeightedMean() {
    // prior precision 1/100, data precision 2/400: mean (100/100 + 2*115/400) / 0.015 = 105
    ContinuousBelief posterior =
        ConjugateUpdates.normalNormal(100, 10, Observations.Measurements.withKnownNoise(20, 110, 120));
    NormalDistribution normal = (NormalDistribution) posterior.distribution();
    assertThat(normal.getMean()).isCloseTo(105, within(1e-9));
    assertThat(normal.getStandardDeviation()).isCloseTo(Math.sqrt(1 / 0.015), within(1e-9));
  }

  @Test
  void calibrationOfAConversionRateWritesTheConjugateBetaExactly() {
    Uncertain prior = new Uncertain.Beta(2, 8, null, null, Uncertain.Draw.REPLICATION);
    ParameterCalibration c = Calibration.calibrate("conversion_rate", prior, Observations.trials(10, 3));
    assertThat(c.method()).isEqualTo(Method.BETA_BINOMIAL);
    assertThat(c.calibrated()).isEqualTo(new Uncertain.Beta(5, 15, null, null, Uncertain.Draw.REPLICATION));
    assertThat(c.refitDistance()).isZero();
    PriorPosteriorRow row = c.row();
    assertThat(row.priorMean()).isCloseTo(0.2, within(1e-12));
    assertThat(row.posteriorMean()).isCloseTo(0.25, within(1e-12));
    assertThat(row.posteriorP5()).isCloseTo(BetaDistribution.of(5, 15).inverseCumulativeProbability(0.05), within(1e-12));
    assertThat(row.observations()).isEqualTo("3/10 over 1 month");
  }

  @Test
  void calibrationOfAnUnboundedNormalPriceWithKnownNoiseStaysNormal() {
    Uncertain prior = new Uncertain.Normal(100, 10, null, null, Uncertain.Draw.REPLICATION);
    ParameterCalibration c = Calibration.calibrate("price", prior, Observations.Measurements.withKnownNoise(20, 110, 120));
    assertThat(c.method()).isEqualTo(Method.NORMAL_NORMAL);
    Uncertain.Normal n = (Uncertain.Normal) c.calibrated();
    assertThat(n.mean()).isCloseTo(105, within(1e-9));
    assertThat(n.sd()).isCloseTo(Math.sqrt(1 / 0.015), within(1e-9));
  }

  @Test
  void anEmpiricalPriorIsReweightedByTheLikelihoodExactly() {
    Uncertain prior = new Uncertain.Empirical(java.util.List.of(0.1, 0.3), java.util.List.of(1.0, 1.0),
        Uncertain.Draw.REPLICATION);
    ParameterCalibration c = Calibration.calibrate("churn", prior, Observations.trials(2, 1));
    // likelihoods 0.1 * 0.9 = 0.09 and 0.3 * 0.7 = 0.21: weights 0.3 and 0.7
    Uncertain.Empirical e = (Uncertain.Empirical) c.calibrated();
    assertThat(c.method()).isEqualTo(Method.DISCRETE);
    assertThat(e.weights().get(0)).isCloseTo(0.3, within(1e-12));
    assertThat(e.weights().get(1)).isCloseTo(0.7, within(1e-12));
  }
}
