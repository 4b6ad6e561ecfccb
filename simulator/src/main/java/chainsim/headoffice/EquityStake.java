package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.random.ParameterDraws;
import chainsim.scenario.EquityTemplate;
import chainsim.scenario.Opening;
import chainsim.selling.EntityMonth;

/**
 * The company's side of an equity channel: it pays for the stake, earns a platform fee on the
 * local firm's revenue every month, and its share of the profit as dividends every few months.
 * The local firm keeps its clients and staff; none of its own cash is the company's.
 *
 * <p>Dividends are paid out of the local firm's cash, never beyond it: the firm starts with the
 * part of the company's investment paid into it ({@code paid_in_share}, a capital increase) and
 * accumulates its own net cash flow after the platform fee and the dividends it paid. A dividend
 * period's distributable profit (payout ratio times the profit retained since the last payment)
 * is paid to every owner as far as that cash goes; what cash could not cover stays retained and
 * is distributable at the next payment date.
 */
final class EquityStake {
  private final double investment;
  private final double profitShare;
  private final double feeRate;
  private final double payout;
  private final int everyMonths;
  private final double exitMultiple;
  private final double paidInShare;
  private final double[] profitAfterFee;
  private double undistributed;
  private double localCash;
  private int openedMonth;

  EquityStake(EquityTemplate template, Opening opening, ParameterDraws draws, int months) {
    this(draws.value(opening.investment() != null ? opening.investment() : template.investment()),
        profitShare(template, opening, draws), draws.value(template.platformFeeRate()),
        draws.value(template.dividendPayoutRatio()), template.dividendEveryMonths(),
        draws.value(template.exitMultiple()), template.paidInShare(), months);
  }

  /** The deal's terms as this replication draws them. */
  EquityStake(double investment, double profitShare, double feeRate, double payout, int everyMonths,
      double exitMultiple, double paidInShare, int months) {
    this.investment = investment;
    this.profitShare = profitShare;
    this.feeRate = feeRate;
    this.payout = payout;
    this.everyMonths = everyMonths;
    this.exitMultiple = exitMultiple;
    this.paidInShare = paidInShare;
    this.profitAfterFee = new double[months + 1];
  }

  private static double profitShare(EquityTemplate template, Opening opening, ParameterDraws draws) {
    double stake = draws.value(opening.stake() != null ? opening.stake() : template.stake());
    // the company's share of profit is its stake's unless the deal says otherwise (an opening's stake overrides both)
    return opening.stake() != null || template.profitShare() == null ? stake : draws.value(template.profitShare());
  }

  double investment() {
    return investment;
  }

  /** The stake is bought: cash out, not a cost. Returns the company's cash flow. */
  double open(int month, Ledger headOffice) {
    openedMonth = month;
    localCash = paidInShare * investment;
    headOffice.disburse(investment);
    return -investment;
  }

  /** Fees and, at the end of a dividend period, dividends. Returns the company's cash flow. */
  double month(int month, EntityMonth channel, Ledger headOffice) {
    return month(month, channel.ledger(), headOffice);
  }

  /** The same, from the local firm's month's books. */
  double month(int month, Ledger local, Ledger headOffice) {
    double fee = feeRate * local.amount(Account.REVENUE);
    headOffice.earn(Account.PLATFORM_FEES, fee);
    double profit = local.profit() - fee;
    profitAfterFee[month] = profit;
    undistributed += profit;
    localCash += local.netCashFlow() - fee;
    double dividend = 0;
    if ((month - openedMonth + 1) % everyMonths == 0 && undistributed > 0) {
      // every owner is paid out of the local firm's cash, and no further than it goes
      double declared = payout * undistributed;
      double paid = Math.min(declared, Math.max(0.0, localCash));
      localCash -= paid;
      dividend = profitShare * paid;
      headOffice.earn(Account.DIVIDENDS, dividend);
      // what is not paid out is retained by the local firm; what cash could not cover stays distributable
      undistributed = declared <= 0 ? 0 : (declared - paid) / payout;
    }
    return fee + dividend;
  }

  /** The local firm's cash: the investment paid into it, its own net cash flow after fees, less dividends paid. */
  double localCash() {
    return localCash;
  }

  /** The platform fee the local firm pays, part of its own costs. */
  double fee(EntityMonth channel) {
    return feeRate * channel.ledger().amount(Account.REVENUE);
  }

  /** What the stake is worth at the horizon: a multiple of the company's share of the last year's profit. */
  double exitValue(int lastMonth) {
    double lastYear = 0;
    for (int m = Math.max(1, lastMonth - 11); m <= lastMonth; m++) {
      lastYear += profitAfterFee[m];
    }
    return Math.max(0.0, exitMultiple * profitShare * lastYear);
  }
}
