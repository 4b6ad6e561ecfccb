package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.planning.Cancellation;
import chainsim.scenario.LoadedScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search stops when more time cannot help: a small space is enumerated, a larger one is
 * searched with restarts, and an unimproved time limit ends it early.
 */
class PlanSearchTest {
  @TempDir static Path cache;

  /** The fixture with eight quarters: 3 modes x 8 quarters + 1 = 25 decisions a cell, 25^4 = 390,625 plans. */
  static LoadedScenario eightQuarters() throws Exception {
    String text = Files.readString(Fixture.FILE).replace("    quarters: 4\n", "    quarters: 8\n");
    return chainsim.scenario.ScenarioLoader.load(text, Fixture.FILE);
  }

  @Test
  void aSpaceOfAtMostTheLimitIsEnumeratedWhateverTheMoves() throws Exception {
    // four cells, 13 decisions each: 28,561 plans, under the 50,000 limit
    ExpansionPlanner.Result o = ExpansionPlanner.plan(Fixture.scenario(),
        new ExpansionPlanner.Request(null, 10L, cache, 2, 0), new ExpansionPlanner.Listener() {},
        new Cancellation());
    assertThat(o.solve().stoppedBy()).isEqualTo("enumerated");
    // every pass scores every plan; a pass that learns nothing new is the last
    assertThat(o.solve().enumerated()).isPositive().matches(n -> n % 28_561 == 0);
    assertThat(o.solve().restarts()).isZero();
  }

  @Test
  void aLargerSpaceIsSearchedWithRestartsFromRuinedPlansWithinTheMoves() throws Exception {
    ExpansionPlanner.Result o = ExpansionPlanner.plan(eightQuarters(),
        new ExpansionPlanner.Request(null, 6_000L, cache, 2, 0), new ExpansionPlanner.Listener() {},
        new Cancellation());
    assertThat(o.solve().enumerated()).isZero();
    assertThat(o.solve().stoppedBy()).isEqualTo("moves");
    assertThat(o.solve().rounds() + o.solve().restarts()).isEqualTo(PlanSearch.MOVE_ROUNDS + PlanSearch.MOVE_RESTARTS);
    assertThat(o.solve().restarts()).isGreaterThanOrEqualTo(PlanSearch.MOVE_RESTARTS);
    // never worse than greedy on the surrogate
    assertThat(o.planner().score()).isGreaterThanOrEqualTo(o.greedy().score());
  }

  @Test
  void theUnimprovedTimeLimitEndsTheSearchLongBeforeItsTimeLimit() throws Exception {
    long t0 = System.nanoTime();
    ExpansionPlanner.Result o = ExpansionPlanner.plan(eightQuarters(),
        new ExpansionPlanner.Request(Duration.ofSeconds(120), null, cache, 2, 0, true, true, Duration.ofSeconds(1)),
        new ExpansionPlanner.Listener() {}, new Cancellation());
    assertThat(o.solve().stoppedBy()).isEqualTo("unimproved time");
    assertThat(o.solve().millis()).isLessThan(60_000);
    assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(100).toNanos());
  }
}
