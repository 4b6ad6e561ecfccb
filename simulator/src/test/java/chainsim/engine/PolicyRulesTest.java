package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The brief's operating rules, each on the deterministic fixture where its effect can be counted. */
class PolicyRulesTest {

  @Test
  void healthBelow65ForThreeMonthsTriggersARecall() {
    // health 75 when won in month 2, then -6 a month: 69, 63, 57, 51: below 65 in months 4, 5, 6
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("health_drift_monthly: 0", "health_drift_monthly: -6")
        .replace("policies:\n", "policies:\n  health_recall: { threshold: 65, consecutive_months: 3, "
            + "cost_per_recall: 1000, success_rate: 0 }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "clients.recalls")).containsExactly(0f, 0f, 0f, 0f, 0f, 5f);
    assertThat(Fixtures.series(s, r, "cost.recalls")).containsExactly(0f, 0f, 0f, 0f, 0f, 5000f);
  }

  @Test
  void aSpendLineBelowItsBenchmarkForTwoPeriodsIsPaused() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("months: 6", "months: 9")
        .replace("    setup_cost: 50000\n", "    setup_cost: 50000\n    marketing:\n"
            + "      - { id: fair, budget_per_month: 5000, cost_per_lead: 1000000, roi_benchmark: 3 }\n")
        .replace("policies:\n", "policies:\n  spend_pause: { periods_below_benchmark: 2, period_months: 3, "
            + "resume_after_months: 0 }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    // periods end in months 4 and 7 (3 and 6 months after opening); no lead, no margin: ROI 0
    assertThat(r.events()).filteredOn(e -> e.type().equals(EntityEvent.SPEND_PAUSED)).singleElement()
        .satisfies(e -> {
          assertThat(e.month()).isEqualTo(7);
          assertThat(e.detail()).startsWith("fair: ROI 0.00 below benchmark 3.00 for 2 periods");
        });
    // spend is planned at the end of a month: months 2..7 pay 5,000, nothing after the pause
    assertThat(Fixtures.series(s, r, "cost.marketing")).containsExactly(0f, 5000f, 5000f, 5000f, 5000f, 5000f,
        5000f, 0f, 0f);
  }

  @Test
  void complaintsBeyondCapacityBreachTheServiceLevels() {
    // every client complains every month (rate 1 at health 70 or less); 5 complaint hours (5% of
    // 100): 10 acknowledgements of 0.5 h, and what is left answers at 3 h each
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("initial_health: 75", "initial_health: 70")
        .replace("complaints: { rate_per_client_month: 0 }",
            "complaints: { rate_per_client_month: 1.0, acknowledge_hours: 0.5, answer_hours: 3, capacity_share: 0.05 }\n"
                + "  health_recall: { success_rate: 0 }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    // clients complain from the month after they are won: 5, 10, 15, 20 complaints in months 3-6
    assertThat(Fixtures.series(s, r, "sla.complaints")).containsExactly(0f, 0f, 5f, 10f, 15f, 20f);
    // month 3: 5 acknowledged (2.5 h), 2.5 h left answers none; month 4: 10 acknowledged, 0 h left;
    // months 5, 6: 10 acknowledged, the rest breach both levels
    assertThat(Fixtures.series(s, r, "sla.acknowledge_breaches")).containsExactly(0f, 0f, 0f, 0f, 5f, 10f);
    assertThat(Fixtures.series(s, r, "sla.answer_breaches")).containsExactly(0f, 0f, 5f, 10f, 15f, 20f);
  }
}
