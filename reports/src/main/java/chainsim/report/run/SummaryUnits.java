package chainsim.report.run;

import chainsim.metrics.Unit;

/** The unit of each headline figure, from its name. */
final class SummaryUnits {
  private SummaryUnits() {}

  static Unit of(String key) {
    if (key.startsWith("cash_below") || key.equals("ltv_cac") || key.equals("opened") || key.equals("ltv_margin")
        || key.equals("ltv_few_exits") || key.equals("ltv_cac_healthy")) {
      return Unit.RATIO;
    }
    if (key.equals("ltv_exits") || key.equals("ltv_lifetime_months")) {
      return Unit.COUNT; // a number of clients, a length in months (not a month of the horizon)
    }
    // client success and the churn early warning: shares, counts and a lead in months
    if (key.endsWith("_rate") || key.startsWith("milestone_") || key.equals("churn_warning_recall")
        || key.equals("churn_warning_precision")) {
      return Unit.RATIO;
    }
    if (key.startsWith("churn_warning") || key.endsWith("_months")) {
      return Unit.COUNT;
    }
    if (key.endsWith("_month")) {
      return Unit.MONTH;
    }
    if (key.startsWith("clients") || key.startsWith("milestones") || key.startsWith("openings")) {
      return Unit.COUNT;
    }
    return Unit.CNY;
  }
}
