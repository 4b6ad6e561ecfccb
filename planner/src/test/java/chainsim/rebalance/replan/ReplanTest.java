package chainsim.rebalance.replan;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.actuals.Actuals;
import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.Fixture;
import chainsim.planning.Cancellation;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expansion re-plan of a rebalance on the two-cities fixture, as of 2027-03: the Suzhou branch
 * is open (pinned), a Wuxi branch is planned for month 10 (free). Pins never move; a heavy change
 * penalty keeps the plan in force, and moves no more decisions than no penalty does.
 */
class ReplanTest {
  @TempDir Path dir;

  private List<Opening> replan(double changePenalty) throws Exception {
    Files.copy(Fixture.FILE, dir.resolve("two-cities.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    Files.writeString(dir.resolve("in-force.yaml"), """
        extends: two-cities.yaml
        expansion:
          - { id: wuxi-direct, month: 10, region: wuxi, mode: direct, template: small_direct }
        planning:
          expansion: { change_penalty: %s }
        """.formatted(changePenalty));
    Scenario inForce = ScenarioLoader.load(dir.resolve("in-force.yaml")).scenario();
    Actuals march = new Actuals(YearMonth.of(2027, 3), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(new Actuals.Opening("suzhou-branch", Mode.DIRECT, "suzhou", YearMonth.of(2027, 1))),
        List.of(), List.of(), List.of());
    PlanInForce plan = PlanInForce.of(inForce, march, 3);
    assertThat(plan.rows()).extracting(PlanInForce.Row::status)
        .containsExactly(PlanInForce.Status.OPEN, PlanInForce.Status.FREE);
    Files.writeString(dir.resolve("replan.yaml"),
        plan.overlay(inForce, "in-force.yaml", "in-force.yaml", "replan", List.of()));
    var loaded = ScenarioLoader.load(dir.resolve("replan.yaml"));
    ExpansionPlanner.Result o = ExpansionPlanner.plan(loaded,
        new ExpansionPlanner.Request(null, 3_000L, null, 2, 0), new ExpansionPlanner.Listener() {}, Cancellation.none());
    List<Opening> after = o.planner().openings();
    // the open branch is kept as it opened; nothing new starts before quarter 2 (month 4)
    assertThat(after).filteredOn(x -> x.id().equals("suzhou-branch")).singleElement()
        .satisfies(x -> assertThat(x.month()).isEqualTo(1)).satisfies(x -> assertThat(x.pinned()).isTrue());
    assertThat(after).filteredOn(x -> !x.id().equals("suzhou-branch")).allMatch(x -> x.month() >= 4);
    return after;
  }

  private long moved(List<Opening> after) {
    List<Opening> before = List.of(
        new Opening("suzhou-branch", 1, "suzhou", List.of(), Mode.DIRECT, "small_direct", null, null, null, null,
            null, null, null, true),
        new Opening("wuxi-direct", 10, "wuxi", List.of(), Mode.DIRECT, "small_direct", null, null, null, null, null,
            null, null, null));
    return PlanChanges.between(Fixture.scenario().scenario(), before, after).stream().filter(PlanChanges.Change::changed).count();
  }

  @Test
  void pinsNeverMoveAndAHeavierChangePenaltyMovesNoMoreDecisions() throws Exception {
    long heavy = moved(replan(1.0e9));
    long free = moved(replan(0));
    assertThat(heavy).isZero();
    assertThat(heavy).isLessThanOrEqualTo(free);
  }
}
