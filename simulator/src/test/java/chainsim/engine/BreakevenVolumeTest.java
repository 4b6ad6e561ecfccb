package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's break-even point, fixed cost / (unit price - unit variable cost), on the deterministic
 * fixture: fixed costs 40,000 pay + 3,000 rent a month (the 50,000 fit-out is a one-off, not a
 * monthly fixed cost); a filing sells at 10,000.
 */
class BreakevenVolumeTest {
  private static java.util.Map<String, Double> branch(String replace, String with) {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("").replace(replace, with));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    return r.summary().entities().get("hz-direct");
  }

  @Test
  void withNoVariableCostEveryYuanOfPriceCoversFixedCost() {
    var b = branch("", "");
    assertThat(b.get("fixed_costs_monthly")).isCloseTo(43000.0, within(1e-9));
    // 43,000 / 10,000 = 4.3 filings a month (it sells 5: +7,000 a month)
    assertThat(b.get("breakeven_volume.filing")).isCloseTo(4.3, within(1e-9));
    assertThat(b.get("breakeven_revenue_monthly")).isCloseTo(43000.0, within(1e-6));
  }

  @Test
  void directCostsRaiseTheVolumeNeeded() {
    var b = branch("    delivery_months: 1\n", "    delivery_months: 1\n    direct_cost_ratio: 0.25\n");
    // unit variable cost 2,500: 43,000 / (10,000 - 2,500) = 5.733 filings, 57,333 of revenue a month
    assertThat(b.get("breakeven_volume.filing")).isCloseTo(43000.0 / 7500.0, within(1e-9));
    assertThat(b.get("breakeven_revenue_monthly")).isCloseTo(43000.0 / 0.75, within(1e-6));
  }
}
