package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Lifetime value and acquisition cost on the hand-computable fixture (Fixtures.deterministicBase):
 * one direct branch, orders of 10,000 with 10 hours of tax work, one service consultant paid 10,000
 * for 100 hours (95 for delivery, 5% for complaints), one sales consultant paid 10,000.
 */
class LifetimeValueTest {
  private static double sum(double[] values) {
    return Arrays.stream(values).sum();
  }

  /**
   * Tiered commission of 10% on every signed order, and repeat orders: the commission on new
   * clients' first orders is acquisition cost (in CAC), the commission on repeats is a cost of
   * serving (in the LTV margin), and no yuan is in both.
   */
  @Test
  void commissionIsInCacOnFirstOrdersAndInTheLtvMarginOnRepeatsNeverBoth() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("months: 6", "months: 12")
        .replace("    need_rate_annual: { default: 1.0 }\n",
            "    need_rate_annual: { default: 1.0 }\n    repeat_rate_annual: 0.6\n")
        .replace("    setup_cost: 50000\n", "    setup_cost: 50000\n"
            + "    commission: { tiers: [ { from: 0, rate: 0.1 } ] }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    var chain = r.summary().chain();
    double won = chain.get("clients_won");
    double firstOrders = won * 10000.0;
    double signed = sum(Fixtures.series(s, r, "ops.revenue_signed"));
    assertThat(signed).as("repeat orders were signed").isGreaterThan(firstOrders + 10000.0);
    assertThat(sum(Fixtures.series(s, r, "cost.commission"))).isCloseTo(0.1 * signed, within(1e-6));
    // CAC: the sales consultant's pay (12 x 10,000) and 10% of the first orders only
    assertThat(chain.get("cac") * won).isCloseTo(120000.0 + 0.1 * firstOrders, within(1e-6));
    // LTV margin: revenue less the commission on repeats and the service consultant's pay for the
    // hours delivery used (10,000 / 100 hours x 10 hours an order delivered), never the first-order commission
    double revenue = chain.get("company_revenue_total");
    double orders = revenue / 10000.0;
    double expected = revenue - 0.1 * (signed - firstOrders) - orders * 1000.0;
    assertThat(chain.get("ltv_margin") * revenue).isCloseTo(expected, within(1e-6));
  }

