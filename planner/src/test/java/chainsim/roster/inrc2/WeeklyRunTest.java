package chainsim.roster.inrc2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Week by week: the history carried from week to week is the simulator's, each week sees only its
 * own data, the solver's own week scores add up to the evaluator's cost, and the result is
 * reproducible from the seed under a step budget.
 */
class WeeklyRunTest {

  @Test
  void theHistoryAfterAWeekCarriesTheBorderAndTheTotals() {
    // 3 days worked before (2 of them Early), then Mon Early, Tue Early, Wed off, Sat Late, Sun Late
    NurseHistory before = new NurseHistory(10, 1, "Early", 2, 3, 0);
    NurseHistory after = before.after(new String[] {"Early", "Early", null, null, null, "Late", "Late"});
    assertThat(after).isEqualTo(new NurseHistory(14, 2, "Late", 2, 2, 0));
    // a week off from a working border: 7 days off, nothing worked, no weekend
    assertThat(before.after(new String[7])).isEqualTo(new NurseHistory(10, 1, null, 0, 0, 7));
    // a whole week of Early continuing the history's run of 2
    String[] early = {"Early", "Early", "Early", "Early", "Early", "Early", "Early"};
    assertThat(before.after(early)).isEqualTo(new NurseHistory(17, 2, "Early", 9, 10, 0));
  }

  @Test
  void thePublishedTestSolutionsHistoriesMatchTheirWeeks() {
    // the simulator's history after week 0 of the published n005w4 solution, from its first week
    Inrc2Scenario scenario = Inrc2Files.scenario("n005w4");
    Inrc2History h0 = Inrc2Files.history("n005w4", scenario, 0);
    List<Assignment> week0 = Inrc2TextReader.solution(Inrc2Files.dataset("n005w4")
        .resolve("Solution_H_0-WD_1-2-3-3/Sol-n005w4-1-0.txt"), scenario);
    Inrc2History h1 = WeeklyRun.next(scenario, h0, week0);
    // Patrick |N|-|E|E|E|L|L| : 6 shifts, a weekend, ends on 2 Lates, 5 days worked in a row
    assertThat(h1.of("Patrick")).isEqualTo(new NurseHistory(6, 1, "Late", 2, 5, 0));
    // Stefaan |N|N|N|N|-|-|- : 4 shifts, no weekend, 3 days off
    assertThat(h1.of("Stefaan")).isEqualTo(new NurseHistory(4, 0, null, 0, 0, 3));
    assertThat(h1.week()).isEqualTo(1);
  }

