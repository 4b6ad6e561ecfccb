package chainsim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A client signs at most one follow-on order (and reaches at most one milestone) a month. The
 * chances are read off one uniform draw; when they add up past 1 they are scaled down in
 * proportion, so the products (milestones) late in the catalogue are not starved.
 */
class FollowOnTablesTest {
  private static final int GRID = 10_000;

  /** Share of a uniform grid on [0,1) that gives each product (last index: none). */
  private static double[] shares(FollowOnTables t, int mask, int products) {
    double[] share = new double[products + 1];
    for (int i = 0; i < GRID; i++) {
      int q = t.followOnOrder(mask, (i + 0.5) / GRID);
      share[q < 0 ? products : q] += 1.0 / GRID;
    }
    return share;
  }

  private static FollowOnTables tables(double[] repeat, double[] hazard, boolean eager) {
    int n = repeat.length;
    int k = hazard.length;
    double[][] boost = new double[n][k];
    for (double[] b : boost) {
      java.util.Arrays.fill(b, 1.0);
    }
    int[] requires = new int[k];
    java.util.Arrays.fill(requires, -1);
    return new FollowOnTables(repeat, new double[n][n], hazard, requires, boost, 75f, eager);
  }

  @Test
  void chancesPastOneAreSharedInProportionNotByCatalogueOrder() {
    for (boolean eager : new boolean[] {true, false}) {
      // both bought, each repeated with chance 0.8 a month: 1.6 in all, one order a month
      double[] share = shares(tables(new double[] {0.8, 0.8}, new double[0], eager), 0b11, 2);
      assertThat(share[0]).isCloseTo(0.5, within(1e-9));
      assertThat(share[1]).isCloseTo(0.5, within(1e-9));
      assertThat(share[2]).isCloseTo(0.0, within(1e-9));
      // 0.9 and 0.3: 0.75 and 0.25
      share = shares(tables(new double[] {0.9, 0.3}, new double[0], eager), 0b11, 2);
      assertThat(share[0]).isCloseTo(0.75, within(1e-9));
      assertThat(share[1]).isCloseTo(0.25, within(1e-9));
    }
  }

  @Test
  void chancesWithinOneAreLeftAsTheyAre() {
    double[] share = shares(tables(new double[] {0.2, 0.3}, new double[0], true), 0b11, 2);
    assertThat(share[0]).isCloseTo(0.2, within(1e-9));
    assertThat(share[1]).isCloseTo(0.3, within(1e-9));
    assertThat(share[2]).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void milestoneChancesPastOneAreSharedInProportion() {
    FollowOnTables t = tables(new double[] {0.0}, new double[] {0.6, 0.9}, true);
    double[] bands = new double[2];
    // health at the reference: hazards as given, 1.5 in all
    double total = t.milestoneChances(0b1, (byte) 0, 75f, bands);
    assertThat(total).isEqualTo(1.0);
    assertThat(bands[0]).isCloseTo(0.4, within(1e-12));
    assertThat(bands[1]).isCloseTo(1.0, within(1e-12));
    // within 1: as they are
    total = t.milestoneChances(0b1, (byte) 0b10, 75f, bands);
    assertThat(total).isCloseTo(0.6, within(1e-12));
  }
}
