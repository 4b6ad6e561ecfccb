package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cells of a region entered by one mode in one quarter are one opening; and back. */
class PlanOpeningsTest {

  @Test
  void cellsOfARegionEnteredTogetherBecomeOneOpeningServingThoseIndustries() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    ExpansionPlan plan = ExpansionProblem.of(scenario, Fixture.surrogate(), null);
    Map<String, Entry> decide = Map.of(
        "suzhou/manufacturing", Entry.of(Mode.DIRECT, 1), "suzhou/software", Entry.of(Mode.DIRECT, 1),
        "wuxi/manufacturing", Entry.of(Mode.DIRECT, 2), "wuxi/software", Entry.of(Mode.PARTNER, 3));
    plan.getCells().forEach(c -> c.setEntry(decide.get(c.getId())));
    List<Opening> openings = PlanOpenings.toScenario(scenario, plan.getCells());
    assertThat(openings).extracting(Opening::id)
        // suzhou-direct-q1 would collide with nothing, but the scenario's own opening is suzhou-branch
        .containsExactly("suzhou-direct-q1", "wuxi-direct-q2", "wuxi-partner-q3");
    assertThat(openings.get(0).industries()).containsExactly("manufacturing", "software");
    assertThat(openings.get(0).month()).isEqualTo(1);
    assertThat(openings.get(1).month()).isEqualTo(4);
    assertThat(openings.get(2).month()).isEqualTo(7);
    assertThat(openings.get(2).template()).isEqualTo("desk");

    Map<String, Entry> back = PlanOpenings.fromScenario(scenario, openings);
    assertThat(back).isEqualTo(decide);
  }

  @Test
  void anOpeningWithoutIndustriesServesEveryIndustryWithFirms() {
    Scenario scenario = Fixture.scenario().scenario();
    assertThat(PlanOpenings.fromScenario(scenario, scenario.expansion())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "suzhou/manufacturing", Entry.of(Mode.DIRECT, 1), "suzhou/software", Entry.of(Mode.DIRECT, 1)));
  }

  @Test
  void planIdsStepAsideFromTheScenariosOwnIds() throws Exception {
    Scenario base = Fixture.scenario().scenario();
    Scenario replanned = base.withExpansion(List.of(new Opening("suzhou-direct-q1", 1, "suzhou", List.of(),
        Mode.DIRECT, "small_direct", null, null, null, null, null, null, null, null)));
    ExpansionPlan plan = ExpansionProblem.of(replanned, Fixture.surrogate(), null);
    plan.getCells().forEach(c -> c.setEntry(c.region().equals("suzhou") ? Entry.of(Mode.DIRECT, 1)
        : Entry.NOT_ENTERED));
    assertThat(PlanOpenings.toScenario(replanned, plan.getCells())).extracting(Opening::id)
        .containsExactly("suzhou-direct-q1-2");
    assertThat(plan.getCells()).extracting(CellDecision::getId).hasSize(4);
  }

  static final Opening PINNED_BRANCH = new Opening("suzhou-branch", 1, "suzhou", List.of(), Mode.DIRECT,
      "small_direct", null, null, null, null, null, null, null, true);
  /** The desk template without its desk: a partner that only executes other sellers' three-no orders. */
  static final Opening SUBCONTRACTOR = new Opening("suzhou-sub", 1, "suzhou", List.of(), Mode.PARTNER, "desk", null,
      null, null, null, false, null, null, null);
  static final Opening WUXI_DESK = new Opening("wuxi-desk", 4, "wuxi", List.of(), Mode.PARTNER, "desk", null, null,
      null, null, null, null, null, null);

  @Test
  void pinnedOpeningsAndSubcontractorsAreKeptAsWrittenAndThePlanDecidesTheRest() throws Exception {
    Scenario scenario = Fixture.scenario().scenario().withExpansion(List.of(PINNED_BRANCH, SUBCONTRACTOR, WUXI_DESK));
    assertThat(PlanOpenings.kept(scenario)).containsExactly(PINNED_BRANCH, SUBCONTRACTOR);

    ExpansionPlan plan = ExpansionProblem.of(scenario, Fixture.surrogate(), null);
    for (CellDecision c : plan.getCells()) {
      if (c.region().equals("suzhou")) {
        // the pinned branch's cells: fixed, entered as the branch enters them, and not the plan's to open
        assertThat(c.isPinned()).isTrue();
        assertThat(c.getKeptBy()).isEqualTo("suzhou-branch");
        assertThat(c.getEntry()).isEqualTo(Entry.of(Mode.DIRECT, 1));
      } else {
        assertThat(c.isPinned()).isFalse();
        assertThat(c.getKeptBy()).isNull();
        c.setEntry(Entry.of(Mode.DIRECT, 2));
      }
    }
    List<Opening> openings = PlanOpenings.toScenario(scenario, plan.getCells());
    assertThat(openings).extracting(Opening::id).containsExactly("suzhou-branch", "suzhou-sub", "wuxi-direct-q2");
    assertThat(openings.subList(0, 2)).containsExactly(PINNED_BRANCH, SUBCONTRACTOR);
  }

  @Test
  void anOpeningOfAModeThePlannerDoesNotPlanIsKeptAndItsCellsAreLeftToIt() throws Exception {
    Scenario base = Fixture.scenario().scenario();
    Scenario directOnly = Fixture.withPlanning("    modes: [direct]\n").scenario().withExpansion(List.of(WUXI_DESK));
    assertThat(PlanOpenings.kept(directOnly)).containsExactly(WUXI_DESK);
    assertThat(PlanOpenings.kept(base.withExpansion(List.of(WUXI_DESK)))).isEmpty();
    ExpansionPlan plan = ExpansionProblem.of(directOnly, Fixture.surrogate(), null);
    assertThat(plan.getCells()).filteredOn(c -> c.region().equals("wuxi"))
        .allMatch(c -> c.isPinned() && "wuxi-desk".equals(c.getKeptBy()) && !c.isEntered());
  }
}
