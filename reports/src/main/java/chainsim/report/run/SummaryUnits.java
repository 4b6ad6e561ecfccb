package chainsim.report.run;

import chainsim.metrics.Unit;

/** The unit of each headline figure, from its name. */
final class SummaryUnits {
  private SummaryUnits() {}

  static Unit of(String key) {
    if (key.startsWith("cash_below") || key.equals("ltv_cac") || key.equals("opened")) {
      return Unit.RATIO;
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
