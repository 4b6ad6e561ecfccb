package chainsim.roster.inrc2;

import chainsim.roster.inrc2.Inrc2Scenario.Contract;
import chainsim.roster.inrc2.Inrc2Scenario.Nurse;
import chainsim.roster.inrc2.Inrc2WeekData.Requirement;
import chainsim.roster.inrc2.Inrc2WeekData.ShiftOffRequest;
import java.util.List;

/**
 * One week to roster, in arrays: what the week asks for, each nurse's history, and what the weeks
 * after it will still judge. Its {@link #nurseCost} and {@link #coverCost} are the solver's score;
 * the validator's week cost (section 2.5.1) plus a share of the horizon's totals:
 *
 * <ul>
 *   <li>total shifts and working weekends are only judged at the horizon's end; before it, week
 *       {@code w} of {@code W} is held to {@code (w+1)/W} of the contract's range of shifts, at the
 *       same weight, so no week leaves the later ones an impossible remainder; a weekend costs
 *       what {@link #weekendsCost} says: in full over the allowance, within it by the share of the
 *       allowance already used;
 *   <li>a run still going on Sunday is not judged against its minimum (the next week continues
 *       it), as the validator does.
 * </ul>
 * Every hard rule broken (a minimum cover short, a forbidden succession, with the history's last
 * shift too) costs {@link #HARD}.
 */
final class WeekProblem {

  static final double HARD = 10_000;

  final Inrc2Scenario scenario;
  final int nurses;
  final int shifts;
  final int skills;
  /** Days of the span: 7 for one week, 7 W for the whole horizon at once. */
  final int days;
  final List<Nurse> nurseList;
  final int[][] nurseSkills;
  final int[][][] minimum;
  final int[][][] optimal;
  final boolean[][] dayOffWanted;
  final boolean[][][] shiftOffWanted;
  final boolean[][] forbidden;
  final NurseHistory[] history;
  final int[] historyShift;
  final double share;
  final boolean lastWeek;

  WeekProblem(Inrc2Scenario scenario, Inrc2History before, Inrc2WeekData week, int weekIndex) {
    this(scenario, before, List.of(week), weekIndex);
  }

  /**
   * A span of consecutive weeks from {@code weekIndex}: one week for the competition's process, all
   * of them at once for the offline reference (which sees every week's data; not the competition's
   * rules).
   */
  WeekProblem(Inrc2Scenario scenario, Inrc2History before, List<Inrc2WeekData> span, int weekIndex) {
    this.scenario = scenario;
    this.days = 7 * span.size();
    this.nurseList = scenario.nurses();
    this.nurses = nurseList.size();
    this.shifts = scenario.shiftTypes().size();
    this.skills = scenario.skills().size();
    nurseSkills = new int[nurses][];
    history = new NurseHistory[nurses];
    historyShift = new int[nurses];
    dayOffWanted = new boolean[nurses][days];
    shiftOffWanted = new boolean[nurses][shifts][days];
    for (int i = 0; i < nurses; i++) {
      Nurse n = nurseList.get(i);
      nurseSkills[i] = n.skills().stream().mapToInt(s -> scenario.skills().indexOf(s)).toArray();
      history[i] = before.of(n.id());
      historyShift[i] = history[i].lastShift() == null ? -1 : scenario.shiftIndex(history[i].lastShift());
    }
    minimum = new int[shifts][skills][days];
    optimal = new int[shifts][skills][days];
    for (int w = 0; w < span.size(); w++) {
      for (Requirement r : span.get(w).requirements()) {
        int s = scenario.shiftIndex(r.shift());
        int k = scenario.skills().indexOf(r.skill());
        System.arraycopy(r.minimum(), 0, minimum[s][k], 7 * w, 7);
        System.arraycopy(r.optimal(), 0, optimal[s][k], 7 * w, 7);
      }
      for (ShiftOffRequest r : span.get(w).requests()) {
        int i = indexOfNurse(r.nurse());
        if (r.shift() == null) {
          dayOffWanted[i][7 * w + r.day()] = true;
        } else {
          shiftOffWanted[i][scenario.shiftIndex(r.shift())][7 * w + r.day()] = true;
        }
      }
    }
    forbidden = new boolean[shifts][shifts];
    for (int a = 0; a < shifts; a++) {
      for (int b = 0; b < shifts; b++) {
        forbidden[a][b] = !scenario.allowed(scenario.shiftTypes().get(a).id(), scenario.shiftTypes().get(b).id());
      }
    }
    share = (weekIndex + span.size()) / (double) scenario.weeks();
    lastWeek = weekIndex + span.size() >= scenario.weeks();
  }

