package chainsim.accounting;

/** Cash due in future months (receivables): what an entity will collect, by month. */
public final class CashSchedule {
  private final double[] due;

  public CashSchedule(int months) {
    this.due = new double[months + 2];
  }

  /** Schedules an amount for a month; amounts due after the horizon are never collected in it. */
  public void add(int month, double amount) {
    if (month < due.length) {
      due[month] += amount;
    }
  }

  /** Takes what falls due in a month. */
  public double take(int month) {
    double amount = due[month];
    due[month] = 0;
    return amount;
  }

  /** What falls due in a month (0 past the schedule's end). */
  public double due(int month) {
    return month < due.length ? due[month] : 0.0;
  }

  /** Replaces what falls due in a month (a restart's receivables); ignored past the schedule's end. */
  public void set(int month, double amount) {
    if (month < due.length) {
      due[month] = amount;
    }
  }

  /** The last month the schedule holds. */
  public int lastMonth() {
    return due.length - 1;
  }

  /** What is still due from a month on. */
  public double outstandingFrom(int month) {
    double sum = 0;
    for (int m = month; m < due.length; m++) {
      sum += due[m];
    }
    return sum;
  }
}
