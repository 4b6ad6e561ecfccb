package chainsim.staffing.domain;

/**
 * The planning window and the rules and prices every line shares. Money is yuan as {@code double}
 * (as in the simulator); months are the scenario's 1-based month indices.
 */
public final class StaffingRules {
  private final int firstMonth;
  private final int months;
  private final int noticeMonths;
  private final int minTenureMonthsForTransfer;
  private final double transferCost;
  private final double poolCostPerHour;
  private final double unmetPenaltyPerHour;
  private final double changePenaltyPerPerson;
  private final Double payrollBudgetPerMonth;
  private final double[] cashHeadroom;
  private final Memo<Object[], ChainTimeline> chains = new Memo<>(Memo::sameElements);

  /**
   * @param payrollBudgetPerMonth the direct branches' payroll budget per month, null for none
   * @param cashHeadroom per window month, how far the forecast cash (at the low quantile the
   *     service level implies) stays above the reserve: what the plan may spend beyond the
   *     forecast's own staffing before it breaks the reserve
   */
  public StaffingRules(int firstMonth, int months, int noticeMonths, int minTenureMonthsForTransfer,
      double transferCost, double poolCostPerHour, double unmetPenaltyPerHour, double changePenaltyPerPerson,
      Double payrollBudgetPerMonth, double[] cashHeadroom) {
    if (cashHeadroom.length != months) {
      throw new IllegalArgumentException("cash headroom for " + cashHeadroom.length + " months, window of " + months);
    }
    this.firstMonth = firstMonth;
    this.months = months;
    this.noticeMonths = noticeMonths;
    this.minTenureMonthsForTransfer = minTenureMonthsForTransfer;
    this.transferCost = transferCost;
    this.poolCostPerHour = poolCostPerHour;
    this.unmetPenaltyPerHour = unmetPenaltyPerHour;
    this.changePenaltyPerPerson = changePenaltyPerPerson;
    this.payrollBudgetPerMonth = payrollBudgetPerMonth;
    this.cashHeadroom = cashHeadroom.clone();
  }

  public int firstMonth() {
    return firstMonth;
  }

  public int months() {
    return months;
  }

  public int lastMonth() {
    return firstMonth + months - 1;
  }

  /** Position of a month in the window's arrays. */
  public int index(int month) {
    return month - firstMonth;
  }

  public int noticeMonths() {
    return noticeMonths;
  }

  public int minTenureMonthsForTransfer() {
    return minTenureMonthsForTransfer;
  }

  public double transferCost() {
    return transferCost;
  }

  public double poolCostPerHour() {
    return poolCostPerHour;
  }

  public double unmetPenaltyPerHour() {
    return unmetPenaltyPerHour;
  }

  public double changePenaltyPerPerson() {
    return changePenaltyPerPerson;
  }

  public Double payrollBudgetPerMonth() {
    return payrollBudgetPerMonth;
  }

  public double cashHeadroom(int index) {
    return cashHeadroom[index];
  }

  /** Chain timelines recently built, by their branches' timelines. */
  Memo<Object[], ChainTimeline> chains() {
    return chains;
  }

  /** The emergency pool is worth using only when an hour of it costs less than an hour left undone. */
  public boolean poolPays() {
    return poolCostPerHour < unmetPenaltyPerHour;
  }
}
