package chainsim.scenario;

import static chainsim.scenario.Fixtures.minimalWith;
import static chainsim.scenario.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a distribution goes and when it is drawn: {@code draw: month} is refused where a number
 * is drawn once (a wage, a one-off price), and a distribution is refused, with why, where a
 * number must stay plain (a count, a policy setting).
 */
class DrawRulesTest {

  @Test
  void aContractedWageIsNotDrawnEveryMonth() {
    assertThat(problems(minimalWith("base_pay: { manager: 20000, service: 9000 }",
        "base_pay: { manager: 20000, service: { dist: uniform, min: 8000, max: 10000, draw: month } }")))
        .containsExactly("mini.yaml:25:88: branch_templates[small].base_pay.service.draw: draw: month does not apply"
            + " here; this number is drawn once per replication: a contracted wage");
  }

  @Test
  void aOneOffInvestmentIsNotDrawnEveryMonth() {
    assertThat(problems(minimalWith("investment: 2000000",
        "investment: { dist: uniform, min: 1000000, max: 3000000, draw: month }")))
        .containsExactly("mini.yaml:29:112: equity_templates[stake].investment.draw: draw: month does not apply"
            + " here; this number is drawn once per replication: a one-off price, paid at opening");
  }

  @Test
  void aCountTakesNoDistribution() {
    assertThat(problems(minimalWith("seats: 5", "seats: { dist: uniform, min: 4, max: 6 }")))
        .containsExactly("mini.yaml:27:12: branch_templates[small].seats: takes a plain whole number, not a"
            + " distribution: counts, months and days are exact (make the quantity they drive uncertain instead)");
  }

  @Test
  void aPolicySettingTakesNoDistribution() {
    assertThat(problems(minimalWith("capital: { initial: 1000000 }",
        "capital: { initial: 1000000, reserve_ratio: { dist: uniform, min: 0.1, max: 0.2 } }")))
        .containsExactly("mini.yaml:4:45: capital.reserve_ratio: takes a plain number, not a distribution: it is a"
            + " setting the scenario decides (a policy threshold, a target, a valuation convention), not an estimate");
  }
}