  @Test
  void solvesN005w4WeekByWeekFeasiblyAndReproducibly(@TempDir Path tmp) throws Exception {
    Inrc2Instance instance = Inrc2Instance.load(Inrc2Files.dir(), "n005w4_0_1-2-3-3");
    WeeklyRun.Result a = WeeklyRun.run(instance, w -> WeekSolver.Budget.ofSteps(20_000), 1);
    WeeklyRun.Result b = WeeklyRun.run(instance, w -> WeekSolver.Budget.ofSteps(20_000), 1);
    assertThat(a.cost().feasible()).isTrue();
    assertThat(a.weeks()).isEqualTo(b.weeks());
    assertThat(a.cost().total()).isEqualTo(b.cost().total());
    // the published test solution costs 1695; ours, seeing one week at a time, is in that range
    assertThat(a.cost().total()).isBetween(1000, 3000);

    // written in the competition's format and read back, the weeks score the same
    List<List<Assignment>> reread = new ArrayList<>();
    for (int w = 0; w < a.weeks().size(); w++) {
      Path file = tmp.resolve("sol-week" + w + ".txt");
      Files.writeString(file, Inrc2SolutionWriter.text(w, instance.scenario().id(), a.weeks().get(w)));
      reread.add(Inrc2TextReader.solution(file, instance.scenario()));
    }
    assertThat(Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(), reread))
        .isEqualTo(a.cost());
  }

  @Test
  void theSolversLastWeekScoreIsTheEvaluatorsCostOfThatWeek() {
    // In the last week the totals are judged exactly, so the solver's score of week 3 of the published
    // n005w4 solution must be the evaluator's cost of the four weeks less that of the first three
    // (without the totals, which only the horizon's end judges).
    Inrc2Scenario scenario = Inrc2Files.scenario("n005w4");
    Inrc2History h0 = Inrc2Files.history("n005w4", scenario, 0);
    List<Inrc2WeekData> weeks = Inrc2Files.weeks("n005w4", scenario, 1, 2, 3, 3);
    Path dir = Inrc2Files.dataset("n005w4").resolve("Solution_H_0-WD_1-2-3-3");
    List<List<Assignment>> sols = new ArrayList<>();
    Inrc2History history = h0;
    for (String f : new String[] {"Sol-n005w4-1-0.txt", "Sol-n005w4-2-1.txt", "Sol-n005w4-3-2.txt",
        "Sol-n005w4-3-3.txt"}) {
      sols.add(Inrc2TextReader.solution(dir.resolve(f), scenario));
      if (sols.size() < 4) {
        history = WeeklyRun.next(scenario, history, sols.get(sols.size() - 1));
      }
    }
    Inrc2Evaluator.Cost all = Inrc2Evaluator.evaluate(scenario, h0, weeks, sols);
    Inrc2Evaluator.Cost first3 = Inrc2Evaluator.evaluate(scenario, h0, weeks.subList(0, 3), sols.subList(0, 3));
    int first3WithoutTotals = first3.total() - first3.soft().get(Inrc2Evaluator.TOTAL_ASSIGNMENTS)
        - first3.soft().get(Inrc2Evaluator.MAX_WORKING_WEEKEND);
    double lastWeek = WeekSolver.score(scenario, history, weeks.get(3), 3, sols.get(3));
    assertThat(lastWeek).isEqualTo(all.total() - first3WithoutTotals);
  }

  @Test
  void theSolversIncrementalScoreIsItsScoreComputedAfresh() {
    Inrc2Instance instance = Inrc2Instance.load(Inrc2Files.dir(), "n005w4_0_1-2-3-3");
    WeekSolver.Result week = WeekSolver.solve(instance.scenario(), instance.initial(), instance.weeks().get(0), 0,
        WeekSolver.Budget.ofSteps(10_000), 5);
    double fresh = WeekSolver.score(instance.scenario(), instance.initial(), instance.weeks().get(0), 0,
        week.assignments());
    assertThat(week.score()).isCloseTo(fresh, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aWeekendCostsTheShareOfTheAllowanceUsedBeforeTheLastWeekAndTheOverrunAlways() {
    // allowance 2: the first weekend free, the second 30 x 1/2, a third 30 over it and 30 x 2/2
    assertThat(WeekProblem.weekendsCost(2, 0, 1, false)).isEqualTo(0.0);
    assertThat(WeekProblem.weekendsCost(2, 1, 1, false)).isEqualTo(15.0);
    assertThat(WeekProblem.weekendsCost(2, 2, 1, false)).isEqualTo(60.0);
    // allowance 1 unused: free, whatever the week (the pro-rata share charged 22.5 in week 0)
    assertThat(WeekProblem.weekendsCost(1, 0, 1, false)).isEqualTo(0.0);
    // a weekend off costs nothing, even over the allowance already (the overrun is the past weeks')
    assertThat(WeekProblem.weekendsCost(2, 3, 0, false)).isEqualTo(30.0);
    assertThat(WeekProblem.weekendsCost(2, 2, 0, false)).isEqualTo(0.0);
    // the last week is the validator's: only the overrun
    assertThat(WeekProblem.weekendsCost(2, 1, 1, true)).isEqualTo(0.0);
    assertThat(WeekProblem.weekendsCost(2, 2, 1, true)).isEqualTo(30.0);
    // no weekend allowed: each one is over it, and nothing is used of it
    assertThat(WeekProblem.weekendsCost(0, 0, 1, false)).isEqualTo(30.0);
  }

  @Test
  void theWholeHorizonAtOnceScoresAsTheEvaluatorDoes() {
    // the offline reference solves the four weeks as one span from the initial history; the span reaches
    // the horizon's end, so its score is the validator's cost of the four weeks
    Inrc2Instance instance = Inrc2Instance.load(Inrc2Files.dir(), "n005w4_0_1-2-3-3");
    WeekSolver.Result all = WeekSolver.solveSpan(instance.scenario(), instance.initial(), instance.weeks(), 0,
        WeekSolver.Budget.ofSteps(40_000), 3);
    List<List<Assignment>> weeks = WeeklyRun.byWeek(all.assignments(), 4);
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(),
        weeks);
    assertThat(cost.feasible()).isTrue();
    assertThat(all.score()).isEqualTo(cost.total());
    assertThat(weeks.stream().mapToInt(List::size).sum()).isEqualTo(all.assignments().size());
    assertThat(WeeklyRun.runWhole(instance, WeekSolver.Budget.ofSteps(40_000), 3).cost()).isEqualTo(cost);

    // and the published test solution, read as one span, scores its validator total
    Path dir = Inrc2Files.dataset("n005w4").resolve("Solution_H_0-WD_1-2-3-3");
    List<Assignment> span = new ArrayList<>();
    String[] files = {"Sol-n005w4-1-0.txt", "Sol-n005w4-2-1.txt", "Sol-n005w4-3-2.txt", "Sol-n005w4-3-3.txt"};
    for (int w = 0; w < 4; w++) {
      for (Assignment a : Inrc2TextReader.solution(dir.resolve(files[w]), instance.scenario())) {
        span.add(new Assignment(a.nurse(), 7 * w + a.day(), a.shift(), a.skill()));
      }
    }
    assertThat(WeekSolver.scoreSpan(instance.scenario(), instance.initial(), instance.weeks(), span))
        .isEqualTo(1695.0);
  }
}
