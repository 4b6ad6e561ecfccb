package chainsim.headoffice;

import chainsim.world.EntitySpec;

/**
 * One branch or channel's history as the head office sees it: when it opened, its own operating
 * cash flow (for break-even and the one-year gate) and the company's cash flow from it (for
 * payback).
 */
final class EntityTrack {
  /** Months of operating cash flow summed to judge whether a branch is cash-flow positive. */
  static final int TRAILING_MONTHS = 3;

  final EntitySpec spec;
  int openedMonth = -1;
  boolean skipped;
  boolean blockNoted;
  private final double[] ownCashFlow;
  private double companyCumulative;
  int breakevenMonth = -1;
  int paybackMonth = -1;

  EntityTrack(EntitySpec spec, int months) {
    this.spec = spec;
    this.ownCashFlow = new double[months + 1];
  }

  boolean open() {
    return openedMonth > 0;
  }

  /** Months since opening, 1 in the opening month. */
  int age(int month) {
    return month - openedMonth + 1;
  }

  void record(int month, double own, double company) {
    ownCashFlow[month] = own;
    companyCumulative += company;
    if (breakevenMonth < 0 && age(month) >= TRAILING_MONTHS && trailing(month) > 0) {
      breakevenMonth = age(month);
    }
    if (paybackMonth < 0 && companyCumulative >= 0 && company != 0) {
      paybackMonth = age(month);
    }
  }

  double companyCumulative() {
    return companyCumulative;
  }

  /** Own operating cash flow over the last three months up to a month. */
  double trailing(int month) {
    double sum = 0;
    for (int m = Math.max(openedMonth, month - TRAILING_MONTHS + 1); m <= month; m++) {
      sum += ownCashFlow[m];
    }
    return sum;
  }
}
