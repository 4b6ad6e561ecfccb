package chainsim.staffing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A branch month by month: its lines together with the people the plan does not set, against its
 * seats and training capacity, and the work left over for the emergency pool (partners or
 * temporary staff) and beyond it. Immutable.
 */
public final class BranchTimeline {
  private final Branch branch;
  private final List<LineTimeline> lines;
  private final int[] committed;
  private final int[] starts;
  private final double[] shortfallHours;
  private final double[] poolHours;
  private final double[] unmetHours;
  private final double[] payroll;
  private final double[] extraCost;

  private BranchTimeline(Branch branch, List<LineTimeline> lines) {
    this.branch = branch;
    this.lines = List.copyOf(lines);
    int months = branch.rules().months();
    committed = new int[months];
    starts = new int[months];
    shortfallHours = new double[months];
    poolHours = new double[months];
    unmetHours = new double[months];
    payroll = new double[months];
    extraCost = new double[months];
    StaffingRules rules = branch.rules();
    for (int i = 0; i < months; i++) {
      committed[i] = branch.otherHeadcount(i);
      payroll[i] = branch.otherPayroll(i);
      for (LineTimeline t : this.lines) {
        committed[i] += t.committed(i);
        starts[i] += t.hires(i);
        shortfallHours[i] += t.shortfallHours(i);
        payroll[i] += t.payroll(i);
        extraCost[i] += t.extraPayroll(i) + t.movingCost(i);
      }
      poolHours[i] = rules.poolPays() ? Math.min(shortfallHours[i], branch.poolHoursPerMonth()) : 0.0;
      unmetHours[i] = shortfallHours[i] - poolHours[i];
      extraCost[i] += poolHours[i] * rules.poolCostPerHour();
    }
  }

  /** The branch's timeline from its lines' (in line order, so sums do not depend on arrival order). */
  public static BranchTimeline of(Branch branch, Collection<LineTimeline> lines) {
    List<LineTimeline> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingInt(t -> t.line().index()));
    Object[] key = sorted.toArray();
    BranchTimeline known = branch.timelines().get(key);
    if (known != null) {
      return known;
    }
    BranchTimeline t = new BranchTimeline(branch, sorted);
    branch.timelines().put(key, t);
    return t;
  }

  public Branch branch() {
    return branch;
  }

  public List<LineTimeline> lines() {
    return lines;
  }

  public int months() {
    return committed.length;
  }

  /** People on board or hired and waiting to start, all roles. */
  public int committed(int i) {
    return committed[i];
  }

  /** New hires starting (and to be trained). */
  public int starts(int i) {
    return starts[i];
  }

  public double poolHours(int i) {
    return poolHours[i];
  }

  public double unmetHours(int i) {
    return unmetHours[i];
  }

  public double payroll(int i) {
    return payroll[i];
  }

  /** Cash the plan spends in a month beyond what the forecast's own staffing did. */
  public double extraCost(int i) {
    return extraCost[i];
  }

  public int seatsExceeded(int i) {
    return Math.max(0, committed[i] - branch.seats());
  }

  public int trainingExceeded(int i) {
    return Math.max(0, starts[i] - branch.trainingCapacityPerMonth());
  }

  public int totalSeatsExceeded() {
    int sum = 0;
    for (int i = 0; i < months(); i++) {
      sum += seatsExceeded(i);
    }
    return sum;
  }

  public int totalTrainingExceeded() {
    int sum = 0;
    for (int i = 0; i < months(); i++) {
      sum += trainingExceeded(i);
    }
    return sum;
  }

  public double totalPoolHours() {
    double sum = 0;
    for (double h : poolHours) {
      sum += h;
    }
    return sum;
  }

  public double totalUnmetHours() {
    double sum = 0;
    for (double h : unmetHours) {
      sum += h;
    }
    return sum;
  }
}
