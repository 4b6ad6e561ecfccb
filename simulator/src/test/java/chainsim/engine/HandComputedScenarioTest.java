package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The deterministic fixture, followed by hand. Month 1 is the opening: fit-out 50,000, pay
 * 20,000 + 10,000 + 10,000 = 40,000, rent 3 seats x 1,000 = 3,000: cash out 93,000. From month 2
 * the sales consultant makes 5 contacts, all reach a firm with a need and all sign: 5 orders of
 * 10,000 = 50,000 signed, 50 hours of tax work within the 95 hours of capacity (100 less 5% for
 * complaints), so all delivered that month. Cash in: 50% upfront (25,000) and 30% on completion
 * (15,000) in the month, the last 20% (10,000) one month later (30 days).
 */
class HandComputedScenarioTest {
  private final Scenario scenario = Fixtures.yaml(Fixtures.deterministicBase(""));
  private final ReplicationResult result = Fixtures.runOnce(scenario, 0);

  private double[] series(String name) {
    return Fixtures.series(scenario, result, name);
  }

  @Test
  void cashFollowsTheHandComputation() {
    // month 1: -93,000; month 2: 40,000 - 43,000 = -3,000; months 3-6: 50,000 - 43,000 = 7,000
    assertThat(series("cash.net_flow")).containsExactly(-93000.0, -3000.0, 7000.0, 7000.0, 7000.0, 7000.0);
    assertThat(series("cash.balance")).containsExactly(907000.0, 904000.0, 911000.0, 918000.0, 925000.0, 932000.0);
    assertThat(series("cash.in")).containsExactly(0.0, 40000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("cost.setup")).containsExactly(50000.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    assertThat(series("cost.payroll_base")).containsExactly(40000.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0);
    assertThat(series("cost.rent")).containsExactly(3000.0, 3000.0, 3000.0, 3000.0, 3000.0, 3000.0);
  }

  private double[] branch(String metric) {
    return result.series()[new Simulation(scenario).layout().entityIndex("hz-direct", metric)];
  }

  @Test
  void theBranchsOwnBooksShowItsCostsByCategory() {
    assertThat(branch("cost.setup")).containsExactly(50000.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    assertThat(branch("cost.payroll_base")).containsExactly(40000.0, 40000.0, 40000.0, 40000.0, 40000.0, 40000.0);
    assertThat(branch("cost.rent")).containsExactly(3000.0, 3000.0, 3000.0, 3000.0, 3000.0, 3000.0);
    assertThat(branch("cost.marketing")).containsOnly(0.0);
    // its profit is its revenue less those costs: -93,000, then 50,000 - 43,000
    assertThat(branch("profit")).containsExactly(-93000.0, 7000.0, 7000.0, 7000.0, 7000.0, 7000.0);
  }

  @Test
  void revenueIsRecognisedAsTheWorkIsDelivered() {
    assertThat(series("company.revenue")).containsExactly(0.0, 50000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("revenue.product.filing")).containsExactly(0.0, 50000.0, 50000.0, 50000.0, 50000.0, 50000.0);
    assertThat(series("company.receivables")).containsExactly(0.0, 10000.0, 10000.0, 10000.0, 10000.0, 10000.0);
    // profit: revenue less pay and rent (and the fit-out in month 1)
    assertThat(series("company.profit")).containsExactly(-93000.0, 7000.0, 7000.0, 7000.0, 7000.0, 7000.0);
  }

  @Test
  void fiveClientsAMonthAndNobodyLeaves() {
    assertThat(series("clients.new")).containsExactly(0.0, 5.0, 5.0, 5.0, 5.0, 5.0);
    assertThat(series("clients.active")).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0, 25.0);
    assertThat(series("clients.churned")).containsOnly(0.0);
    // 50 of 95 hours
    assertThat(series("ops.utilisation.tax")[1]).isCloseTo(50.0 / 95.0, within(1e-12));
  }

  @Test
  void summaryFiguresFollow() {
    var chain = result.summary().chain();
    // discount rate 0 and no terminal value: NPV is the sum of the cash flows
    assertThat(chain.get("npv")).isCloseTo(-68000.0, within(1e-6));
    assertThat(chain.get("peak_funding_need")).isCloseTo(96000.0, within(1e-6));
    assertThat(chain.get("min_cash")).isCloseTo(904000.0, within(1e-6));
    assertThat(chain.get("cash_below_reserve")).isEqualTo(0.0);
    // trailing three months first positive in month 4: -3,000 + 7,000 + 7,000
    assertThat(chain.get("cash_flow_positive_month")).isEqualTo(4.0);
    var branch = result.summary().entities().get("hz-direct");
    assertThat(branch.get("breakeven_month")).isEqualTo(4.0);
    assertThat(branch.get("payback_month")).isNaN(); // -96,000 + 4 x 7,000 is still negative
    assertThat(branch.get("breakeven_reached")).isEqualTo(1.0);
    assertThat(branch.get("payback_reached")).isEqualTo(0.0);
    assertThat(chain.get("clients_won")).isEqualTo(25.0);
    // no marketing, no commission: acquiring clients cost the sales consultant's pay, 6 x 10,000
    assertThat(chain.get("cac")).isCloseTo(60000.0 / 25.0, within(1e-9));
  }
}
