package chainsim.headoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LifeTableTest {
  /** Kaplan-Meier by hand: 4 spells at risk in month 1 (1 leaves), 2 in month 2 (1 leaves), 1 censored at 1. */
  @Test
  void restrictedMeanFollowsTheKaplanMeierCurveByHand() {
    LifeTable t = new LifeTable(4);
    t.add(new int[] {0, 4, 2, 0, 0}, new int[] {0, 1, 1, 0, 0});
    // S(1) = 3/4, S(2) = 3/4 x 1/2 = 3/8; beyond tenure 2 the pooled hazard 2/6 applies
    assertThat(t.survival(1)).isCloseTo(0.75, within(1e-12));
    assertThat(t.survival(2)).isCloseTo(0.375, within(1e-12));
    // cap 2: month 1 (1) + month 2 (S(1))
    assertThat(t.restrictedMeanLifetime(2)).isCloseTo(1.75, within(1e-12));
    // cap 4: 1 + 3/4 + 3/8 + 3/8 x 2/3
    assertThat(t.restrictedMeanLifetime(4)).isCloseTo(1 + 0.75 + 0.375 + 0.25, within(1e-12));
  }

  /**
   * Revenue over a lifetime by hand: 4 clients won; at tenure 1 they are credited 4,000 (1,000 each,
   * one leaves), at tenure 2 the 2 still there 1,000 (500 each). Cap 3: 1,000 + S(1) 3/4 x 500; cap 4
   * adds S(2) 3/8 x the later tenures' 5,000 / 6 a client-month.
   */
  @Test
  void lifetimeRevenueWeighsEachTenuresRevenueByTheChanceOfReachingIt() {
    LifeTable t = new LifeTable(4);
    t.add(new int[] {4, 4, 2, 0, 0}, new int[] {0, 1, 1, 0, 0}, new double[] {0, 4000, 1000, 0, 0});
    assertThat(t.lifetimeRevenue(3)).isCloseTo(1000 + 0.75 * 500, within(1e-9));
    assertThat(t.lifetimeRevenue(4)).isCloseTo(1000 + 0.75 * 500 + 0.375 * 5000.0 / 6, within(1e-9));
    assertThat(new LifeTable(4).lifetimeRevenue(60)).isNaN();
  }

  @Test
  void withNoExitTheLifetimeIsTheCap() {
    LifeTable t = new LifeTable(3);
    t.add(new int[] {0, 10, 10, 10}, new int[4]);
    assertThat(t.restrictedMeanLifetime(60)).isEqualTo(60.0);
    assertThat(t.exits()).isZero();
    assertThat(new LifeTable(3).restrictedMeanLifetime(60)).isNaN();
  }

  /**
   * A cohort with geometric churn p joining over a 36-month horizon: clients still active at the
   * horizon are censored. The restricted mean is (1 - (1 - p)^cap) / p, within three standard errors
   * (mean / sqrt(exits), the exponential estimate's). "client-months / exits" would be the same here
   * only because the churn is constant; the Kaplan-Meier estimate needs no such assumption.
   */
  @Test
  void aGeometricCohortLivesOneOverPMonths() {
    double p = 0.08;
    int horizon = 36;
    int cap = 60;
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(12L);
    int[] atRisk = new int[horizon + 1];
    int[] exits = new int[horizon + 1];
    for (int client = 0; client < 3000; client++) {
      int won = 1 + rng.nextInt(horizon);
      for (int month = won + 1; month <= horizon; month++) {
        int tenure = month - won;
        atRisk[tenure]++;
        if (rng.nextDouble() < p) {
          exits[tenure]++;
          break;
        }
      }
    }
    LifeTable t = new LifeTable(horizon);
    t.add(atRisk, exits);
    double expected = (1 - Math.pow(1 - p, cap)) / p;
    double se = expected / Math.sqrt(t.exits());
    assertThat(t.exits()).isGreaterThan(1000);
    assertThat(t.restrictedMeanLifetime(cap)).isCloseTo(expected, within(3 * se));
    assertThat(t.restrictedMeanLifetime(100_000)).isCloseTo(1 / p, within(3 * (1 / p) / Math.sqrt(t.exits())));
  }
}
