package chainsim.roster.inrc2;

import chainsim.roster.inrc2.Inrc2Scenario.Contract;
import chainsim.roster.inrc2.Inrc2Scenario.Nurse;
import chainsim.roster.inrc2.Inrc2WeekData.Requirement;
import chainsim.roster.inrc2.Inrc2WeekData.ShiftOffRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The INRC-II cost of a whole horizon, computed as the competition's validator does (Ceschia et al.
 * 2015, section 2.5 and appendix B): the weeks' solutions concatenated, their borders read with the
 * initial history, the totals checked at the end. Kept apart from {@link WeekSolver}, whose own
 * week score is checked against it in the tests.
 *
 * <p>Readings, each checked against the published validator output of the n005w4 test solution:
 * <ul>
 *   <li>a run (of days worked, days off, or days on one shift type) that continues the history's
 *       counts its history days too; its days over the maximum that were already over it in the
 *       history are not counted again;
 *   <li>a run shorter than the minimum costs when it ends inside the horizon (a history run ended by
 *       the first day included), never when it reaches the horizon's end;
 *   <li>a working weekend is one with Saturday or Sunday worked; complete weekends cost 30 when one
 *       of the two is worked;
 *   <li>weights: optimal cover 30 a nurse, consecutive shifts 15 a day, consecutive working days 30,
 *       consecutive days off 30, a request 10, incomplete weekend 30, total assignments 20 a shift,
 *       working weekends 30 each over the maximum.
 * </ul>
 */
public final class Inrc2Evaluator {

  /** The validator's report lines, in its order. */
  public static final String TOTAL_ASSIGNMENTS = "Total assignment constraints";
  public static final String CONSECUTIVE = "Consecutive constraints";
  public static final String NON_WORKING_DAYS = "Non working days constraints";
  public static final String PREFERENCES = "Preferences";
  public static final String MAX_WORKING_WEEKEND = "Max working weekend";
  public static final String COMPLETE_WEEKENDS = "Complete weekends";
  public static final String OPTIMAL_COVERAGE = "Optimal coverage constraints";

  public static final String MINIMAL_COVERAGE = "Minimal coverage constraints";
  public static final String REQUIRED_SKILL = "Required skill constraints";
  public static final String ILLEGAL_SUCCESSION = "Illegal shift type succession constraints";
  public static final String SINGLE_ASSIGNMENT = "Single assignment per day";

  /** Weights of the competition (section 2.5). */
  public static final int W_OPTIMAL_COVER = 30;
  public static final int W_CONSECUTIVE_SHIFT = 15;
  public static final int W_CONSECUTIVE_WORK = 30;
  public static final int W_CONSECUTIVE_OFF = 30;
  public static final int W_PREFERENCE = 10;
  public static final int W_COMPLETE_WEEKEND = 30;
  public static final int W_TOTAL_ASSIGNMENTS = 20;
  public static final int W_WORKING_WEEKENDS = 30;

