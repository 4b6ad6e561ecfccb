package chainsim.roster.inrc2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The competition's multi-stage process: each week solved seeing only its own demand and the
 * history the weeks before left (as the competition's simulator builds it), then the whole horizon
 * scored by {@link Inrc2Evaluator}.
 */
public final class WeeklyRun {

  /** The weeks' assignments, the history before each week (and after the last), the cost. */
  public record Result(List<List<Assignment>> weeks, List<Inrc2History> histories, Inrc2Evaluator.Cost cost,
      long steps) {
  }

  private WeeklyRun() {
  }

  /**
   * @param budget the search budget of week w (0 first)
   * @param seed the first week's seed; week w uses {@code seed + w}
   */
  public static Result run(Inrc2Instance instance, IntFunction<WeekSolver.Budget> budget, long seed) {
    Inrc2History history = instance.initial();
    List<Inrc2History> histories = new ArrayList<>(List.of(history));
    List<List<Assignment>> weeks = new ArrayList<>();
    long steps = 0;
    for (int w = 0; w < instance.weeks().size(); w++) {
      WeekSolver.Result week = WeekSolver.solve(instance.scenario(), history, instance.weeks().get(w), w,
          budget.apply(w), seed + w);
      weeks.add(week.assignments());
      steps += week.steps();
      history = next(instance.scenario(), history, week.assignments());
      histories.add(history);
    }
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(),
        weeks);
    return new Result(List.copyOf(weeks), List.copyOf(histories), cost, steps);
  }

  /**
   * The offline reference: the whole horizon solved at once by the same search, seeing every week's
   * data from the start (which the competition does not allow), with {@code budget} for all of it.
   * Tells how much of the week-by-week cost is the horizon seen a week at a time and how much the
   * search.
   */
  public static Result runWhole(Inrc2Instance instance, WeekSolver.Budget budget, long seed) {
    WeekSolver.Result all = WeekSolver.solveSpan(instance.scenario(), instance.initial(), instance.weeks(), 0, budget,
        seed);
    List<List<Assignment>> weeks = byWeek(all.assignments(), instance.weeks().size());
    Inrc2History history = instance.initial();
    List<Inrc2History> histories = new ArrayList<>(List.of(history));
    for (List<Assignment> week : weeks) {
      history = next(instance.scenario(), history, week);
      histories.add(history);
    }
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(),
        weeks);
    return new Result(List.copyOf(weeks), List.copyOf(histories), cost, all.steps());
  }

  /** Assignments over days 0 to {@code 7 weeks - 1} split into weeks, each with days 0 to 6. */
  static List<List<Assignment>> byWeek(List<Assignment> span, int weeks) {
    List<List<Assignment>> out = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      List<Assignment> week = new ArrayList<>();
      for (Assignment a : span) {
        if (a.day() / 7 == w) {
          week.add(new Assignment(a.nurse(), a.day() % 7, a.shift(), a.skill()));
        }
      }
      out.add(List.copyOf(week));
    }
    return List.copyOf(out);
  }

  /** The history after a week: each nurse's carried over by {@link NurseHistory#after}. */
  public static Inrc2History next(Inrc2Scenario scenario, Inrc2History before, List<Assignment> week) {
    Map<String, String[]> lines = new LinkedHashMap<>();
    scenario.nurses().forEach(n -> lines.put(n.id(), new String[7]));
    for (Assignment a : week) {
      lines.get(a.nurse())[a.day()] = a.shift();
    }
    Map<String, NurseHistory> after = new LinkedHashMap<>();
    lines.forEach((nurse, line) -> after.put(nurse, before.of(nurse).after(line)));
    return new Inrc2History(before.week() + 1, before.scenarioId(), after);
  }
}
