package chainsim.staffing;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.Moves;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.domain.Transfer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Small staffing models built by hand for tests: a three-month window from month 1, one-month
 * notice, six months' tenure to transfer, round prices. Lines default to 10,000 yuan of pay, 100
 * productive hours a person, no ramp-up and no hiring lag, so effects can be followed by hand.
 */
public final class ModelFixtures {
  public static final int MONTHS = 3;

  private ModelFixtures() {}

  public static StaffingRules rules() {
    return rules(null, Double.POSITIVE_INFINITY);
  }

  public static StaffingRules rules(Double payrollBudget, double cashHeadroom) {
    double[] headroom = new double[MONTHS];
    Arrays.fill(headroom, cashHeadroom);
    return new StaffingRules(1, MONTHS, 1, 6, 10000, 400, 1500, 5000, payrollBudget, headroom);
  }

  public static Branch branch(StaffingRules rules, String id, String region, Set<String> neighbours, int seats,
      int training, double poolHours, int otherPeople) {
    int[] other = new int[MONTHS];
    Arrays.fill(other, otherPeople);
    double[] otherPay = new double[MONTHS];
    Arrays.fill(otherPay, otherPeople * 10000.0);
    java.util.Set<String> regions = new java.util.HashSet<>(neighbours);
    regions.add(region);
    return new Branch(id, true, region, regions, 0, seats, training, poolHours, other, otherPay, rules);
  }

  public static Branch branch(StaffingRules rules, String id) {
    return branch(rules, id, "hz", Set.of(), 100, 10, 320, 0);
  }

  public static Branch equity(StaffingRules rules, String id, String region) {
    int[] other = new int[MONTHS];
    double[] otherPay = new double[MONTHS];
    return new Branch(id, false, region, Set.of(region), 0, 100, 10, 320, other, otherPay, rules);
  }

  /** A line of {@code people} (all tenured, none ramping) with the same demand each month. */
  public static BranchLine line(int index, Branch branch, String skill, int people, double demandHours) {
    return line(index, branch, skill, people, people, demandHours, 0, 0);
  }

  public static BranchLine line(int index, Branch branch, String skill, int people, int tenured, double demandHours,
      int rampUpMonths, int hiringLagMonths) {
    int[] headcount = new int[MONTHS];
    double[] fte = new double[MONTHS];
    int[] tenure = new int[MONTHS];
    double[] demand = new double[MONTHS];
    Arrays.fill(headcount, people);
    Arrays.fill(fte, people);
    Arrays.fill(tenure, tenured);
    Arrays.fill(demand, demandHours);
    return new BranchLine(index, branch, "service", skill, 10000, 6000, 20000, 100, rampUpMonths, hiringLagMonths,
        headcount, fte, tenure, demand);
  }

  /** A line month with the given moves and no previous plan. */
  public static LineMonth month(BranchLine line, int month, int hires, int releases, Transfer transfer) {
    return month(line, month, null, false, hires, releases, transfer);
  }

  public static LineMonth month(BranchLine line, int month, Moves previous, boolean pinned, int hires, int releases,
      Transfer transfer) {
    return new LineMonth(line, month, pinned, previous, 4, 4, List.of()).withMoves(hires, releases, transfer);
  }

  /** Every month of a line with no moves. */
  public static LineMonth[] quiet(BranchLine line) {
    LineMonth[] months = new LineMonth[MONTHS];
    for (int m = 1; m <= MONTHS; m++) {
      months[m - 1] = month(line, m, 0, 0, null);
    }
    return months;
  }
}
