package chainsim.headoffice;

import chainsim.world.EntitySpec;

/**
 * One branch or channel's history as the head office sees it: when it opened, its own operating
 * cash flow (for break-even and the one-year gate) and the company's cash flow from it (for
 * payback).
 */
final class EntityTrack {
  final EntitySpec spec;
  int openedMonth = -1;
  boolean skipped;
  /** The event type of the last reason reported for a waiting opening (each change is reported once). */
  String blockNoted;
  /** Months of operating cash flow summed to judge whether a branch is cash-flow positive. */
  private final int trailingMonths;
  private final double[] ownCashFlow;
  private double companyCumulative;
  int breakevenMonth = -1;
  int paybackMonth = -1;

  EntityTrack(EntitySpec spec, int months, int trailingMonths) {
    this.spec = spec;
    this.trailingMonths = trailingMonths;
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
    // break-even: the first month the trailing window of own cash flow is positive (the one-year
    // gate's first_positive_within rule reads the same month)
    if (breakevenMonth < 0 && age(month) >= trailingMonths && trailing(month) > 0) {
      breakevenMonth = age(month);
    }
    if (paybackMonth < 0 && companyCumulative >= 0 && company != 0) {
      paybackMonth = age(month);
    }
  }

  double companyCumulative() {
    return companyCumulative;
  }

  /** Whether the branch had broken even by the end of a month. */
  boolean brokeEvenBy(int month) {
    return breakevenMonth > 0 && breakevenMonth <= age(month);
  }

  /** Own operating cash flow over the trailing window up to a month. */
  double trailing(int month) {
    double sum = 0;
    for (int m = Math.max(openedMonth, month - trailingMonths + 1); m <= month; m++) {
      sum += ownCashFlow[m];
    }
    return sum;
  }
}
