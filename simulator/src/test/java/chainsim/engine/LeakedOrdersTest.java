package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An agent whose every client leaks (it takes each solo the month after signing), followed by
 * hand. It signs 5 orders of 10,000 a month from month 2, each delivered over 3 months (a third of
 * the price earned a month, 30% commission on it): 50,000 / 3 of revenue in the signing month, the
 * client pays half upfront (25,000). Next month the clients leave with the agent and their orders
 * with them: the company keeps what it earned, gives back the prepayment beyond it
 * (25,000 - 16,666.67 = 8,333.33) and bills nothing more, neither revenue nor completion payments.
 */
class LeakedOrdersTest {
  private final Scenario scenario = Fixtures.yaml(Fixtures.deterministicBase("""
      agent_templates:
        - id: runner
          commission_rate: 0.3
          leakage_rate_monthly: 1.0
          contacts_per_month: 5
          conversion_rate: 1.0
          quality: 0.7
      """)
      .replace("    delivery_months: 1\n", "    delivery_months: 3\n")
      .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
          "  - { id: hz-agent, month: 1, region: hz, mode: agent, template: runner }"));
  private final ReplicationResult result = Fixtures.runOnce(scenario, 0);

  private double[] series(String name) {
    return Fixtures.series(scenario, result, name);
  }

  @Test
  void ordersInDeliveryLeaveWithTheLeakedClient() {
    double third = 50000.0 / 3;
    assertThat(series("clients.leaked")).containsExactly(0.0, 0.0, 5.0, 5.0, 5.0, 5.0);
    double[] revenue = series("company.revenue");
    assertThat(revenue[0]).isZero();
    for (int m = 1; m < 6; m++) {
      // only the month's new orders earn: the leaked ones earn nothing more
      assertThat(revenue[m]).as("revenue in month %d", m + 1).isCloseTo(third, within(1e-6));
    }
    double[] net = series("cash.net_flow");
    // month 2: 25,000 upfront less 5,000 commission; then less the 8,333.33 prepayment given back
    assertThat(net[1]).isCloseTo(20000.0, within(1e-6));
    for (int m = 2; m < 6; m++) {
      assertThat(net[m]).as("net cash in month %d", m + 1).isCloseTo(25000.0 - 5000.0 - (25000.0 - third), within(1e-6));
    }
    assertThat(series("company.receivables")).containsOnly(0.0);
    assertThat(series("cost.bad_debt")).containsOnly(0.0);
  }
}
