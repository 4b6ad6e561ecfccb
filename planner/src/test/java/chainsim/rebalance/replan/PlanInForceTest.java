package chainsim.rebalance.replan;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.actuals.Actuals;
import chainsim.expansion.Fixture;
import chainsim.scenario.LoadedScenario;
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

class PlanInForceTest {
  private static Opening opening(String id, int month, String region, Mode mode, String template) {
    return new Opening(id, month, region, List.of(), mode, template, null, null, null, null, null, null, null, null);
  }

  /** A plan of three openings: open late (planned month 1, opened month 3), due within the commitment, and later. */
  private static Scenario plan() {
    Scenario s = Fixture.scenario().scenario();
    return s.withExpansion(List.of(
        opening("suzhou-direct", 1, "suzhou", Mode.DIRECT, "small_direct"),
        opening("wuxi-direct", 8, "wuxi", Mode.DIRECT, "small_direct"),
        opening("wuxi-direct-late", 13, "wuxi", Mode.DIRECT, "small_direct")));
  }

  private static Actuals openedSuzhouInMarch() {
    Actuals empty = Actuals.empty(YearMonth.of(2027, 6));
    return new Actuals(empty.asOf(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Actuals.Opening("suzhou-direct", Mode.DIRECT, "suzhou", YearMonth.of(2027, 3))), List.of(),
        List.of(), List.of());
  }

  @Test
  void openOpeningsArePinnedAtTheMonthTheyOpenedCommittedOnesNoEarlierThanNextMonthAndTheRestAreFree() {
    PlanInForce p = PlanInForce.of(plan(), openedSuzhouInMarch(), 3);
    assertThat(p.asOf()).isEqualTo(6);
    assertThat(p.firstQuarter()).isEqualTo(3); // month 7 is the first month of quarter 3
    assertThat(p.rows()).extracting(PlanInForce.Row::status).containsExactly(PlanInForce.Status.OPEN,
        PlanInForce.Status.COMMITTED, PlanInForce.Status.FREE);
    assertThat(p.openings()).extracting(Opening::month).containsExactly(3, 8, 13);
    assertThat(p.openings()).extracting(Opening::pinned).containsExactly(true, true, false);
  }

  @Test
  void anOpeningDueBeforeTheAsOfMonthButNotOpenIsCommittedFromTheNextMonth() {
    Scenario s = plan().withExpansion(List.of(opening("wuxi-direct", 4, "wuxi", Mode.DIRECT, "small_direct")));
    PlanInForce p = PlanInForce.of(s, openedSuzhouInMarch(), 0);
    assertThat(p.rows().get(0).status()).isEqualTo(PlanInForce.Status.COMMITTED);
    assertThat(p.openings().get(0).month()).isEqualTo(7);
  }

  @Test
  void theQuarterAfterAQuarterEndIsTheNextOne() {
    Actuals march = new Actuals(YearMonth.of(2027, 3), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(PlanInForce.of(plan(), march, 3).firstQuarter()).isEqualTo(2);
  }

  @Test
  void theOverlayLoadsToThePlanInForceWithItsPinsAndTheReplanSettings(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("two-cities.yaml");
    Files.copy(Fixture.FILE, base);
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    Scenario baseScenario = ScenarioLoader.load(base).scenario();
    PlanInForce p = PlanInForce.of(plan(), openedSuzhouInMarch(), 3);
    Path overlay = dir.resolve("replan.yaml");
    Files.writeString(overlay, p.overlay(baseScenario, "two-cities.yaml", "two-cities.yaml", "replan", List.of("test")));
    LoadedScenario loaded = ScenarioLoader.load(overlay);
    assertThat(loaded.scenario().expansion()).isEqualTo(p.openings());
    assertThat(loaded.scenario().planning().expansion().firstQuarter()).isEqualTo(3);
    assertThat(loaded.scenario().planning().expansion().previousPlan()).isEqualTo("two-cities.yaml");
  }

  @Test
  void changesAreMatchedByRegionAndModeAndNamed() {
    List<Opening> before = List.of(opening("suzhou-direct", 1, "suzhou", Mode.DIRECT, "small_direct"),
        opening("wuxi-direct", 8, "wuxi", Mode.DIRECT, "small_direct"),
        opening("wuxi-partner", 10, "wuxi", Mode.PARTNER, "p"));
    List<Opening> after = List.of(opening("suzhou-direct", 1, "suzhou", Mode.DIRECT, "small_direct"),
        opening("wuxi-direct-q4", 10, "wuxi", Mode.DIRECT, "small_direct"),
        opening("wuxi-equity-q5", 13, "wuxi", Mode.EQUITY, "e"));
    assertThat(PlanChanges.between(Fixture.scenario().scenario(), before, after)).extracting(c -> c.region() + " " + c.mode().key() + " " + c.kind().key())
        .containsExactly("suzhou direct kept", "wuxi direct moved", "wuxi equity added", "wuxi partner dropped");
  }
}
