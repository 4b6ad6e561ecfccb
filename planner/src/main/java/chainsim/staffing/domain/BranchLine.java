package chainsim.staffing.domain;

/**
 * One line of a branch's service staff: a role and a skill. Holds what the line is without any
 * new move (the baseline team, month by month), what it costs, how fast new people become
 * productive, and the workload it must cover.
 */
public final class BranchLine {
  private final int index;
  private final Branch branch;
  private final String role;
  private final String skill;
  private final double monthlyPay;
  private final double hiringCost;
  private final double releaseCost;
  private final double productiveHoursPerPerson;
  private final int rampUpMonths;
  private final int hiringLagMonths;
  private final int[] baselineHeadcount;
  private final double[] baselineFte;
  private final int[] baselineTenured;
  private final double[] demandHours;
  private final Memo<int[], LineTimeline> timelines = new Memo<>(java.util.Arrays::equals);

  /**
   * @param index position in the plan's lines (a stable order for sums)
   * @param monthlyPay base plus performance pay of one person, wage index applied
   * @param releaseCost severance of one release
   * @param productiveHoursPerPerson delivery hours a fully productive person gives a month, after
   *     complaint handling and the expected gaps attrition leaves before a replacement is up to speed
   * @param baselineHeadcount people on the line per window month before any new move
   * @param baselineFte the same people weighted by their ramp-up
   * @param baselineTenured those of them long enough in the branch to transfer
   * @param demandHours delivery hours to cover per window month (the service-level quantile)
   */
  public BranchLine(int index, Branch branch, String role, String skill, double monthlyPay, double hiringCost,
      double releaseCost, double productiveHoursPerPerson, int rampUpMonths, int hiringLagMonths,
      int[] baselineHeadcount, double[] baselineFte, int[] baselineTenured, double[] demandHours) {
    int months = branch.rules().months();
    if (baselineHeadcount.length != months || baselineFte.length != months || baselineTenured.length != months
        || demandHours.length != months) {
      throw new IllegalArgumentException("line " + branch.id() + "/" + skill + ": arrays must cover the " + months
          + "-month window");
    }
    this.index = index;
    this.branch = branch;
    this.role = role;
    this.skill = skill;
    this.monthlyPay = monthlyPay;
    this.hiringCost = hiringCost;
    this.releaseCost = releaseCost;
    this.productiveHoursPerPerson = productiveHoursPerPerson;
    this.rampUpMonths = rampUpMonths;
    this.hiringLagMonths = hiringLagMonths;
    this.baselineHeadcount = baselineHeadcount.clone();
    this.baselineFte = baselineFte.clone();
    this.baselineTenured = baselineTenured.clone();
    this.demandHours = demandHours.clone();
  }

  public int index() {
    return index;
  }

  public Branch branch() {
    return branch;
  }

  public StaffingRules rules() {
    return branch.rules();
  }

  public String role() {
    return role;
  }

  public String skill() {
    return skill;
  }

  public String id() {
    return branch.id() + "/" + role + "/" + skill;
  }

  public double monthlyPay() {
    return monthlyPay;
  }

  public double hiringCost() {
    return hiringCost;
  }

  public double releaseCost() {
    return releaseCost;
  }

  public double productiveHoursPerPerson() {
    return productiveHoursPerPerson;
  }

  public int rampUpMonths() {
    return rampUpMonths;
  }

  public int hiringLagMonths() {
    return hiringLagMonths;
  }

  /**
   * Output of a new hire in their k-th month (k = 1 on the start date): linear ramp-up, as in the
   * simulator's workforce: k / (ramp-up months + 1) until fully productive.
   */
  public double rampFactor(int k) {
    return k <= 0 ? 0.0 : Math.min(1.0, k / (rampUpMonths + 1.0));
  }

  public int baselineHeadcount(int index) {
    return baselineHeadcount[index];
  }

  public double baselineFte(int index) {
    return baselineFte[index];
  }

  public int baselineTenured(int index) {
    return baselineTenured[index];
  }

  public double demandHours(int index) {
    return demandHours[index];
  }

  /** Timelines recently built for this line, by its moves. */
  Memo<int[], LineTimeline> timelines() {
    return timelines;
  }

  /** Whether people of this line may transfer here from another line. */
  public boolean canReceiveFrom(BranchLine source) {
    return source != this && source.branch != branch && branch.direct() && source.branch.direct()
        && role.equals(source.role) && skill.equals(source.skill) && branch.canReceiveFrom(source.branch);
  }

  @Override
  public String toString() {
    return id();
  }
}
