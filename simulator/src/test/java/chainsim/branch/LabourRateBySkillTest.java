package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The "won't do" margin test costs each skill at the pay of the staff who deliver it: a cheap
 * skill is not turned away because another skill's consultants are dear.
 */
class LabourRateBySkillTest {

  /**
   * The by-hand branch with a second skill, legal, delivered by a lawyer; filings (10 tax hours,
   * 10,000 yuan) are the only orders; margin test at 50%. A tax hour costs taxPay / 100, a legal
   * hour lawyerPay / 100.
   */
  private static double lowMarginOrders(int taxPay, int lawyerPay) {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("skills: [ { id: tax } ]", "skills: [ { id: tax }, { id: legal } ]")
        .replace("  - { id: service, kind: service }\n", "  - { id: service, kind: service }\n  - { id: lawyer, kind: service }\n")
        .replace("      - { role: service, skill: tax, count: 1 }\n",
            "      - { role: service, skill: tax, count: 1 }\n      - { role: lawyer, skill: legal, count: 1 }\n")
        .replace("base_pay: { manager: 20000, sales: 10000, service: 10000 }",
            "base_pay: { manager: 20000, sales: 10000, service: " + taxPay + ", lawyer: " + lawyerPay + " }")
        .replace("seats: 3", "seats: 4")
        .replace("policies:\n", "policies:\n  subcontract: { margin_below: 0.5 }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    return Arrays.stream(Fixtures.series(s, r, "ops.subcontracted.low_margin")).sum();
  }

  @Test
  void aCheapSkillIsNotCostedAtADearSkillsRate() {
    // tax at 100 an hour: 1,000 of labour on 10,000, a 90% margin, though a legal hour costs 800
    assertThat(lowMarginOrders(10_000, 80_000)).isZero();
  }

  @Test
  void aDearSkillIsStillTurnedAway() {
    // tax at 800 an hour: 8,000 of labour on 10,000, a 20% margin: every filing is turned away
    assertThat(lowMarginOrders(80_000, 10_000)).isPositive();
  }
}
