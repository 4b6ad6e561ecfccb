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
 */
final class EquityStake {
  private final double investment;
  private final double profitShare;
  private final double feeRate;
  private final double payout;
  private final int everyMonths;
  private final double exitMultiple;
  private final double[] profitAfterFee;
  private double undistributed;
  private int openedMonth;

  EquityStake(EquityTemplate template, Opening opening, ParameterDraws draws, int months) {
    this.investment = draws.value(opening.investment() != null ? opening.investment() : template.investment());
    double stake = draws.value(opening.stake() != null ? opening.stake() : template.stake());
    // the company's share of profit is its stake's unless the deal says otherwise (an opening's stake overrides both)
    this.profitShare = opening.stake() != null || template.profitShare() == null ? stake
        : draws.value(template.profitShare());
    this.feeRate = draws.value(template.platformFeeRate());
    this.payout = draws.value(template.dividendPayoutRatio());
    this.everyMonths = template.dividendEveryMonths();
    this.exitMultiple = draws.value(template.exitMultiple());
    this.profitAfterFee = new double[months + 1];
  }

  double investment() {
    return investment;
  }

  /** The stake is bought: cash out, not a cost. Returns the company's cash flow. */
  double open(int month, Ledger headOffice) {
    openedMonth = month;
    headOffice.disburse(investment);
    return -investment;
  }

  /** Fees and, at the end of a dividend period, dividends. Returns the company's cash flow. */
  double month(int month, EntityMonth channel, Ledger headOffice) {
    double fee = feeRate * channel.ledger().amount(Account.REVENUE);
    headOffice.earn(Account.PLATFORM_FEES, fee);
    double profit = channel.ledger().profit() - fee;
    profitAfterFee[month] = profit;
    undistributed += profit;
    double dividend = 0;
    if ((month - openedMonth + 1) % everyMonths == 0 && undistributed > 0) {
      dividend = payout * profitShare * undistributed;
      headOffice.earn(Account.DIVIDENDS, dividend);
      undistributed = 0; // what is not paid out is retained by the local firm
    }
    return fee + dividend;
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
