package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The one-year cash-flow gate: a branch that sells nothing is still cash-flow negative after 12
 * months, so the second branch planned for month 14 must not open.
 */
class ExpansionGateTest {
  private static Scenario scenario(String gate) {
    String text = Fixtures.deterministicBase("")
        .replace("months: 6", "months: 18")
        .replace("contacts_per_consultant_month: 5", "contacts_per_consultant_month: 0")
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-second, month: 14, region: hz, mode: direct, template: small }")
        .replace("policies:\n", "policies:\n  breakeven_gate: " + gate + "\n"
            // the reserve gate judges the set-up alone: this test is about the one-year gate
            + "  opening_burn_months: 0\n");
    return Fixtures.yaml(text);
  }

  @Test
  void aBranchStillCashNegativeAfterAYearStopsFurtherExpansion() {
    Scenario s = scenario("{ months: 12, action: skip }");
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(r.summary().entities().get("hz-second").get("opened")).isEqualTo(0.0);
    assertThat(r.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityEvent.GATE_BLOCKED);
      assertThat(e.entity()).isEqualTo("hz-second");
      assertThat(e.month()).isEqualTo(14);
      assertThat(e.detail()).startsWith("skipped: hz-direct not cash-flow positive");
    });
    // nothing of the second branch was paid: one team's pay all along
    assertThat(Fixtures.series(s, r, "cost.payroll_base")[16]).isEqualTo(40000.0);
  }

  @Test
  void neverOpenedAndNeverBrokeEvenAreToldApart() {
    ReplicationResult r = Fixtures.runOnce(scenario("{ months: 12, action: skip }"), 0);
    var first = r.summary().entities().get("hz-direct");
    var second = r.summary().entities().get("hz-second");
    // hz-direct opened and never broke even: reached 0; hz-second never opened: neither
    assertThat(first.get("breakeven_month")).isNaN();
    assertThat(first.get("breakeven_reached")).isEqualTo(0.0);
    assertThat(first.get("payback_reached")).isEqualTo(0.0);
    assertThat(second.get("breakeven_month")).isNaN();
    assertThat(second.get("breakeven_reached")).isNaN();
    assertThat(second.get("payback_reached")).isNaN();
  }

  @Test
  void deferredOpeningsWaitWhileTheGateIsShut() {
    ReplicationResult r = Fixtures.runOnce(scenario("{ months: 12, action: defer }"), 0);
    assertThat(r.summary().entities().get("hz-second").get("opened")).isEqualTo(0.0);
    assertThat(r.events()).anySatisfy(e -> assertThat(e.detail()).startsWith("deferred: hz-direct"));
  }

  @Test
  void withoutTheGateTheSecondBranchOpens() {
    ReplicationResult r = Fixtures.runOnce(scenario("{ enabled: false }"), 0);
    assertThat(r.summary().entities().get("hz-second").get("opened")).isEqualTo(1.0);
    assertThat(r.summary().entities().get("hz-second").get("opening_month")).isEqualTo(14.0);
  }
}
