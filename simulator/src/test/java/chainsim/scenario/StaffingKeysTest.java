package chainsim.scenario;

import static chainsim.scenario.Fixtures.minimalWith;
import static chainsim.scenario.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The thresholds that were hard-coded: their defaults are the old numbers, and they are checked. */
class StaffingKeysTest {

  @Test
  void receivableDaysBecomeMonthsOfTheScenariosLength() {
    Payment thirty = new Payment(null, null, 60, null, null);
    assertThat(thirty.daysPerMonth()).isEqualTo(30);
    assertThat(thirty.receivableMonths()).isEqualTo(2);
    assertThat(new Payment(null, null, 61, null, null).receivableMonths()).isEqualTo(3);
    assertThat(new Payment(null, null, 61, null, 31).receivableMonths()).isEqualTo(2);
    assertThat(new Payment(null, null, 62, null, 31).receivableMonths()).isEqualTo(2);
    assertThat(new Payment(null, null, 63, null, 31).receivableMonths()).isEqualTo(3);
    assertThat(new Payment(null, null, 0, null, 31).receivableMonths()).isZero();
  }

  @Test
  void theFirstMonthTierMustExist() {
    String text = minimalWith("    seats: 5",
        "    seats: 5\n    commission: { tiers: [ { from: 0, rate: 0.05 } ], first_month_tier: 2 }");
    assertThat(problems(text)).singleElement().asString()
        .contains("branch_templates[small].commission.first_month_tier: there are only 1 tiers, not 2");
  }

  @Test
  void theIdleThresholdIsBelowTheBusyOne() {
    String text = minimalWith("    seats: 5", "    seats: 5\n    hiring: { add_service_when_utilisation_above: 0.9,"
        + " remove_service_when_utilisation_below: 0.9 }");
    assertThat(problems(text)).singleElement().asString()
        .contains("branch_templates[small].hiring.remove_service_when_utilisation_below: must be below");
    assertThat(problems(minimalWith("    seats: 5", "    seats: 5\n    hiring: { add_service_when_utilisation_above: 0.9,"
        + " remove_service_when_utilisation_below: 0.5, idle_months: 2, busy_months: 2, release_idle_service: true }")))
        .isEmpty();
  }
}