  int indexOfNurse(String id) {
    for (int i = 0; i < nurses; i++) {
      if (nurseList.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown nurse " + id);
  }

  /** The cost of nurse i's week: {@code line[d]} the shift index worked on day d, -1 off. */
  double nurseCost(int i, int[] line) {
    NurseHistory h = history[i];
    Contract c = scenario.contractOf(nurseList.get(i));
    double cost = 0;
    int previous = historyShift[i];
    int worked = 0;
    for (int d = 0; d < days; d++) {
      int s = line[d];
      if (s >= 0) {
        worked++;
        if (previous >= 0 && forbidden[previous][s]) {
          cost += HARD;
        }
        if (dayOffWanted[i][d] || shiftOffWanted[i][s][d]) {
          cost += Inrc2Evaluator.W_PREFERENCE;
        }
      }
      previous = s;
    }
    int weekendsWorked = 0;
    for (int w = 5; w < days; w += 7) {
      boolean sat = line[w] >= 0;
      boolean sun = line[w + 1] >= 0;
      if (c.completeWeekends() && sat != sun) {
        cost += Inrc2Evaluator.W_COMPLETE_WEEKEND;
      }
      weekendsWorked += sat || sun ? 1 : 0;
    }
    cost += Inrc2Evaluator.W_CONSECUTIVE_WORK * runs(line, -2, h.consecutiveWorkDays(), c.minConsecutiveWork(),
        c.maxConsecutiveWork());
    cost += Inrc2Evaluator.W_CONSECUTIVE_OFF * runs(line, -1, h.consecutiveDaysOff(), c.minConsecutiveOff(),
        c.maxConsecutiveOff());
    for (int s = 0; s < shifts; s++) {
      Inrc2Scenario.ShiftType t = scenario.shiftTypes().get(s);
      cost += Inrc2Evaluator.W_CONSECUTIVE_SHIFT * runs(line, s, historyShift[i] == s ? h.consecutiveSameShift() : 0,
          t.minConsecutive(), t.maxConsecutive());
    }
    double total = h.assignments() + worked;
    double low = c.minTotal() * share;
    double high = c.maxTotal() * share;
    cost += Inrc2Evaluator.W_TOTAL_ASSIGNMENTS * (Math.max(0, low - total) + Math.max(0, total - high));
    cost += weekendsCost(c.maxWorkingWeekends(), h.workingWeekends(), weekendsWorked, lastWeek);
    return cost;
  }

  /**
   * Days short of the minimum and over the maximum in the runs of days matching {@code what}: -2
   * any shift, -1 a day off, else that shift index; {@code history} days of the run before Monday.
   * A run reaching Sunday is not judged against its minimum.
   */
  private static int runs(int[] line, int what, int history, int min, int max) {
    int cost = 0;
    int run = history;
    int already = Math.max(0, history - max);
    for (int d = 0; d < line.length; d++) {
      int s = line[d];
      boolean in = what == -2 ? s >= 0 : s == what;
      if (in) {
        run++;
        continue;
      }
      if (run > 0) {
        cost += Math.max(0, run - max) - already + Math.max(0, min - run);
      }
      run = 0;
      already = 0;
    }
    if (run > 0) {
      cost += Math.max(0, run - max) - already;
    }
    return cost;
  }

  /**
   * What working {@code worked} weekends of the span costs a nurse whose contract allows {@code max}
   * over the horizon and who has worked {@code before} so far. Over the allowance a weekend costs
   * the rule's weight (30), as the horizon's end will charge it. Before the last week every weekend
   * worked costs that weight once more times the share of the allowance already used
   * ({@code before / max}, at most 1): free to a nurse with none used, 15 to one with 1 of 2, 60 to
   * one already at her maximum (30 now and, as she has shown she is needed at weekends, likely 30
   * again later). Weekends go first to the nurses with most of their allowance left, whichever
   * the contract. (The pro-rata share {@code (w+1)/W} of the allowance it replaces charged a nurse
   * allowed one weekend 22.5 for her first in week 0 and one allowed two 15, so full-timers took the
   * early weekends, ran past their maximum later and the others' allowances went unused.)
   */
  static double weekendsCost(int max, int before, int worked, boolean lastWeek) {
    double cost = Inrc2Evaluator.W_WORKING_WEEKENDS * Math.max(0, before + worked - max);
    if (!lastWeek) {
      cost += Inrc2Evaluator.W_WORKING_WEEKENDS * Math.min(1.0, before / (double) Math.max(1, max)) * worked;
    }
    return cost;
  }

  /** The cost of one cover cell with {@code count} nurses on it. */
  double coverCost(int s, int k, int d, int count) {
    return HARD * Math.max(0, minimum[s][k][d] - count)
        + Inrc2Evaluator.W_OPTIMAL_COVER * Math.max(0, optimal[s][k][d] - count);
  }
}