  /** Hard violations and soft costs by the validator's names. */
  public record Cost(Map<String, Integer> hard, Map<String, Integer> soft) {
    public int total() {
      return soft.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int hardViolations() {
      return hard.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean feasible() {
      return hardViolations() == 0;
    }
  }

  private Inrc2Evaluator() {
  }

  /**
   * @param weeks the week data of each week, in order
   * @param solutions each week's assignments, in the same order
   */
  public static Cost evaluate(Inrc2Scenario scenario, Inrc2History initial, List<Inrc2WeekData> weeks,
      List<List<Assignment>> solutions) {
    if (weeks.size() != solutions.size()) {
      throw new IllegalArgumentException(weeks.size() + " weeks of data but " + solutions.size() + " solutions");
    }
    Map<String, Integer> hard = new LinkedHashMap<>();
    Map<String, Integer> soft = new LinkedHashMap<>();
    for (String k : List.of(MINIMAL_COVERAGE, REQUIRED_SKILL, ILLEGAL_SUCCESSION, SINGLE_ASSIGNMENT)) {
      hard.put(k, 0);
    }
    for (String k : List.of(TOTAL_ASSIGNMENTS, CONSECUTIVE, NON_WORKING_DAYS, PREFERENCES, MAX_WORKING_WEEKEND,
        COMPLETE_WEEKENDS, OPTIMAL_COVERAGE)) {
      soft.put(k, 0);
    }
    int days = 7 * weeks.size();
    Map<String, String[]> shifts = new HashMap<>();
    Map<String, Nurse> nurses = new HashMap<>();
    for (Nurse n : scenario.nurses()) {
      shifts.put(n.id(), new String[days]);
      nurses.put(n.id(), n);
    }
    for (int w = 0; w < weeks.size(); w++) {
      Map<String, Integer> covered = new HashMap<>();
      for (Assignment a : solutions.get(w)) {
        String[] line = shifts.get(a.nurse());
        int d = 7 * w + a.day();
        if (line[d] != null) {
          hard.merge(SINGLE_ASSIGNMENT, 1, Integer::sum);
          continue;
        }
        line[d] = a.shift();
        if (!nurses.get(a.nurse()).skills().contains(a.skill())) {
          hard.merge(REQUIRED_SKILL, 1, Integer::sum);
        }
        covered.merge(a.shift() + "/" + a.skill() + "/" + a.day(), 1, Integer::sum);
      }
      for (Requirement r : weeks.get(w).requirements()) {
        for (int d = 0; d < 7; d++) {
          int n = covered.getOrDefault(r.shift() + "/" + r.skill() + "/" + d, 0);
          hard.merge(MINIMAL_COVERAGE, Math.max(0, r.minimum()[d] - n), Integer::sum);
          soft.merge(OPTIMAL_COVERAGE, W_OPTIMAL_COVER * Math.max(0, r.optimal()[d] - n), Integer::sum);
        }
      }
      for (ShiftOffRequest r : weeks.get(w).requests()) {
        String worked = shifts.get(r.nurse())[7 * w + r.day()];
        if (worked != null && (r.shift() == null || r.shift().equals(worked))) {
          soft.merge(PREFERENCES, W_PREFERENCE, Integer::sum);
        }
      }
    }
    for (Nurse n : scenario.nurses()) {
      nurse(scenario, n, initial.of(n.id()), shifts.get(n.id()), hard, soft);
    }
    return new Cost(hard, soft);
  }

  private static void nurse(Inrc2Scenario scenario, Nurse nurse, NurseHistory h, String[] line,
      Map<String, Integer> hard, Map<String, Integer> soft) {
    Contract c = scenario.contractOf(nurse);
    int days = line.length;
    String previous = h.lastShift();
    int worked = 0;
    for (int d = 0; d < days; d++) {
      if (!scenario.allowed(previous, line[d])) {
        hard.merge(ILLEGAL_SUCCESSION, 1, Integer::sum);
      }
      previous = line[d];
      worked += line[d] == null ? 0 : 1;
    }
    int weekends = h.workingWeekends();
    int incomplete = 0;
    for (int w = 0; w < days / 7; w++) {
      boolean sat = line[7 * w + 5] != null;
      boolean sun = line[7 * w + 6] != null;
      weekends += sat || sun ? 1 : 0;
      incomplete += sat != sun ? 1 : 0;
    }
    if (c.completeWeekends()) {
      soft.merge(COMPLETE_WEEKENDS, W_COMPLETE_WEEKEND * incomplete, Integer::sum);
    }
    int total = h.assignments() + worked;
    soft.merge(TOTAL_ASSIGNMENTS, W_TOTAL_ASSIGNMENTS
        * (Math.max(0, c.minTotal() - total) + Math.max(0, total - c.maxTotal())), Integer::sum);
    soft.merge(MAX_WORKING_WEEKEND, W_WORKING_WEEKENDS * Math.max(0, weekends - c.maxWorkingWeekends()),
        Integer::sum);

    // runs of days worked and of days off
    int workCost = runs(line, d -> line[d] != null, h.consecutiveWorkDays(), c.minConsecutiveWork(),
        c.maxConsecutiveWork());
    int offCost = runs(line, d -> line[d] == null, h.consecutiveDaysOff(), c.minConsecutiveOff(),
        c.maxConsecutiveOff());
    int shiftCost = 0;
    for (Inrc2Scenario.ShiftType t : scenario.shiftTypes()) {
      int history = t.id().equals(h.lastShift()) ? h.consecutiveSameShift() : 0;
      shiftCost += runs(line, d -> t.id().equals(line[d]), history, t.minConsecutive(), t.maxConsecutive());
    }
    soft.merge(CONSECUTIVE, W_CONSECUTIVE_WORK * workCost + W_CONSECUTIVE_SHIFT * shiftCost, Integer::sum);
    soft.merge(NON_WORKING_DAYS, W_CONSECUTIVE_OFF * offCost, Integer::sum);
  }

  interface DayTest {
    boolean in(int day);
  }

  /**
   * Days short of the minimum plus days over the maximum, over the runs of days passing the test;
   * {@code history} days of a run before the first day.
   */
  static int runs(String[] line, DayTest test, int history, int min, int max) {
    int cost = 0;
    int run = history;
    boolean fromHistory = history > 0;
    for (int d = 0; d <= line.length; d++) {
      boolean inRun = d < line.length && test.in(d);
      if (inRun) {
        run++;
        continue;
      }
      if (run > 0) {
        int already = fromHistory ? Math.max(0, history - max) : 0;
        cost += Math.max(0, run - max) - already;
        if (d < line.length) {
          cost += Math.max(0, min - run);
        }
      }
      run = 0;
      fromHistory = false;
    }
    return cost;
  }
}
