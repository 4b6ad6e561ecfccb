package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.Uncertain;
import org.junit.jupiter.api.Test;

/** Writing a posterior in the scenario format. */
class ScenarioFamilyFitTest {

  @Test
  void aBoundedNormalIsRefittedSoThatItsTruncatedMomentsAreThePosteriors() {
    Uncertain.Normal prior = new Uncertain.Normal(45, 8, 15.0, null, Uncertain.Draw.REPLICATION);
    // a posterior pressed against the bound: mean 17.8, sd 2 after truncation at 15 (a half-normal
    // from 15 has mean - 15 = 1.32 sd, so the untruncated mean sits just above the bound)
    Uncertain.Normal fit = ScenarioFamilyFit.boundedNormal(prior, 17.8, 2);
    Belief b = Belief.of(fit);
    assertThat(b.mean()).isCloseTo(17.8, within(1e-6));
    assertThat(b.sd()).isCloseTo(2, within(1e-6));
    assertThat(fit.mean()).isLessThan(17.8);
    assertThat(fit.sd()).isGreaterThan(2);
  }

  @Test
  void aTriangleIsRefittedAsABetaOnItsRangeWithThePosteriorsMoments() {
    Uncertain prior = new Uncertain.Triangular(0.7, 0.82, 0.9, Uncertain.Draw.REPLICATION);
    Belief posterior = ContinuousBelief.of(
        org.apache.commons.statistics.distribution.NormalDistribution.of(0.8, 0.02));
    Uncertain.Beta fit = (Uncertain.Beta) ScenarioFamilyFit.refit(prior, posterior);
    assertThat(fit.min()).isEqualTo(0.7);
    assertThat(fit.max()).isEqualTo(0.9);
    assertThat(Belief.of(fit).mean()).isCloseTo(0.8, within(1e-12));
    assertThat(Belief.of(fit).sd()).isCloseTo(0.02, within(1e-12));
    assertThat(ScenarioFamilyFit.distance(posterior, Belief.of(fit))).isLessThan(0.01);
  }
}
