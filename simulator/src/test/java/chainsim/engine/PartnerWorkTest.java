package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A partner-only entry followed by hand. The head office's desk signs 5 orders of 10,000 a month
 * from month 2 and subcontracts them all to the partner, which has room for all of them and
 * finishes each in its month (one delivery month, 50 of 1,000 hours). The signing side keeps the
 * contract: each finished order is 10,000 of revenue, 4,000 of partner fee (40%) and 1,000 of
 * official fees (the product's 10% direct costs: the client's order's cost whoever executes it),
 * all in the month the partner finished it, the last month included.
 */
class PartnerWorkTest {
  private static final String PARTNER = """
      partner_templates:
        - id: helper
          skills: [tax]
          capacity_hours_per_month: 1000
          revenue_share: 0.4
          quality: 0.7
          remote_sales: { contacts_per_month: 5, conversion_rate: 1.0 }
      """;

  private final Scenario scenario = Fixtures.yaml(Fixtures.deterministicBase(PARTNER)
      .replace("    delivery_months: 1\n", "    delivery_months: 1\n    direct_cost_ratio: 0.1\n")
      .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
          "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: helper }"));
  private final ReplicationResult result = Fixtures.runOnce(scenario, 0);

  private double[] series(String name) {
    return Fixtures.series(scenario, result, name);
  }

  @Test
  void partnerWorkIsRevenueInTheMonthItIsFinishedTheLastMonthToo() {
    assertThat(series("ops.revenue_signed")).containsExactly(0.0, 50000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("company.revenue")).containsExactly(0.0, 50000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("cost.partner_fees")).containsExactly(0.0, 20000.0, 20000.0, 20000.0, 20000.0, 20000.0);
  }

  /**
   * A partner-delivered order is its client's recognised revenue too: won in month w (tenure 1),
   * finished and booked by the partner in w, credited to the client with the partner's quality the
   * month after (tenure 2). Each client here signs one order of 10,000.
   */
  @Test
  void aPartnersFinishedOrderIsItsClientsRevenueToDate() {
    ReplicationResult sampled = Fixtures.runOnce(scenario, Replication.SAMPLED_REPLICATION);
    var clients = sampled.clientSample().stream()
        .filter(c -> c.stage() == chainsim.client.FirmPopulation.CLIENT).toList();
    assertThat(clients).anyMatch(c -> c.tenureMonths() >= 2).anyMatch(c -> c.tenureMonths() < 2);
    for (var c : clients) {
      assertThat(c.revenueToDate()).as("firm %d tenure %d", c.firm(), c.tenureMonths())
          .isEqualTo(c.tenureMonths() >= 2 ? 10000f : 0f);
    }
  }

  @Test
  void officialFeesStayTheOrdersCostWhenAPartnerDoesTheWork() {
    assertThat(series("cost.direct_costs")).containsExactly(0.0, 5000.0, 5000.0, 5000.0, 5000.0, 5000.0);
    // margin: 10,000 - 4,000 - 1,000 on each order
    assertThat(series("margin.total")[1]).isCloseTo(25000.0, within(1e-6));
  }

  @Test
  void cashFollowsTheFinishedWork() {
    // upfront 50% at signing, 30% on completion in the month, 20% thirty days later
    assertThat(series("cash.in")).containsExactly(0.0, 40000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("company.receivables")).containsExactly(0.0, 10000.0, 10000.0, 10000.0, 10000.0, 10000.0);
    assertThat(series("company.deferred_revenue")).containsOnly(0.0);
  }

  @Test
  void aLatePartnerCompletesNextMonthAndItsRatingFalls() {
    Scenario late = Fixtures.yaml(Fixtures.deterministicBase(PARTNER.replace("quality: 0.7", "quality: 0.7\n    late_rate: 1.0"))
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: helper }"));
    ReplicationResult r = Fixtures.runOnce(late, 0);
    // every order is a month late: month 2's orders are revenue in month 3; month 6's never
    assertThat(Fixtures.series(late, r, "company.revenue")).containsExactly(0.0, 0.0, 50000.0, 50000.0, 50000.0, 50000.0);
    double[] lateOrders = r.series()[new Simulation(late).layout().entityIndex("hz-partner", "late_orders")];
    assertThat(lateOrders).containsExactly(0.0, 0.0, 5.0, 5.0, 5.0, 5.0);
    // five late orders a month, each moving the on-time share 20% of the way to 0: 0.8^5 after month 3
    double[] rating = r.series()[new Simulation(late).layout().entityIndex("hz-partner", "rating")];
    assertThat(rating[1]).isCloseTo(0.7, within(1e-12));
    assertThat(rating[2]).isCloseTo(0.7 * Math.pow(0.8, 5), within(1e-12));
  }

  @Test
  void aFailedOrderGoesBackToTheDeskWhichCancelsIt() {
    Scenario failing = Fixtures.yaml(Fixtures.deterministicBase(PARTNER.replace("quality: 0.7", "quality: 0.7\n    failure_rate: 1.0"))
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: helper }"));
    ReplicationResult r = Fixtures.runOnce(failing, 0);
    assertThat(Fixtures.series(failing, r, "company.revenue")).containsOnly(0.0);
    double[] failed = r.series()[new Simulation(failing).layout().entityIndex("hz-partner", "failed_orders")];
    assertThat(failed).containsExactly(0.0, 5.0, 5.0, 5.0, 5.0, 5.0);
    // the desk has nobody to deliver them: cancelled the month they come back
    assertThat(Fixtures.series(failing, r, "ops.cancelled_orders")).containsExactly(0.0, 0.0, 5.0, 5.0, 5.0, 5.0);
  }

  @Test
  void partnerRoomIsMonthsOfWorkAtItsCapacity() {
    // room before any work: 1,000 hours a month x 2 months by default, x 0.5 when the scenario says so
    assertThat(new Simulation(scenario).replication(0).partners[0].freeHours()).isEqualTo(2000.0);
    Scenario small = Fixtures.yaml(Fixtures.deterministicBase(
            PARTNER.replace("quality: 0.7", "quality: 0.7\n    months_of_work_accepted: 0.5"))
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-partner, month: 1, region: hz, mode: partner, template: helper }"));
    assertThat(new Simulation(small).replication(0).partners[0].freeHours()).isEqualTo(500.0);
  }
}
