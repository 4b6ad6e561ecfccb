package chainsim.rebalance.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.rebalance.forecast.Decomposition.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log-mean Divisia split, by hand. */
class DecompositionTest {
  @Test
  void twoFactorsThatBothDoubleShareTheMissEqually() {
    // N = H x N/H: H 1 -> 2, N/H 2 -> 4, N 2 -> 8; L(8, 2) = 6 / ln 4, each factor ln 2: 3 and 3
    Map<Driver, Double> parts = Decomposition.chain(List.of(new Level(Driver.STAFFING, 2, 1),
        new Level(Driver.CONVERSION, 8, 2)));
    assertThat(parts.get(Driver.STAFFING)).isCloseTo(3.0, within(1e-12));
    assertThat(parts.get(Driver.CONVERSION)).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void aFactorThatDidNotMoveTakesNothing() {
    // H 8 -> 10, contacts per head 20 both, conversion 0.15 -> 0.10, N 24 -> 20
    Map<Driver, Double> parts = Decomposition.chain(List.of(new Level(Driver.STAFFING, 10, 8),
        new Level(Driver.CONTACTS, 200, 160), new Level(Driver.CONVERSION, 20, 24)));
    double staffing = -4 * Math.log(1.25) / Math.log(20.0 / 24); // 4.8956...
    assertThat(staffing).isCloseTo(4.8956, within(1e-4));
    assertThat(parts.get(Driver.STAFFING)).isCloseTo(staffing, within(1e-12));
    assertThat(parts.get(Driver.CONTACTS)).isCloseTo(0.0, within(1e-12));
    assertThat(parts.get(Driver.CONVERSION)).isCloseTo(-4 - staffing, within(1e-12));
    assertThat(sum(parts)).isEqualTo(-4.0);
  }

  @Test
  void theLogarithmicMeanOfEqualNumbersIsTheNumber() {
    assertThat(Decomposition.logMean(5, 5)).isEqualTo(5.0);
    assertThat(Decomposition.logMean(Math.E, 1)).isCloseTo(Math.E - 1, within(1e-12));
  }

  @Test
  void aLevelThatIsZeroMergesIntoTheNextOne() {
    // no staff observed on one side: the contacts factor is then C itself, 100 -> 200, all the change
    Map<Driver, Double> parts = Decomposition.chain(List.of(new Level(Driver.STAFFING, 0, 5),
        new Level(Driver.CONTACTS, 200, 100), new Level(Driver.CONVERSION, 20, 10)));
    assertThat(parts.get(Driver.STAFFING)).isEqualTo(0.0);
    assertThat(parts.get(Driver.CONTACTS)).isCloseTo(10.0, within(1e-12));
    assertThat(parts.get(Driver.CONVERSION)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aTargetOfZeroCannotBeSplitAndGoesToOther() {
    Map<Driver, Double> parts = Decomposition.chain(List.of(new Level(Driver.CLIENT_BASE, 30, 40),
        new Level(Driver.REPEAT, 0, 5)));
    assertThat(parts).containsEntry(Driver.OTHER, -5.0).containsEntry(Driver.CLIENT_BASE, 0.0)
        .containsEntry(Driver.REPEAT, 0.0);
  }

  @Test
  void partsAddUpToTheMissWhateverTheNumbers() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 1000; i++) {
      double h = 1 + random.nextDouble() * 10;
      double c = h * (20 + random.nextDouble() * 40);
      double n = c * random.nextDouble() * 0.3 + 0.01;
      double hf = 1 + random.nextDouble() * 10;
      double cf = hf * (20 + random.nextDouble() * 40);
      double nf = cf * random.nextDouble() * 0.3 + 0.01;
      Map<Driver, Double> parts = Decomposition.chain(List.of(new Level(Driver.STAFFING, h, hf),
          new Level(Driver.CONTACTS, c, cf), new Level(Driver.CONVERSION, n, nf)));
      assertThat(sum(parts)).isCloseTo(n - nf, within(1e-9 * Math.max(1, Math.abs(n - nf))));
    }
  }

  @Test
  void aMissIsSplitInProportionToAnotherSplit() {
    Map<Driver, Double> signings = new EnumMap<>(Driver.class);
    signings.put(Driver.STAFFING, -2.0);
    signings.put(Driver.CONTACTS, -6.0);
    signings.put(Driver.CONVERSION, 0.0);
    Map<Driver, Double> revenue = Decomposition.proportional(10.0, signings);
    assertThat(revenue.get(Driver.STAFFING)).isCloseTo(2.5, within(1e-12));
    assertThat(revenue.get(Driver.CONTACTS)).isCloseTo(7.5, within(1e-12));
    assertThat(revenue.get(Driver.CONVERSION)).isEqualTo(0.0);
    assertThat(sum(revenue)).isEqualTo(10.0);
  }

  private static double sum(Map<Driver, Double> parts) {
    return parts.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
