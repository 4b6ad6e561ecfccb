package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The reserve gate judges an opening by the cash it will consume: set-up plus the losses projected
 * to break-even. The fixture's branch costs 43,000 a month (pay 40,000, rent 3,000), so with the
 * default 12 months its projected burn is 43,000 x 12 / 2 = 258,000, and opening it costs
 * 50,000 + 258,000 = 308,000 against a reserve of 10% of the initial 400,000 = 40,000.
 */
class ReserveGateTest {
  private static String text(String policies) {
    return Fixtures.deterministicBase("")
        .replace("months: 6", "months: 12")
        .replace("initial: 1000000", "initial: 400000")
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-second, month: 3, region: hz, mode: direct, template: small }")
        .replace("policies:\n", "policies:\n" + policies);
  }

  @Test
  void anOpeningWaitsUntilCashCoversItsSetUpAndProjectedBurnAboveTheReserve() {
    // hz-direct (month 1): -93,000, -3,000, then +7,000 a month, so cash at the start of month m >= 3
    // is 304,000 + 7,000 (m - 3); 304,000 + 7,000 (m - 3) - 308,000 >= 40,000 first in month 10
    Scenario s = Fixtures.yaml(text("  breakeven_gate: { enabled: false }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().entities().get("hz-second").get("opening_month")).isEqualTo(10.0);
    assertThat(r.events()).filteredOn(e -> e.entity().equals("hz-second"))
        .extracting(EntityEvent::month, EntityEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, EntityEvent.RESERVE_BLOCKED),
            org.assertj.core.groups.Tuple.tuple(10, EntityEvent.OPENED));
  }

  @Test
  void withNoBurnMonthsTheSetUpAloneIsJudged() {
    // 304,000 - 50,000 >= 40,000: opens as planned
    Scenario s = Fixtures.yaml(text("  breakeven_gate: { enabled: false }\n  opening_burn_months: 0\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().entities().get("hz-second").get("opening_month")).isEqualTo(3.0);
  }

  @Test
  void aDeferredOpeningTheReserveThenHoldsIsReportedForBothReasons() {
    // a one-month gate holds hz-second in months 3 and 4 (hz-direct's trailing cash flow turns
    // positive in month 4); from month 5 the reserve holds it: 318,000 + 7,000 (m - 5) - 308,000 < 40,000
    // until month 10
    Scenario s = Fixtures.yaml(text("  breakeven_gate: { months: 1, action: defer }\n"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.events()).filteredOn(e -> e.entity().equals("hz-second"))
        .extracting(EntityEvent::month, EntityEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, EntityEvent.GATE_BLOCKED),
            org.assertj.core.groups.Tuple.tuple(5, EntityEvent.RESERVE_BLOCKED),
            org.assertj.core.groups.Tuple.tuple(10, EntityEvent.OPENED));
  }
}
