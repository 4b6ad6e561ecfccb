package chainsim.scenario;

import static chainsim.scenario.Fixtures.minimalWith;
import static chainsim.scenario.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The simulator keeps each firm in a few bytes; a scenario with more products, skills or
 * milestones than those bytes hold is refused where the first one too many is written.
 */
class ModelLimitsTest {

  private static String products(int n) {
    StringBuilder more = new StringBuilder("    need_rate_annual: { default: 0.05 }\n");
    for (int p = 2; p <= n; p++) {
      more.append("  - { id: product").append(p)
          .append(", price: 1000, delivery_hours: { tax: 1 }, need_rate_annual: { default: 0.01 } }\n");
    }
    return minimalWith("    need_rate_annual: { default: 0.05 }\n", more.toString());
  }

  @Test
  void thirtyTwoProductsAreAllowed() {
    assertThat(problems(products(Limits.MAX_PRODUCTS))).isEmpty();
  }

  @Test
  void aThirtyThirdProductIsRefusedWhereItIsWritten() {
    assertThat(problems(products(40))).containsExactly("mini.yaml:51:5: products[product33]: at most 32 products (a"
        + " firm's products bought are kept as 32 flags); this is number 33 of 40");
  }

  @Test
  void aNinthMilestoneIsRefused() {
    StringBuilder clients = new StringBuilder("clients:\n  milestones:\n");
    for (int k = 1; k <= 9; k++) {
      clients.append("    - { id: m").append(k).append(", hazard_annual: 0.01 }\n");
    }
    assertThat(problems(Fixtures.minimal() + clients)).containsExactly("mini.yaml:42:7: clients.milestones[m9]: at"
        + " most 8 milestones (a firm's milestones reached are kept as 8 flags); this is number 9 of 9");
  }

  @Test
  void aThirtyThirdSkillIsRefused() {
    StringBuilder skills = new StringBuilder("skills: [{ id: tax }");
    for (int s = 2; s <= 33; s++) {
      skills.append(", { id: s").append(s).append(" }");
    }
    assertThat(problems(minimalWith("skills: [{ id: tax }", skills.toString()))).singleElement().asString()
        .startsWith("mini.yaml:6:").contains("skills[s33]: at most 32 skills");
  }

  /** Both counters share four bits of one byte per firm: at most 12 months each. */
  @Test
  void watchMonthsBeyondTwelveAreRefused() {
    assertThat(problems(Fixtures.minimal()
        + "policies:\n  health_recall: { consecutive_months: 12 }\n  churn_warning: { window_months: 12 }\n"))
        .isEmpty();
    assertThat(problems(Fixtures.minimal()
        + "policies:\n  health_recall: { consecutive_months: 13 }\n  churn_warning: { window_months: 13 }\n"))
        .hasSize(2).allMatch(p -> p.contains("12"));
  }
}
