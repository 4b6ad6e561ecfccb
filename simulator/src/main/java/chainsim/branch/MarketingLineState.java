package chainsim.branch;

import chainsim.random.Param;
import chainsim.scenario.MarketingLine;

/**
 * A marketing budget line of a branch and its record against the ROI benchmark: the gross margin
 * its leads brought per yuan spent, period by period (brief: pause a spend line after two
 * consecutive periods below benchmark).
 */
final class MarketingLineState {
  final MarketingLine line;
  final Param budget;
  final Param costPerLead;
  final Param conversionMultiplier;
  final double roiBenchmark;
  boolean paused;
  int pausedUntil;
  int periodsBelow;
  double periodSpend;
  double periodMargin;
  /** Spend and leads decided for next month. */
  double plannedSpend;
  int plannedLeads;

  MarketingLineState(MarketingLine line, Param budget, Param costPerLead, Param conversionMultiplier,
      double roiBenchmark) {
    this.line = line;
    this.budget = budget;
    this.costPerLead = costPerLead;
    this.conversionMultiplier = conversionMultiplier;
    this.roiBenchmark = roiBenchmark;
  }

  double roi() {
    return periodSpend <= 0 ? Double.POSITIVE_INFINITY : periodMargin / periodSpend;
  }
}
