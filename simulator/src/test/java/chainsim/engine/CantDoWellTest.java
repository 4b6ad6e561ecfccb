package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * "做不好" (can't do well): the branch delivers tax work at quality 0.5; a partner in its region
 * delivers it at 0.9. With {@code quality_below_partner_by: 0.1} the branch's 5 orders a month
 * (from month 2) go to the partner; with a margin of 0.5 (0.5 is not below 0.9 - 0.5) or without
 * the rule the branch keeps them.
 */
class CantDoWellTest {
  private static Scenario scenario(String rule) {
    return Fixtures.yaml(Fixtures.deterministicBase("""
        partner_templates:
          - { id: better, skills: [tax], capacity_hours_per_month: 1000, revenue_share: 0.4, quality: 0.9 }
        """)
        .replace("      quality: 0.7\n", "      quality: 0.5\n")
        .replace("  complaints: { rate_per_client_month: 0 }\n",
            "  complaints: { rate_per_client_month: 0 }\n" + rule)
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: better }"));
  }

  private static double[] series(Scenario s, String name) {
    ReplicationResult r = Fixtures.runOnce(s, 0);
    return Fixtures.series(s, r, name);
  }

  @Test
  void ordersGoToTheBetterPartnerBeyondTheMargin() {
    Scenario s = scenario("  subcontract: { quality_below_partner_by: 0.1 }\n");
    assertThat(series(s, "ops.subcontracted.quality")).containsExactly(0.0, 5.0, 5.0, 5.0, 5.0, 5.0);
    // the partner does the work: 40% of 50,000 a month, in the month it is done
    assertThat(series(s, "cost.partner_fees")).containsExactly(0.0, 20000.0, 20000.0, 20000.0, 20000.0, 20000.0);
  }

  @Test
  void withinTheMarginOrWithoutTheRuleTheBranchKeepsThem() {
    assertThat(series(scenario("  subcontract: { quality_below_partner_by: 0.5 }\n"), "ops.subcontracted_orders"))
        .containsOnly(0.0);
    assertThat(series(scenario(""), "ops.subcontracted_orders")).containsOnly(0.0);
  }
}
