package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Client success and service outputs on the deterministic fixture (five clients won a month, none
 * leaves): repeat and depth signing rates, serious complaints and the satisfaction follow-up.
 */
class ClientSuccessOutputsTest {

  @Test
  void everyClientRepeatingEachMonthIsARepeatSigningRateOfOne() {
    // filing repeats for sure each month: each month the clients won before (five a month from
    // month 2) close their windows with a repeat order
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("need_rate_annual: { default: 1.0 }", "need_rate_annual: { default: 1.0 }\n    repeat_rate_annual: 1.0"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "clients.signing_windows_closed")).containsExactly(0, 0, 5, 10, 15, 20);
    assertThat(Fixtures.series(s, r, "clients.repeat_signed")).containsExactly(0, 0, 5, 10, 15, 20);
    assertThat(Fixtures.series(s, r, "clients.depth_signed")).containsExactly(0, 0, 0, 0, 0, 0);
    double[] rate = Fixtures.series(s, r, "clients.repeat_signing_rate");
    assertThat(rate[0]).isNaN();
    assertThat(rate[1]).isNaN();
    assertThat(rate).containsSubsequence(1.0, 1.0, 1.0, 1.0);
    double[] branch = r.series()[new Simulation(s).layout().entityIndex("hz-direct", "repeat_signing_rate")];
    assertThat(branch[5]).isEqualTo(1.0);
    assertThat(r.summary().chain().get("repeat_signing_rate")).isEqualTo(1.0);
    assertThat(r.summary().chain().get("depth_signing_rate")).isEqualTo(0.0);
    assertThat(r.summary().chain().get("clients_signing_windows_closed")).isEqualTo(50.0);
    assertThat(r.summary().entities().get("hz-direct").get("repeat_signing_rate")).isEqualTo(1.0);
    assertThat(r.summary().entities().get("hz-direct").get("depth_signing_rate")).isEqualTo(0.0);
    // nobody churned: the warning figures are undefined, not zero
    assertThat(r.summary().chain().get("churn_warning_recall")).isNaN();
  }

  /** Every client complains every month it lives (complaint curve far above), all handled at once. */
  private static Scenario complaining(String serious) {
    return Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("  milestones: []\n", "  milestones: []\n  complaint_curve: { neutral_health: 100, points_per_base_rate: 1 }\n"
            + "  tiers: { core_products: 1, core_health: 80 }\n")
        .replace("  complaints: { rate_per_client_month: 0 }\n", "  complaints:\n    rate_per_client_month: 1\n"
            + "    capacity_share: 1\n    desk_hours_per_day: 24\n    acknowledge_hours: 0\n    answer_hours: 0\n"
            + "    resolved_health_gain: 2\n    serious: " + serious + "\n"));
  }

  @Test
  void aSeriousComplaintAnsweredInTimeRaisesHealthByItsOwnGain() {
    // all serious, +5 when answered in time: a client won in month m (health 75; five a month from
    // month 2) complains in m + 1, is answered in time, and starts month m + 2 at 80: core from then on
    Scenario s = complaining("{ share: 1, answer_hours: 0, resolved_health_gain: 5 }");
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "sla.complaints")).containsExactly(0, 0, 5, 10, 15, 20);
    assertThat(Fixtures.series(s, r, "sla.serious_complaints")).containsExactly(0, 0, 5, 10, 15, 20);
    assertThat(Fixtures.series(s, r, "sla.resolved_in_time")).containsExactly(0, 0, 5, 10, 15, 20);
    assertThat(Fixtures.series(s, r, "clients.tier.core")).containsExactly(0, 0, 0, 5, 10, 15);
    // general complaints gain 2: 77, 79, 81: core two months later (month 6 for month 2's clients)
    Scenario g = complaining("{ share: 0 }");
    ReplicationResult rg = Fixtures.runOnce(g, 0);
    assertThat(Fixtures.series(g, rg, "sla.serious_complaints")).containsExactly(0, 0, 0, 0, 0, 0);
    assertThat(Fixtures.series(g, rg, "clients.tier.core")).containsExactly(0, 0, 0, 0, 0, 5);
  }
}
