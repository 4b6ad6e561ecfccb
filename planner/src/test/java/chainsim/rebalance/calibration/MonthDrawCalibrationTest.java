package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.Uncertain;
import org.junit.jupiter.api.Test;

/** A month-drawn parameter is month-to-month variability: calibration moves its location, never its spread. */
class MonthDrawCalibrationTest {

  @Test
  void contactsDrawnEveryMonthMoveTowardTheDataAndKeepTheirSpread() {
    Uncertain prior = new Uncertain.Normal(45, 8, 15.0, null, Uncertain.Draw.MONTH);
    // 12 months, 6 consultants each, 36 contacts per consultant-month on average
    long[] counts = new long[12];
    double[] exposure = new double[12];
    java.util.Arrays.fill(counts, 216);
    java.util.Arrays.fill(exposure, 6);
    ParameterCalibration c = Calibration.calibrate("contacts", prior, new Observations.Counts(counts, exposure));

    Uncertain.Normal after = (Uncertain.Normal) c.calibrated();
    assertThat(after.sd()).isEqualTo(8.0);
    assertThat(after.min()).isEqualTo(15.0);
    assertThat(after.draw()).isEqualTo(Uncertain.Draw.MONTH);
    assertThat(Belief.of(after).mean()).isCloseTo(c.estimate().mean(), within(1e-3));
    assertThat(c.estimate().mean()).isBetween(36.0, 36.5);
    assertThat(c.row().method()).isEqualTo("location by grid, spread kept");
  }

  @Test
  void aConversionRateDrawnEveryMonthKeepsItsConcentration() {
    Uncertain prior = new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.MONTH);
    ParameterCalibration c = Calibration.calibrate("conversion", prior, Observations.trials(470, 141));
    // location: the beta-binomial posterior mean (6 + 141) / (30 + 470) = 0.294, alpha + beta kept at 30
    Uncertain.Beta after = (Uncertain.Beta) c.calibrated();
    assertThat(after.alpha() + after.beta()).isCloseTo(30, within(1e-9));
    assertThat(after.alpha() / 30).isCloseTo(147.0 / 500, within(1e-12));
  }

  @Test
  void aReplicationDrawNarrowsWithData() {
    Uncertain prior = new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.REPLICATION);
    ParameterCalibration c = Calibration.calibrate("conversion", prior, Observations.trials(470, 141));
    assertThat(Belief.of(c.calibrated()).sd()).isLessThan(Belief.of(prior).sd() / 3);
  }

  @Test
  void aTriangularServiceTimeDrawnEveryMonthIsShiftedWhole() {
    Uncertain prior = new Uncertain.Triangular(35, 50, 75, Uncertain.Draw.MONTH);
    ParameterCalibration c =
        Calibration.calibrate("hours", prior, Observations.Measurements.withKnownNoise(12, 60, 58, 63, 61, 59, 62));
    Uncertain.Triangular after = (Uncertain.Triangular) c.calibrated();
    double shift = after.mode() - 50;
    assertThat(shift).isGreaterThan(0);
    assertThat(after.min()).isCloseTo(35 + shift, within(1e-9));
    assertThat(after.max()).isCloseTo(75 + shift, within(1e-9));
  }

  @Test
  void aShiftedRateStaysInsideZeroToOne() {
    Uncertain prior = new Uncertain.Uniform(0.01, 0.05, Uncertain.Draw.MONTH);
    Uncertain.Uniform after = (Uncertain.Uniform) ScenarioFamilyFit.relocate(prior, 0.0);
    assertThat(after.min()).isEqualTo(0.0);
    assertThat(after.max()).isCloseTo(0.04, within(1e-12));
  }
}
