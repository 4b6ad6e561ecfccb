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
    assertThat(Fixtures.series(s, r, "clients.recalls")).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 5.0);
    assertThat(Fixtures.series(s, r, "cost.recalls")).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 5000.0);
    // the summary counts campaigns, not the episode events.csv tells them in
    assertThat(r.summary().chain().get("clients_recall_campaigns")).isEqualTo(5.0);
    assertThat(r.events()).filteredOn(e -> e.type().equals(EntityEvent.RECALLS)).hasSize(1);
  }

  @Test
  void aSwingInActiveClientsAlertsAboveTheMinimumBookOnly() {
    // active clients 5, 10, 15, 20, 25: +100%, +50%, +33%, +25% from month 3 on
    Scenario small = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("policies:\n", "policies:\n  swing_alert_min_clients: 0\n"));
    assertThat(Fixtures.runOnce(small, 0).events()).filteredOn(e -> e.type().equals(EntityEvent.SWING_ALERT))
        .extracting(EntityEvent::month).containsExactly(3, 4, 5, 6);
    // with the default minimum of 100 active clients these are chance, not signals
    assertThat(Fixtures.runOnce(Fixtures.yaml(Fixtures.deterministicBase("")), 0).events())
        .noneMatch(e -> e.type().equals(EntityEvent.SWING_ALERT));
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
    assertThat(Fixtures.series(s, r, "cost.marketing")).containsExactly(0.0, 5000.0, 5000.0, 5000.0, 5000.0, 5000.0,
        5000.0, 0.0, 0.0);
  }

  /**
   * Every client complains every month (rate 1 at health 70 or less); one service consultant handles
   * them. General complaints only, and no health gain from the follow-up, so health stays at 70.
   */
  private static Scenario complaining(String levels, double capacityShare) {
    return Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("initial_health: 75", "initial_health: 70")
        .replace("complaints: { rate_per_client_month: 0 }",
            "complaints: { rate_per_client_month: 1.0, acknowledge_hours: 0.5, answer_hours: 3, capacity_share: "
                + capacityShare + ", desk_hours_per_day: 24, resolved_health_gain: 0, serious: { share: 0 }" + levels
                + " }\n"
                + "  health_recall: { success_rate: 0 }"));
  }

  private static double total(double[] series) {
    double sum = 0;
    for (double v : series) {
      sum += v;
    }
    return sum;
  }

  @Test
  void complaintsAreRaisedFromTheMonthAfterAClientIsWon() {
    ReplicationResult r = Fixtures.runOnce(complaining("", 0.5), 0);
    // 5, 10, 15, 20 complaints in months 3-6
    assertThat(Fixtures.series(complaining("", 0.5), r, "sla.complaints")).containsExactly(0.0, 0.0, 5.0, 10.0, 15.0, 20.0);
  }

  @Test
  void withHoursToSpareTheTwentyFourAndFortyEightHourLevelsHold() {
    // 100 complaint hours a month, for at most 20 x 3.5 = 70 hours of work, round the clock
    Scenario s = complaining("", 1.0);
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "sla.acknowledge_breaches")).containsOnly(0.0);
    assertThat(Fixtures.series(s, r, "sla.answer_breaches")).containsOnly(0.0);
  }

  @Test
  void oneAndTwoHourLevelsAreBreachedByTheSameCapacity() {
    // an answer takes 3.5 hours after a complaint at the least: every answer breaches 2 h
    Scenario tight = complaining(", acknowledge_within_hours: 1, answer_within_hours: 2", 1.0);
    ReplicationResult r = Fixtures.runOnce(tight, 0);
    double complaints = total(Fixtures.series(tight, r, "sla.complaints"));
    double late = total(Fixtures.series(tight, r, "sla.answer_breaches"));
    // all but those raised in the last two hours of the horizon, still within their level at its end
    assertThat(late).isBetween(complaints - 2, complaints).isPositive();
  }

  @Test
  void complaintsBeyondTheMonthsHoursWaitAndBreach() {
    // 5 complaint hours a month (5% of 100): 10 acknowledgements, or an answer and 4 of them
    Scenario s = complaining("", 0.05);
    ReplicationResult r = Fixtures.runOnce(s, 0);
    double[] open = Fixtures.series(s, r, "sla.open_complaints");
    assertThat(open[5]).as("complaints still unanswered at the end").isGreaterThan(30.0);
    assertThat(total(Fixtures.series(s, r, "sla.answer_breaches"))).isGreaterThan(10.0);
  }
}
