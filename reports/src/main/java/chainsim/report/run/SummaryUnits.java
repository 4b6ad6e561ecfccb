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
    if (key.equals("ltv_exits")) {
      return Unit.COUNT;
    }
    if (key.endsWith("_month") || key.endsWith("_months")) {
      return Unit.MONTH;
    }
    if (key.startsWith("clients") || key.startsWith("milestones") || key.startsWith("openings")) {
      return Unit.COUNT;
    }
    return Unit.CNY;
  }
}