  /**
   * An agent at 20% commission with repeat orders: acquiring a client costs the agent's support and
   * the commission on its first order (paid as the order is delivered); the commission on repeats is
   * in the LTV margin; the first-order commission is not.
   */
  @Test
  void anAgentsFirstOrderCommissionIsAcquisitionAndItsRepeatCommissionIsMargin() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("""
        agent_templates:
          - { id: agent, commission_rate: 0.2, leakage_rate_monthly: 0, contacts_per_month: 5, conversion_rate: 1.0,
              support_cost_per_month: 3000 }
        """)
        .replace("months: 6", "months: 12")
        .replace("    need_rate_annual: { default: 1.0 }\n",
            "    need_rate_annual: { default: 1.0 }\n    repeat_rate_annual: 0.6\n")
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n",
            "  - { id: hz-agent, month: 1, region: hz, mode: agent, template: agent }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    var chain = r.summary().chain();
    double won = chain.get("clients_won");
    double firstOrders = won * 10000.0;
    double signed = sum(Fixtures.series(s, r, "ops.revenue_signed"));
    double revenue = chain.get("company_revenue_total");
    assertThat(signed).as("repeat orders were signed").isGreaterThan(firstOrders + 10000.0);
    // every order is delivered in its month: revenue = signed, commission = 20% of it
    assertThat(revenue).isCloseTo(signed, within(1e-6));
    assertThat(chain.get("cac") * won).isCloseTo(12 * 3000.0 + 0.2 * firstOrders, within(1e-6));
    assertThat(chain.get("ltv_margin") * revenue).isCloseTo(revenue - 0.2 * (signed - firstOrders), within(1e-6));
  }

  /**
   * A client's revenue to date is revenue recognised, not value signed: an order delivered over two
   * months counts once finished (credited with its delivery's effect, the month after), never at
   * signing. Each client here buys one order of 10,000.
   */
  @Test
  void revenueToDateIsRecognisedRevenueNotSignedValue() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("months: 6", "months: 12")
        .replace("firms: { software: 100 }", "firms: { software: 200 }")
        .replace("    delivery_months: 1\n", "    delivery_months: 2\n"));
    ReplicationResult r = Fixtures.runOnce(s, Replication.SAMPLED_REPLICATION);
    var clients = r.clientSample().stream().filter(c -> c.stage() == chainsim.client.FirmPopulation.CLIENT).toList();
    assertThat(clients).isNotEmpty();
    for (var c : clients) {
      // won in month w (tenure 1), finished at the end of w + 1, credited in w + 2 (tenure 3)
      assertThat(c.revenueToDate()).as("firm %d tenure %d", c.firm(), c.tenureMonths())
          .isEqualTo(c.tenureMonths() >= 3 ? 10000f : 0f);
    }
    assertThat(clients).anyMatch(c -> c.tenureMonths() >= 3).anyMatch(c -> c.tenureMonths() < 3);
  }

  /**
   * Orders nobody can deliver (legal work, a tax-only branch, no partner) are cancelled: their
   * clients signed 10,000 each and were never billed, so their revenue to date stays 0.
   */
  @Test
  void aCancelledOrderIsNoRevenueToDate() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("firms: { software: 100 }", "firms: { software: 200 }")
        .replace("skills: [ { id: tax } ]", "skills: [ { id: tax }, { id: legal } ]")
        .replace("delivery_hours: { tax: 10 }", "delivery_hours: { legal: 10 }"));
    ReplicationResult r = Fixtures.runOnce(s, Replication.SAMPLED_REPLICATION);
    assertThat(sum(Fixtures.series(s, r, "ops.cancelled_orders"))).isPositive();
    assertThat(r.summary().chain().get("company_revenue_total")).isZero();
    var clients = r.clientSample().stream().filter(c -> c.stage() == chainsim.client.FirmPopulation.CLIENT).toList();
    assertThat(clients).isNotEmpty().allMatch(c -> c.revenueToDate() == 0f);
  }

  /** A month without a new client has no CAC (not a CAC of 0): month 1 is the opening, nobody is won. */
  @Test
  void cacIsUndefinedInAMonthWithoutNewClients() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase(""));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    double[] cac = Fixtures.series(s, r, "acquisition.cac");
    assertThat(cac[0]).isNaN();
    assertThat(Fixtures.series(s, r, "acquisition.cost")[0]).isEqualTo(10000.0);
    // from month 2, 5 clients for the sales consultant's 10,000
    assertThat(cac[1]).isEqualTo(2000.0);
    assertThat(Fixtures.series(s, r, "acquisition.ltv_cac")[0]).isNaN();
  }

  /**
   * Nobody leaves: "client-months / max(1, exits)" took every client-month as one lifetime. With no
   * exit the lifetime is the cap, and the summary says the estimate rests on too few exits.
   */
  @Test
  void withoutExitsTheLifetimeIsTheCapAndFlagged() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase(""));
    var chain = Fixtures.runOnce(s, 0).summary().chain();
    assertThat(chain.get("ltv_exits")).isZero();
    assertThat(chain.get("ltv_few_exits")).isEqualTo(1.0);
    assertThat(chain.get("ltv_lifetime_months")).isEqualTo(60.0);
    // each client's one order of 10,000, credited the month after it is won; margin 0.9 (1,000 of
    // delivery pay an order). "Revenue per client-month x lifetime" would give 250,000 / 75 x 60 = 200,000.
    assertThat(chain.get("ltv_margin")).isCloseTo(0.9, within(1e-12));
    assertThat(chain.get("ltv_revenue")).isCloseTo(10000.0, within(1e-6));
    assertThat(chain.get("ltv")).isCloseTo(9000.0, within(1e-6));
    assertThat(chain.get("ltv_cac_healthy")).isEqualTo(3.0);
  }

  /**
   * Geometric churn p = 0.1 a month: the expected lifetime is 1/p (10 months; 9.98 capped at 60),
   * within three standard errors (lifetime / sqrt(exits)). Each client buys one order of 10,000 at a
   * known margin of 0.9, so its LTV is 9,000 however long it stays ("revenue per client-month x
   * lifetime" would say 10,000 / (months observed per client) x 0.9 x 10).
   */
  @Test
  void geometricChurnGivesALifetimeOfOneOverP() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("months: 6", "months: 60")
        .replace("firms: { software: 100 }", "firms: { software: 400 }")
        .replace("churn_monthly_healthy: 0", "churn_monthly_healthy: 0.1")
        .replace("churn_monthly_unhealthy: 0", "churn_monthly_unhealthy: 0.1"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    var chain = r.summary().chain();
    double exits = chain.get("ltv_exits");
    assertThat(exits).isGreaterThan(150);
    assertThat(chain.get("ltv_few_exits")).isZero();
    double expected = (1 - Math.pow(0.9, 60)) / 0.1;
    double lifetime = chain.get("ltv_lifetime_months");
    assertThat(lifetime).isCloseTo(expected, within(3 * expected / Math.sqrt(exits)));
    assertThat(chain.get("ltv_margin")).isCloseTo(0.9, within(1e-9));
    assertThat(chain.get("ltv_revenue")).isCloseTo(10000.0, within(1e-6));
    assertThat(chain.get("ltv")).isCloseTo(9000.0, within(1e-6));
    // the monthly series ends on the summary's figure
    double[] ltv = Fixtures.series(s, r, "acquisition.ltv");
    assertThat(ltv[59]).isCloseTo(chain.get("ltv"), within(1e-6));
    assertThat(Fixtures.series(s, r, "acquisition.ltv_cac")[59]).isCloseTo(chain.get("ltv_cac"), within(1e-9));
  }

  /**
   * An equity opening brings 30 clients of its own in month 5: an acquisition, not a swing in client
   * behaviour. Active clients 5, 10, 15, then 20 + 30 (+33% without the grant): only month 3's +100% is a swing.
   */
  @Test
  void anEquityOpeningsGrantedClientsAreNoSwing() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("""
        equity_templates:
          - { id: stake, operations: small, stake: 0.3, investment: 100000, own_clients: 30 }
        """)
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-stake, month: 5, region: hz, mode: equity, template: stake }\n")
        .replace("policies:\n", "policies:\n  swing_alert_min_clients: 0\n  swing_alert_threshold: 0.6\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "clients.active")).startsWith(0.0, 5.0, 10.0, 15.0, 50.0);
    assertThat(r.events()).filteredOn(e -> e.type().equals(EntityEvent.SWING_ALERT))
        .extracting(EntityEvent::month).containsExactly(3);
  }
}
