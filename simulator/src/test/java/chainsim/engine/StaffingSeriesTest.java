package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The series the staffing planner reads: each branch's delivery hours demanded per skill and its
 * service headcount per skill, on the deterministic fixture (5 orders of 10 tax hours a month
 * from month 2, delivered within the month).
 */
class StaffingSeriesTest {
  private static final String OPENING = "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }";

  private static double[] entitySeries(Scenario scenario, ReplicationResult r, String entity, String metric) {
    return r.series()[new Simulation(scenario).layout().entityIndex(entity, metric)];
  }

  @Test
  void demandIsTheWorkTheMonthsOrdersAskOfEachSkill() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase(""));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(entitySeries(s, r, "hz-direct", "demand_hours.tax")).containsExactly(0.0, 50.0, 50.0, 50.0, 50.0, 50.0);
    assertThat(entitySeries(s, r, "hz-direct", "headcount.service.tax")).containsOnly(1.0);
  }

  @Test
  void workTurnedAwayForLackOfCapacityIsStillDemand() {
    // 20 hours a month, 19 after complaints: most orders go over capacity, yet the clients asked for 50 hours
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("").replace("service_hours_per_month: 100",
        "service_hours_per_month: 20"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "ops.subcontracted.over_capacity")[1]).isPositive();
    assertThat(entitySeries(s, r, "hz-direct", "demand_hours.tax")).containsExactly(0.0, 50.0, 50.0, 50.0, 50.0, 50.0);
  }

  @Test
  void workTheBranchHasNoSkillForIsNotItsDemand() {
    // the product also needs ip, which nobody in the branch has: every order is subcontracted for lack of skill
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("skills: [ { id: tax } ]", "skills: [ { id: tax }, { id: ip } ]")
        .replace("delivery_hours: { tax: 10 }", "delivery_hours: { tax: 10, ip: 2 }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(Fixtures.series(s, r, "ops.subcontracted.no_skill")[1]).isEqualTo(5.0);
    assertThat(entitySeries(s, r, "hz-direct", "demand_hours.tax")).containsOnly(0.0);
    assertThat(entitySeries(s, r, "hz-direct", "demand_hours.ip")).containsOnly(0.0);
  }

  @Test
  void aPlannedTransferMovesPeopleWithoutExtraHires() {
    // headcount is recorded at the month's end, after leavers: the source shows the move a month early
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("""
        headcount_plan:
          - { opening: hz-b, from_month: 3, role: service, skill: tax, count: 2, transfers_in: 1, transfer_from: hz-direct }
          - { opening: hz-direct, from_month: 3, role: service, skill: tax, count: 0 }
        """).replace("seats: 3", "seats: 6").replace(OPENING, OPENING + "\n  - { id: hz-b, month: 1, region: hz, mode: direct, template: small }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(entitySeries(s, r, "hz-b", "headcount.service.tax")).containsExactly(1.0, 1.0, 2.0, 2.0, 2.0, 2.0);
    assertThat(entitySeries(s, r, "hz-direct", "headcount.service.tax")).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    // nobody hired for the transferred person's place and then let go again
    assertThat(Fixtures.series(s, r, "cost.releases")).containsOnly(0.0);
  }

  @Test
  void peopleTransferredInOnTheOpeningDayAreNotHiredAgain() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("""
        headcount_plan:
          - { opening: hz-b, from_month: 3, role: service, skill: tax, count: 1, transfers_in: 1, transfer_from: hz-direct }
          - { opening: hz-direct, from_month: 3, role: service, skill: tax, count: 0 }
        """).replace("seats: 3", "seats: 6").replace(OPENING, OPENING + "\n  - { id: hz-b, month: 3, region: hz, mode: direct, template: small }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    assertThat(entitySeries(s, r, "hz-b", "headcount.service.tax")).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0, 1.0);
    assertThat(Fixtures.series(s, r, "headcount.service.tax")).containsExactly(1.0, 0.0, 1.0, 1.0, 1.0, 1.0);
    assertThat(Fixtures.series(s, r, "cost.releases")).containsOnly(0.0);
  }
}
