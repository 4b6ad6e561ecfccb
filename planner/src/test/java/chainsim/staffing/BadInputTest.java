package chainsim.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.planning.Cancellation;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that cannot be planned is refused with a message saying what to fix; input that is valid
 * but asks for more than can be met gives a plan that says which rules it breaks and why.
 */
class BadInputTest {
  private static Scenario delta(String from, String to) throws Exception {
    String yaml = Files.readString(PlanFixtures.path("delta.yaml")).replace(from, to);
    return ScenarioLoader.load(yaml, PlanFixtures.path("delta.yaml")).scenario();
  }

  @Test
  void aWindowPastTheHorizonIsRefused() throws Exception {
    Scenario s = delta("    first_month: 7\n", "    first_month: 10\n");
    assertThatThrownBy(() -> StaffingPlanner.plan(s, PlanFixtures.request(MovesFile.empty()),
        new StaffingPlanner.Listener() {}, Cancellation.none()))
        .isInstanceOf(StaffingInputException.class)
        .hasMessage("the planning window, months 10 to 13 (first_month 10, window_months 4), must lie within the"
            + " horizon of 12 months");
  }

  @Test
  void aWindowWithNoBranchOpenIsRefused() throws Exception {
    Scenario s = delta("    first_month: 7\n", "    first_month: 1\n").withExpansion(
        delta("", "").expansion().stream().filter(o -> o.id().equals("nj-equity") || o.id().equals("hz-partner"))
            .toList());
    assertThatThrownBy(() -> StaffingPlanner.plan(s, PlanFixtures.request(MovesFile.empty()),
        new StaffingPlanner.Listener() {}, Cancellation.none()))
        .isInstanceOf(StaffingInputException.class)
        .hasMessage("nothing to plan: no direct branch or equity channel opens by month 4");
  }

  @Test
  void aPreviousPlanOfAnotherScenarioIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(MovesFile.NAME),
        MovesFile.HEADER + "\nbj-direct,service,tax,7,1,0,0,\n");
    MovesFile other = MovesFile.read(dir);
    assertThatThrownBy(() -> StaffingPlanner.plan(delta("", ""), PlanFixtures.request(other),
        new StaffingPlanner.Listener() {}, Cancellation.none()))
        .isInstanceOf(StaffingInputException.class)
        .hasMessageContaining("previous plan: branch 'bj-direct' is not a direct branch or equity channel");
  }

  @Test
  void aMalformedPreviousPlanIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(MovesFile.NAME), MovesFile.HEADER + "\nhz-direct,service,tax,7,-1,0,0,\n");
    assertThatThrownBy(() -> MovesFile.read(dir))
        .isInstanceOf(StaffingInputException.class)
        .hasMessageEndingWith("staffing-moves.csv:2: negative count -1");
    assertThatThrownBy(() -> MovesFile.read(dir.resolve("nowhere")))
        .isInstanceOf(StaffingInputException.class)
        .hasMessageStartingWith("previous plan: cannot read");
  }

  @Test
  void aBudgetBelowTheCurrentPayrollGivesAPlanThatSaysWhatItBreaks() throws Exception {
    // the two direct branches pay about 250,000 a month before any move: no plan fits 150,000
    Scenario s = delta("    first_month: 7\n", "    first_month: 7\n    payroll_budget_per_month: 150000\n");
    StaffingResult result = StaffingPlanner.plan(s, PlanFixtures.request(MovesFile.empty()),
        new StaffingPlanner.Listener() {}, Cancellation.none());
    assertThat(result.feasible()).isFalse();
    assertThat(result.broken()).isNotEmpty().allSatisfy(b -> {
      assertThat(b.constraint()).isEqualTo("payroll within budget");
      assertThat(b.why()).contains("for a budget of 150,000 yuan");
    });
    // it still does what it can: people are let go where the notice period allows
    assertThat(result.total(StaffingResult.LineRow::releases)).isPositive();
  }
}
