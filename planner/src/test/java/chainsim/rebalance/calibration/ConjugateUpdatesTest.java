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
  void monthlyAveragePricesWeighByTheirOrders() {
    // Feb: 4 orders averaging 11000, Mar: 1 order of 8000; one order's noise sd 2000 (known).
    // 5 orders, mean (44000 + 8000) / 5 = 10400; prior Normal(10000, 2000): precision (1 + 5) / 2000^2,
    // mean (10000 + 5 x 10400) / 6 = 10333.33, sd 2000 / sqrt(6) = 816.50
    var prices = Observations.Measurements.ofAverages(new double[] {11000, 8000}, new double[] {4, 1}, 2000.0);
    assertThat(prices.totalWeight()).isEqualTo(5.0);
    assertThat(prices.sampleMean()).isCloseTo(10400, within(1e-9));
    NormalDistribution normal = (NormalDistribution) ConjugateUpdates.normalNormal(10000, 2000, prices).distribution();
    assertThat(normal.getMean()).isCloseTo(62000.0 / 6, within(1e-9));
    assertThat(normal.getStandardDeviation()).isCloseTo(2000 / Math.sqrt(6), within(1e-9));
    assertThat(prices.summary()).isEqualTo("5 items in 2 months, mean 10400, noise sd 2000");
  }

  @Test
  void averagesWithKnownNoiseCarryTheWholeLikelihoodOfTheirItems() {
    var averages = Observations.Measurements.ofAverages(new double[] {11000, 8000}, new double[] {4, 1}, 2000.0);
    var items = Observations.Measurements.withKnownNoise(2000, 11000, 11000, 11000, 11000, 8000);
    for (double theta : new double[] {7000, 9500, 10400, 12000}) {
      assertThat(averages.logLikelihood(theta) - averages.logLikelihood(10000))
          .isCloseTo(items.logLikelihood(theta) - items.logLikelihood(10000), within(1e-9));
    }
    // estimated noise: the weighted sum of squares 4 x 600^2 + 2400^2 = 7.2e6 around 10400, two values
    var estimated = Observations.Measurements.ofAverages(new double[] {11000, 8000}, new double[] {4, 1}, null);
    assertThat(estimated.sumOfSquares()).isCloseTo(7.2e6, within(1e-6));
    assertThat(estimated.logLikelihood(10000)).isCloseTo(-Math.log(7.2e6 + 5 * 400.0 * 400.0), within(1e-12));
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
