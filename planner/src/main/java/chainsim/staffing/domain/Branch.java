package chainsim.staffing.domain;

import java.util.Set;

/**
 * A direct branch or an equity channel's local firm (an entity of the expansion plan with its own
 * staff) as the plan sees it: its office, how many people it can train, its emergency pool, and
 * the people of the roles the plan does not set (manager, sales, support), who hold seats and
 * draw pay all the same.
 */
public final class Branch {
  private final String id;
  private final boolean direct;
  private final String region;
  private final Set<String> transferRegions;
  private final int openingMonth;
  private final int seats;
  private final int trainingCapacityPerMonth;
  private final double poolHoursPerMonth;
  private final int[] otherHeadcount;
  private final double[] otherPayroll;
  private final StaffingRules rules;
  private final Memo<Object[], BranchTimeline> timelines = new Memo<>(Memo::sameElements);

  /**
   * @param direct a direct branch (staff the company employs) rather than an equity channel's
   *     local firm (its own staff: no transfers, not the company's payroll or cash)
   * @param transferRegions its own region and its neighbours: where people may transfer from
   * @param otherHeadcount people of the roles the plan does not set, per window month
   * @param otherPayroll their monthly pay, per window month
   */
  public Branch(String id, boolean direct, String region, Set<String> transferRegions, int openingMonth, int seats,
      int trainingCapacityPerMonth, double poolHoursPerMonth, int[] otherHeadcount, double[] otherPayroll,
      StaffingRules rules) {
    this.id = id;
    this.direct = direct;
    this.region = region;
    this.transferRegions = Set.copyOf(transferRegions);
    this.openingMonth = openingMonth;
    this.seats = seats;
    this.trainingCapacityPerMonth = trainingCapacityPerMonth;
    this.poolHoursPerMonth = poolHoursPerMonth;
    this.otherHeadcount = otherHeadcount.clone();
    this.otherPayroll = otherPayroll.clone();
    this.rules = rules;
  }

  public String id() {
    return id;
  }

  public boolean direct() {
    return direct;
  }

  public String region() {
    return region;
  }

  /** Whether people may transfer here from a branch in that region (same region or a neighbour). */
  public boolean canReceiveFrom(Branch source) {
    return transferRegions.contains(source.region);
  }

  public int openingMonth() {
    return openingMonth;
  }

  /**
   * The first month the plan can act in the branch: the window's first month, or the month after
   * the opening (the team it opens with is the template's).
   */
  public int firstDecisionMonth() {
    return Math.max(rules.firstMonth(), openingMonth + 1);
  }

  public int seats() {
    return seats;
  }

  public int trainingCapacityPerMonth() {
    return trainingCapacityPerMonth;
  }

  public double poolHoursPerMonth() {
    return poolHoursPerMonth;
  }

  public int otherHeadcount(int index) {
    return otherHeadcount[index];
  }

  public double otherPayroll(int index) {
    return otherPayroll[index];
  }

  public StaffingRules rules() {
    return rules;
  }

  /** Timelines recently built for this branch, by its lines' timelines. */
  Memo<Object[], BranchTimeline> timelines() {
    return timelines;
  }

  @Override
  public String toString() {
    return id;
  }
}
