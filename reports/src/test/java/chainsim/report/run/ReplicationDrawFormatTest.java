package chainsim.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How replications.csv writes a drawn parameter: 12 significant digits, plain, no trailing zeros. */
class ReplicationDrawFormatTest {
  @Test
  void drawsAreWrittenToTwelveSignificantDigitsWithoutExponentOrTrailingZeros() {
    assertThat(RunWriter.draw(0.1)).isEqualTo("0.1");
    assertThat(RunWriter.draw(1.0 / 3)).isEqualTo("0.333333333333");
    assertThat(RunWriter.draw(12_000_000)).isEqualTo("12000000");
    assertThat(RunWriter.draw(-2.5)).isEqualTo("-2.5");
    assertThat(RunWriter.draw(904335.0923346)).isEqualTo("904335.092335");
    assertThat(RunWriter.draw(1.5e-7)).isEqualTo("0.00000015");
    assertThat(RunWriter.draw(0.0)).isEqualTo("0");
    assertThat(RunWriter.draw(Double.NaN)).isEmpty();
  }
}
