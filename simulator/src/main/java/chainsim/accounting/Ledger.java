package chainsim.accounting;

/**
 * One entity's books for one month: the P&L by account, and cash in and out. Methods say which
 * of the two an event touches, so a test can check cash change = inflows - outflows.
 */
public final class Ledger {
  private final double[] pnl = new double[Account.COUNT];
  private double cashIn;
  private double cashOut;

  /** A cost paid this month: in the P&L and out of cash. */
  public void spend(Account account, double amount) {
    pnl[account.ordinal()] += amount;
    cashOut += amount;
  }

  /** Income received this month: in the P&L and into cash. */
  public void earn(Account account, double amount) {
    pnl[account.ordinal()] += amount;
    cashIn += amount;
  }

  /** Income or cost in the P&L whose cash moves in another month. */
  public void accrue(Account account, double amount) {
    pnl[account.ordinal()] += amount;
  }

  /** Cash received for income booked in another month (prepayments, receivables). */
  public void collect(double amount) {
    cashIn += amount;
  }

  /** Cash paid that is not a P&L cost (an investment, a refund of a prepayment). */
  public void disburse(double amount) {
    cashOut += amount;
  }

  public double amount(Account account) {
    return pnl[account.ordinal()];
  }

  public double cashIn() {
    return cashIn;
  }

  public double cashOut() {
    return cashOut;
  }

  public double netCashFlow() {
    return cashIn - cashOut;
  }

  /** Income accounts less cost accounts. */
  public double profit() {
    double profit = 0;
    for (Account a : Account.values()) {
      profit += a.isCost() ? -pnl[a.ordinal()] : pnl[a.ordinal()];
    }
    return profit;
  }

  /** Revenue less variable costs. */
  public double contribution() {
    double c = pnl[Account.REVENUE.ordinal()];
    for (Account a : Account.values()) {
      if (a.kind() == Account.Kind.VARIABLE) {
        c -= pnl[a.ordinal()];
      }
    }
    return c;
  }

  /** A copy of the P&L by account ordinal. */
  public double[] pnl() {
    return pnl.clone();
  }

  /** Adds another ledger into this one (consolidation). */
  public void add(Ledger other) {
    for (int i = 0; i < pnl.length; i++) {
      pnl[i] += other.pnl[i];
    }
    cashIn += other.cashIn;
    cashOut += other.cashOut;
  }
}
