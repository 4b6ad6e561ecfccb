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

  @Test
  void findsTheOtherPublishedTestSolutionsFeasible() {
    // the organisers published these two without a validator report: feasible is what is known of them
    Path root = Inrc2Files.dir();
    for (String[] c : new String[][] {{"n005w4_1_5-3-1-0", "Solution_H_1-WD_5-3-1-0"},
        {"n005w4_2_6-7-8-9", "Solution_H_2-WD_6-7-8-9"}}) {
      Inrc2Instance instance = Inrc2Instance.load(root, c[0]);
      String[] weeks = c[0].split("_")[2].split("-");
      List<List<Assignment>> solutions = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        solutions.add(Inrc2TextReader.solution(root.resolve("n005w4/" + c[1] + "/Sol-n005w4-" + weeks[w] + "-" + w
            + ".txt"), instance.scenario()));
      }
      Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(),
          solutions);
      assertThat(cost.feasible()).as(c[0]).isTrue();
    }
  }

  @Test
  void countsEachHardRuleBroken() {
    // week 0 of the published solution with Patrick also on Tuesday Early as a Nurse after his Monday Night
    // (Night then Early is forbidden), Sara as HeadNurse (she is not one) and Patrick twice on Wednesday
    Inrc2Scenario scenario = Inrc2Files.scenario("n005w4");
    Inrc2History h0 = Inrc2Files.history("n005w4", scenario, 0);
    List<Inrc2WeekData> weeks = Inrc2Files.weeks("n005w4", scenario, 1);
    List<Assignment> week = new ArrayList<>(Inrc2TextReader.solution(Inrc2Files.dataset("n005w4")
        .resolve("Solution_H_0-WD_1-2-3-3/Sol-n005w4-1-0.txt"), scenario));
    week.add(new Assignment("Patrick", 1, "Early", "Nurse"));
    week.replaceAll(a -> a.nurse().equals("Sara") && a.day() == 3 ? new Assignment("Sara", 3, "Night", "HeadNurse") : a);
    week.add(new Assignment("Patrick", 2, "Late", "Nurse"));
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(scenario, h0, weeks, List.of(week));
    assertThat(cost.hard()).containsEntry(Inrc2Evaluator.ILLEGAL_SUCCESSION, 1)
        .containsEntry(Inrc2Evaluator.REQUIRED_SKILL, 1)
        .containsEntry(Inrc2Evaluator.SINGLE_ASSIGNMENT, 1);
    assertThat(cost.feasible()).isFalse();
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
