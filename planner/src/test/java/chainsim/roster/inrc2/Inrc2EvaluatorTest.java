package chainsim.roster.inrc2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator against the competition's validator: the n005w4 test solution the organisers
 * published with the validator's report (benchmarks/roster/inrc2/n005w4/Solution_H_0-WD_1-2-3-3/
 * validator.txt), constraint by constraint, and hand-computed border cases of the rule definitions
 * (appendix B of the problem description).
 */
class Inrc2EvaluatorTest {

  private static final String[] DAYS_OF = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  @Test
  void scoresThePublishedTestSolutionExactlyAsTheValidatorReportsIt() {
    Inrc2Scenario scenario = Inrc2Files.scenario("n005w4");
    Inrc2History h0 = Inrc2Files.history("n005w4", scenario, 0);
    List<Inrc2WeekData> weeks = Inrc2Files.weeks("n005w4", scenario, 1, 2, 3, 3);
    Path dir = Inrc2Files.dataset("n005w4").resolve("Solution_H_0-WD_1-2-3-3");
    List<List<Assignment>> solutions = new ArrayList<>();
    String[] files = {"Sol-n005w4-1-0.txt", "Sol-n005w4-2-1.txt", "Sol-n005w4-3-2.txt", "Sol-n005w4-3-3.txt"};
    for (String f : files) {
      solutions.add(Inrc2TextReader.solution(dir.resolve(f), scenario));
    }
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(scenario, h0, weeks, solutions);

    Map<String, Integer> validator = new LinkedHashMap<>();
    validator.put("Total assignment constraints", 320);
    validator.put("Consecutive constraints", 465);
    validator.put("Non working days constraints", 330);
    validator.put("Preferences", 70);
    validator.put("Max working weekend", 210);
    validator.put("Complete weekends", 60);
    validator.put("Optimal coverage constraints", 240);
    assertThat(cost.soft()).containsExactlyEntriesOf(validator);
    assertThat(cost.total()).isEqualTo(1695);
    assertThat(cost.feasible()).isTrue();
  }

  // ---- the border rules of appendix B, on one nurse ------------------------------------------

  @Test
  void aRunContinuingTheHistoryCountsItsHistoryDaysButNotTheirExcessAgain() {
    // max 3 consecutive working days: history 5 already (2 over, counted last week), works Mon then off: 1 more
    assertThat(Inrc2Evaluator.runs(line("E", null, null, null, null, null, null), d -> d == 0, 5, 1, 3)).isEqualTo(1);
    // history 2, works Mon Tue Wed: a run of 5, 2 over
    assertThat(Inrc2Evaluator.runs(line("E", "E", "E", null, null, null, null), d -> d < 3, 2, 1, 3)).isEqualTo(2);
  }

  @Test
  void aShortRunCostsWhenItEndsInsideTheHorizonButNotAtItsEnd() {
    // min 3: history 1 day worked, off on Monday: 2 short (table 7, c = 1)
    assertThat(Inrc2Evaluator.runs(line(null, null, null, null, null, null, null), d -> false, 1, 3, 9)).isEqualTo(2);
    // min 3: works Tue only (1 short), then Sat Sun at the horizon's end (not counted)
    String[] l = line(null, "E", null, null, null, "E", "E");
    assertThat(Inrc2Evaluator.runs(l, d -> l[d] != null, 0, 3, 9)).isEqualTo(2);
  }

  private static String[] line(String... shifts) {
    assertThat(shifts).hasSize(DAYS_OF.length);
    return shifts;
  }
}
