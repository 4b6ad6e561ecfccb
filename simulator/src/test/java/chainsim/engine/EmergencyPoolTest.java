package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The emergency staffing pool (seed 002), followed by hand. Orders take 30 tax hours; the branch
 * has 95 (100 less 5% for complaints) and signs 5 a month from month 2: 150 hours. Without the pool
 * the fourth and fifth orders of a month (queue 120 and 150 > 95) are over capacity and go to the
 * partner. With it (320 hours a month at 400 an hour) the excess 25 and 55 fit the pool: the
 * branch keeps them, works 95 hours itself and 55 from the pool, paying 55 x 400 = 22,000.
 */
class EmergencyPoolTest {
  private static Scenario scenario(boolean pool) {
    return Fixtures.yaml(Fixtures.deterministicBase("""
        partner_templates:
          - { id: helper, skills: [tax], capacity_hours_per_month: 1000, revenue_share: 0.4 }
        """)
        .replace("    delivery_hours: { tax: 10 }\n", "    delivery_hours: { tax: 30 }\n")
        .replace("  complaints: { rate_per_client_month: 0 }\n",
            "  complaints: { rate_per_client_month: 0 }\n  subcontract: { emergency_pool: " + pool + " }\n")
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: helper }"));
  }

  private static double[] series(Scenario s, String name) {
    ReplicationResult r = Fixtures.runOnce(s, 0);
    return Fixtures.series(s, r, name);
  }

  @Test
  void thePoolTakesTheWorkBeyondCapacityBeforeThePartnersAtItsCost() {
    Scenario with = scenario(true);
    assertThat(series(with, "ops.subcontracted_orders")).containsOnly(0.0);
    assertThat(series(with, "cost.emergency_pool")).containsExactly(0.0, 22000.0, 22000.0, 22000.0, 22000.0, 22000.0);
    assertThat(series(with, "company.revenue")).containsExactly(0.0, 50000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    // the branch's own hours are used to the full, not beyond
    assertThat(series(with, "ops.utilisation.tax")[1]).isEqualTo(1.0);
  }

  @Test
  void withoutThePoolTheExcessGoesToThePartner() {
    Scenario without = scenario(false);
    assertThat(series(without, "ops.subcontracted.over_capacity")).containsExactly(0.0, 2.0, 2.0, 2.0, 2.0, 2.0);
    assertThat(series(without, "cost.emergency_pool")).containsOnly(0.0);
  }
}
