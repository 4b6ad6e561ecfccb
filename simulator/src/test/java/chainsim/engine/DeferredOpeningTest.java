package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A deferred opening uses the month it really opens. hz-direct (month 1) has own cash flow
 * -93,000, -3,100, then +6,900 a month (a marketing line of 100 a month that buys no lead, from
 * month 2), so its trailing three months first turn positive in month 4
 * (-3,100 + 6,900 + 6,900). A one-month gate with {@code defer} holds hz-second (planned for
 * month 3) until month 5: it pays its fit-out then, hires its team then, and its marketing
 * periods count from then.
 */
class DeferredOpeningTest {
  private static final String MARKETING =
      "    setup_cost: 50000\n"
          + "    marketing:\n"
          + "      - { id: ads, budget_per_month: 100, cost_per_lead: 1000000000, roi_benchmark: 1000 }\n";

  private static String text(String secondMode) {
    return Fixtures.deterministicBase("")
        .replace("months: 6", "months: 12")
        .replace("    setup_cost: 50000\n", MARKETING)
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-second, month: 3, region: hz, mode: " + secondMode + " }")
        .replace("policies:\n",
            "policies:\n  breakeven_gate: { months: 1, action: defer }\n"
                + "  spend_pause: { periods_below_benchmark: 1, period_months: 3, resume_after_months: 0 }\n");
  }

  private static double[] entity(Scenario s, ReplicationResult r, String entity, String metric) {
    return r.series()[new Simulation(s).layout().entityIndex(entity, metric)];
  }

  @Test
  void aDeferredBranchPaysItsSetUpAndHiresItsTeamWhenItReallyOpens() {
    Scenario s = Fixtures.yaml(text("direct, template: small"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().entities().get("hz-second").get("opening_month")).isEqualTo(5.0);
    assertThat(entity(s, r, "hz-second", "cost.setup"))
        .containsExactly(0.0, 0.0, 0.0, 0.0, 50000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    // its three people from month 5: 20,000 + 10,000 + 10,000
    assertThat(entity(s, r, "hz-second", "cost.payroll_base"))
        .containsExactly(0.0, 0.0, 0.0, 0.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0);
    assertThat(entity(s, r, "hz-second", "headcount")[4]).isEqualTo(3.0);
  }

  @Test
  void aDeferredBranchsMarketingPeriodsCountFromItsRealOpening() {
    Scenario s = Fixtures.yaml(text("direct, template: small"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    // periods end 3, 6, 9 months after opening; the first month's spend is planned at its end,
    // so the first period with spend ends in month 8 (not month 6, three months after the plan's month 3)
    assertThat(r.events()).filteredOn(e -> e.entity().equals("hz-second") && e.type().equals(EntityEvent.SPEND_PAUSED))
        .extracting(EntityEvent::month).containsExactly(8);
    assertThat(r.events()).filteredOn(e -> e.entity().equals("hz-direct") && e.type().equals(EntityEvent.SPEND_PAUSED))
        .extracting(EntityEvent::month).containsExactly(4);
  }

  @Test
  void aDeferredEquityFirmGetsItsExperiencedTeamWhenItReallyOpens() {
    String equity = text("equity, template: stake")
        + "equity_templates:\n"
        + "  - { id: stake, operations: small, stake: 0.3, profit_share: 0.3, investment: 100000,"
        + " platform_fee_rate: 0.03, dividend_payout_ratio: 0.5, exit_multiple: 3 }\n";
    Scenario s = Fixtures.yaml(equity);
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().entities().get("hz-second").get("opening_month")).isEqualTo(5.0);
    assertThat(entity(s, r, "hz-second", "headcount")[4]).isEqualTo(3.0);
    assertThat(entity(s, r, "hz-second", "cost.payroll_base")[4]).isEqualTo(40000.0);
  }
}
