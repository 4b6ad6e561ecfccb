package chainsim.rebalance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** An actual's quantile within the stored percentiles, by hand. */
class ForecastBandTest {
  static final ForecastBand BAND = new ForecastBand(110, 50, 80, 100, 120, 200);

  @Test
  void betweenTwoPercentilesTheQuantileIsInterpolated() {
    assertThat(BAND.quantileOf(90)).isCloseTo(0.375, within(1e-12)); // 0.25 + 0.25 x 10/20
    assertThat(BAND.quantileOf(160)).isCloseTo(0.85, within(1e-12)); // 0.75 + 0.20 x 40/80
    assertThat(BAND.quantileOf(100)).isEqualTo(0.5);
  }

  @Test
  void outsideTheBandTheOuterSegmentIsExtendedAndKeptInZeroToOne() {
    assertThat(BAND.quantileOf(42.5)).isCloseTo(0.0, within(1e-12)); // 0.05 - 0.20 x 7.5/30
    assertThat(BAND.quantileOf(47)).isCloseTo(0.03, within(1e-12)); // 0.05 - 0.20 x 3/30
    assertThat(BAND.quantileOf(10)).isEqualTo(0.0);
    assertThat(BAND.quantileOf(220)).isCloseTo(1.0, within(1e-12)); // 0.95 + 0.20 x 20/80
    assertThat(BAND.quantileOf(210)).isCloseTo(0.975, within(1e-12));
    assertThat(BAND.inside(50)).isTrue();
    assertThat(BAND.inside(200.5)).isFalse();
  }

  @Test
  void onARunOfEqualPercentilesTheQuantileIsTheMiddleOfTheirLevels() {
    ForecastBand zero = new ForecastBand(0, 0, 0, 0, 0, 0);
    assertThat(zero.quantileOf(0)).isEqualTo(0.5);
    assertThat(zero.quantileOf(3)).isEqualTo(1.0); // a flat outer segment: all above it
    assertThat(zero.quantileOf(-1)).isEqualTo(0.0);
    ForecastBand heads = new ForecastBand(5.4, 4, 4, 6, 6, 6);
    assertThat(heads.quantileOf(4)).isCloseTo(0.15, within(1e-12)); // P5 and P25: (0.05 + 0.25) / 2
    assertThat(heads.quantileOf(6)).isCloseTo(0.725, within(1e-12)); // P50 to P95: (0.5 + 0.95) / 2
    assertThat(heads.quantileOf(5)).isCloseTo(0.375, within(1e-12)); // 0.25 + 0.25 x 1/2
  }
}
