package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Business numbers may be uncertain: drawn per replication they move outcomes and show in the
 * sensitivity table; drawn per order (payment shares, delivery hours) each order gets its own.
 */
class UncertainBusinessNumbersTest {

  private static final String EQUITY = """
      equity_templates:
        - id: stake
          operations: small
          stake: { dist: uniform, min: 0.2, max: 0.4 }
          profit_share: { dist: uniform, min: 0.3, max: 0.5 }
          investment: { dist: uniform, min: 100000, max: 200000 }
          platform_fee_rate: { dist: uniform, min: 0.02, max: 0.04 }
          dividend_payout_ratio: { dist: uniform, min: 0.3, max: 0.7 }
          exit_multiple: { dist: uniform, min: 2, max: 5 }
      """;

  @Test
  void everyBusinessNumberTakesADistributionAndBecomesAParameter() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase(EQUITY)
        .replace("capital: { initial: 1000000, reserve_ratio: 0.1, discount_rate_annual: 0.0 }",
            "capital: { initial: { dist: uniform, min: 900000, max: 1100000 }, reserve_ratio: 0.1,"
                + " discount_rate_annual: 0.0, terminal_multiple: { dist: uniform, min: 1, max: 3 } }")
        .replace("wage_index: 1.0", "wage_index: { dist: uniform, min: 0.9, max: 1.1 }")
        .replace("delivery_hours: { tax: 10 }", "delivery_hours: { tax: { dist: uniform, min: 8, max: 12 } }")
        .replace("payment: { upfront: 0.5, on_completion: 0.3, receivable_days: 30 }",
            "payment: { upfront: { dist: uniform, min: 0.4, max: 0.5 }, on_completion: { dist: uniform, min: 0.2,"
                + " max: 0.3 }, receivable_days: 30, bad_debt_ratio: { dist: uniform, min: 0, max: 0.1 } }")
        .replace("    setup_cost: 50000\n", "    setup_cost: 50000\n"
            + "    performance_pay_ratio: { dist: uniform, min: 0.1, max: 0.2 }\n"
            + "    commission: { tiers: [ { from: 0, rate: { dist: uniform, min: 0.03, max: 0.05 } } ] }\n"
            + "    marketing:\n      - { id: ads, budget_per_month: 1000, cost_per_lead: 500,"
            + " conversion_multiplier: { dist: uniform, min: 1, max: 2 }, roi_benchmark: { dist: uniform, min: 1,"
            + " max: 2 } }\n")
        .replace("  initial_health: 75", "  initial_health: { dist: uniform, min: 70, max: 80 }\n"
            + "  quality_health_weight: { dist: uniform, min: 20, max: 40 }")
        .replace("  complaints: { rate_per_client_month: 0 }", "  complaints: { rate_per_client_month: 0,"
            + " acknowledge_hours: { dist: uniform, min: 0.3, max: 0.7 }, answer_hours: { dist: uniform, min: 2,"
            + " max: 4 }, breach_health_penalty: { dist: uniform, min: 5, max: 15 } }\n"
            + "  health_recall: { cost_per_recall: { dist: uniform, min: 1000, max: 2000 }, health_boost: { dist:"
            + " uniform, min: 10, max: 30 } }"));
    List<String> uncertain = ParameterCatalog.of(s).uncertainReplicationParameters();
    assertThat(uncertain).contains(
        "capital.initial", "capital.terminal_multiple", "regions[hz].wage_index", "products[filing].delivery_hours.tax",
        "products[filing].payment.upfront", "products[filing].payment.on_completion",
        "products[filing].payment.bad_debt_ratio", "branch_templates[small].performance_pay_ratio",
        "branch_templates[small].commission.tiers[0].rate", "branch_templates[small].marketing[ads].conversion_multiplier",
        "branch_templates[small].marketing[ads].roi_benchmark", "equity_templates[stake].stake",
        "equity_templates[stake].profit_share", "equity_templates[stake].platform_fee_rate",
        "equity_templates[stake].dividend_payout_ratio", "equity_templates[stake].exit_multiple",
        "clients.initial_health", "clients.quality_health_weight", "policies.health_recall.cost_per_recall",
        "policies.health_recall.health_boost", "policies.complaints.acknowledge_hours",
        "policies.complaints.answer_hours", "policies.complaints.breach_health_penalty");
    // and a replication runs with them
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().chain().get("npv")).isFinite();
  }

  @Test
  void anUncertainWageIndexDrivesNpvAndShowsInTheSensitivityTable() throws Exception {
    // nothing else is uncertain in the fixture: a dearer region is always a poorer plan
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("wage_index: 1.0", "wage_index: { dist: uniform, min: 0.6, max: 1.8 }")
        .replace("replications: 1", "replications: 12"));
    MonteCarloResult result = MonteCarlo.run(new Simulation(s), 12, 2, EngineKind.ACTOR, done -> {});
    assertThat(result.sensitivity()).singleElement().satisfies(e -> {
      assertThat(e.parameter()).isEqualTo("regions[hz].wage_index");
      assertThat(e.rankCorrelation()).isCloseTo(-1.0, within(1e-12));
    });
  }

  @Test
  void paymentSharesDrawnPerOrderAreTheSameWhenSignedAndWhenFinished() {
    // each order pays 20% or 60% upfront, 30% on completion (in the month: one month's delivery) and
    // the rest 30 days later: 50% or 10%. Nothing is lost, so every month cash in = revenue less the
    // growth of receivables, to the yuan, whatever each order drew
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("").replace(
        "payment: { upfront: 0.5, on_completion: 0.3, receivable_days: 30 }",
        "payment: { upfront: { dist: empirical, values: [0.2, 0.6], weights: [1, 1], draw: month },"
            + " on_completion: 0.3, receivable_days: 30 }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    double[] cashIn = Fixtures.series(s, r, "cash.in");
    double[] revenue = Fixtures.series(s, r, "company.revenue");
    double[] receivables = Fixtures.series(s, r, "company.receivables");
    java.util.Set<Double> seen = new java.util.HashSet<>();
    for (int m = 1; m < 6; m++) {
      assertThat(cashIn[m]).as("month %d", m + 1).isCloseTo(revenue[m] - (receivables[m] - receivables[m - 1]),
          within(1e-6));
      // five orders, each leaving 1,000 or 5,000: between 5,000 and 25,000 in steps of 4,000
      assertThat((receivables[m] - 5000.0) % 4000.0).isEqualTo(0.0);
      seen.add(receivables[m]);
    }
    assertThat(seen).as("orders drew different shares").hasSizeGreaterThan(1);
  }

  @Test
  void deliveryHoursDrawnPerOrderAreWhatTheStaffWorks() {
    // five orders a month of 5 or 15 tax hours each, all within the 95 hours of capacity
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("").replace("delivery_hours: { tax: 10 }",
        "delivery_hours: { tax: { dist: empirical, values: [5, 15], weights: [1, 1], draw: month } }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    double[] utilisation = Fixtures.series(s, r, "ops.utilisation.tax");
    java.util.Set<Long> hours = new java.util.HashSet<>();
    for (int m = 1; m < 6; m++) {
      long used = Math.round(utilisation[m] * 95.0);
      assertThat(used).isIn(25L, 35L, 45L, 55L, 65L, 75L);
      hours.add(used);
    }
    assertThat(hours).hasSizeGreaterThan(1);
    // revenue follows the orders, not the hours: five orders of 10,000 a month
    assertThat(Fixtures.series(s, r, "company.revenue")[3]).isEqualTo(50000.0);
  }
}
