package chainsim.branch;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.scenario.Commission;

/**
 * Pay = base + performance + commission (the single-salesperson capability). Performance pay is
 * paid in proportion to the branch's attainment of its sales target; commission is tiered by
 * signed revenue per consultant, and with {@code next_month} this month's tier sets next
 * month's rate.
 */
final class PayPolicy {
  private final Commission commission;
  /** Each tier's rate as this replication draws it. */
  private final double[] tierRates;
  private final double performancePayRatio;
  private final double salesTargetPerConsultant;
  private double rate;
  /** Last month's commission on new clients' first orders. */
  private double acquisitionCommission;
  /** Last month's performance pay as a share of base pay. */
  private double performanceShare;

  /** @param tierRates each tier's rate as the replication draws it */
  PayPolicy(Commission commission, double[] tierRates, double performancePayRatio, double salesTargetPerConsultant) {
    this.commission = commission;
    this.tierRates = tierRates.clone();
    this.performancePayRatio = performancePayRatio;
    this.salesTargetPerConsultant = salesTargetPerConsultant;
    // a new branch starts at the rate of the scenario's first-month tier (the first tier by default)
    this.rate = tierRates.length == 0 ? 0.0 : tierRates[Math.min(commission.firstMonthTier(), tierRates.length) - 1];
  }

  /** The rate of the tier a month's signed revenue per consultant reaches. */
  private double rateFor(double revenuePerConsultant) {
    int tier = commission.tierFor(revenuePerConsultant);
    return tier < 0 ? 0.0 : tierRates[tier];
  }

  /** The commission rate that will apply to next month's sales. */
  double currentRate() {
    return rate;
  }

  /**
   * Pays the month and returns what acquiring clients cost: sales base pay, its performance pay,
   * and the commission on new clients' first orders ({@code firstOrderRevenue}). Commission on
   * repeat and cross-sell orders is paid too, but it is a cost of serving clients, not of winning them.
   */
  double pay(Workforce staff, double signedRevenue, double firstOrderRevenue, Ledger ledger) {
    double base = staff.basePayroll();
    ledger.spend(Account.PAYROLL_BASE, base);
    int sellers = staff.salesHeadcount();
    double perConsultant = sellers == 0 ? 0 : signedRevenue / sellers;
    double attainment =
        salesTargetPerConsultant <= 0 ? 1.0 : Math.min(1.0, perConsultant / salesTargetPerConsultant);
    double performance = performancePayRatio * base * attainment;
    ledger.spend(Account.PAYROLL_PERFORMANCE, performance);
    double earned = rateFor(perConsultant);
    double paidRate = commission.nextMonth() ? rate : earned;
    double paid = paidRate * signedRevenue;
    ledger.spend(Account.COMMISSION, paid);
    rate = earned;
    acquisitionCommission = paidRate * Math.min(firstOrderRevenue, signedRevenue);
    performanceShare = base <= 0 ? 0 : performance / base;
    double salesBase = 0;
    for (int line = 0; line < staff.lineCount(); line++) {
      if (staff.sells(line)) {
        salesBase += staff.basePay(line) * staff.headcount(line);
      }
    }
    double salesShare = base <= 0 ? 0 : salesBase / base;
    return salesBase + performance * salesShare + acquisitionCommission;
  }

  /** The commission on new clients' first orders in the last {@link #pay}. */
  double acquisitionCommission() {
    return acquisitionCommission;
  }

  /** The last {@link #pay}'s performance pay as a share of base pay. */
  double performanceShare() {
    return performanceShare;
  }
}
