package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.scenario.Capital;
import chainsim.selling.EntityEvent;
import java.util.List;

/** The company's cash month by month, and the thresholds it crossed. */
final class CashHistory {
  private final Capital capital;
  private final double initial;
  private final double reserve;
  private final double terminalMultiple;
  private final double[] netFlow;
  private final double[] oneOff;
  private final double[] dividends;
  private double balance;
  private double min;
  private int firstBelowReserve = -1;
  private int firstBelowZero = -1;

  /** With the initial capital and terminal multiple this replication draws. */
  CashHistory(Capital capital, double initial, double terminalMultiple, int months) {
    this.capital = capital;
    this.initial = initial;
    this.reserve = initial * capital.reserveRatio();
    this.terminalMultiple = terminalMultiple;
    this.netFlow = new double[months + 1];
    this.oneOff = new double[months + 1];
    this.dividends = new double[months + 1];
    this.balance = initial;
    this.min = balance;
  }

  /** The reserve this replication keeps: the reserve ratio of its initial capital. */
  double reserve() {
    return reserve;
  }

  double balance() {
    return balance;
  }

  /**
   * Moves the month's net cash flow; {@code oneOffs} are the investments in it (stakes, fit-outs),
   * left out of the run-rate the terminal value is based on, and so are the stakes' dividends (the
   * stakes are valued at the horizon by their exit values).
   */
  void move(int month, Ledger company, double oneOffs, List<EntityEvent> events) {
    netFlow[month] = company.netCashFlow();
    oneOff[month] = oneOffs;
    dividends[month] = company.amount(Account.DIVIDENDS);
    balance += netFlow[month];
    min = Math.min(min, balance);
    if (firstBelowReserve < 0 && balance < reserve) {
      firstBelowReserve = month;
      events.add(new EntityEvent(month, "head-office", EntityEvent.CASH_BELOW_RESERVE,
          String.format(java.util.Locale.ROOT, "cash %.0f below reserve %.0f", balance, reserve)));
    }
    if (firstBelowZero < 0 && balance < 0) {
      firstBelowZero = month;
      events.add(new EntityEvent(month, "head-office", EntityEvent.CASH_BELOW_ZERO,
          String.format(java.util.Locale.ROOT, "cash %.0f below zero", balance)));
    }
  }

  /**
   * A restart's observed cash: the balance now, the balance at the end of each past month
   * {@code 1..k} (which set the minimum and the first months below the reserve and zero) and the
   * past net flows the NPV discounts (NaN: keep the replayed month's).
   */
  void restore(double now, double[] pastBalance, double[] pastNetFlow) {
    min = initial;
    firstBelowReserve = -1;
    firstBelowZero = -1;
    for (int m = 1; m <= pastBalance.length; m++) {
      if (!Double.isNaN(pastNetFlow[m - 1])) {
        netFlow[m] = pastNetFlow[m - 1];
      }
      double b = pastBalance[m - 1];
      min = Math.min(min, b);
      if (firstBelowReserve < 0 && b < reserve) {
        firstBelowReserve = m;
      }
      if (firstBelowZero < 0 && b < 0) {
        firstBelowZero = m;
      }
    }
    balance = now;
    min = Math.min(min, balance);
  }

  /** The net cash flow of each month {@code 1..k}. */
  double[] netFlows(int k) {
    return java.util.Arrays.copyOfRange(netFlow, 1, k + 1);
  }

  double min() {
    return min;
  }

  boolean belowReserve() {
    return firstBelowReserve > 0;
  }

  boolean belowZero() {
    return firstBelowZero > 0;
  }

  /**
   * Net present value of the monthly cash flows, plus a terminal value on the last year's run-rate
   * and {@code extraTerminalValue} (the stakes' exit values), both discounted from the horizon.
   */
  double npv(double extraTerminalValue) {
    int months = netFlow.length - 1;
    double monthlyRate = Math.pow(1.0 + capital.discountRateAnnual(), 1.0 / 12.0) - 1.0;
    double npv = 0;
    for (int m = 1; m <= months; m++) {
      npv += netFlow[m] / Math.pow(1.0 + monthlyRate, m);
    }
    return npv + (terminalValue() + extraTerminalValue) / Math.pow(1.0 + monthlyRate, months);
  }

  /**
   * The terminal multiple times the last twelve months' cash flow of the company's own operations:
   * before one-off investments, and without the stakes' dividends, which their exit values stand
   * for (platform fees stay: they are the company's own service income, outside a stake's profit).
   */
  double terminalValue() {
    int months = netFlow.length - 1;
    double runRate = 0;
    for (int m = Math.max(1, months - 11); m <= months; m++) {
      runRate += netFlow[m] + oneOff[m] - dividends[m];
    }
    return terminalMultiple * Math.max(0.0, runRate);
  }

  /** The first month whose trailing window of company cash flow is positive, or -1. */
  int positiveMonth(int trailingMonths) {
    for (int m = trailingMonths; m < netFlow.length; m++) {
      double sum = 0;
      for (int k = m - trailingMonths + 1; k <= m; k++) {
        sum += netFlow[k];
      }
      if (sum > 0) {
        return m;
      }
    }
    return -1;
  }

  double initial() {
    return initial;
  }
}
