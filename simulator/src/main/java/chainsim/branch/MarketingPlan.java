package chainsim.branch;

import chainsim.accounting.Account;
import chainsim.market.Order;
import chainsim.random.ParameterDraws;
import chainsim.scenario.MarketingLine;
import chainsim.scenario.Policies;
import chainsim.selling.EntityEvent;
import chainsim.selling.MonthWork;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A branch's marketing lines: what each spends and the inbound leads it buys, and the spend-pause
 * rule: a line whose ROI stays below its benchmark for consecutive periods is paused, and tried
 * again after the resume delay.
 */
final class MarketingPlan {
  private final List<MarketingLineState> lines = new ArrayList<>();
  private final Policies.SpendPause rule;
  private final String entity;

  MarketingPlan(List<MarketingLine> lines, ParameterDraws draws, Policies.SpendPause rule, String entity) {
    for (MarketingLine line : lines) {
      this.lines.add(new MarketingLineState(line, draws.param(line.budgetPerMonth()), draws.param(line.costPerLead()),
          draws.param(line.conversionMultiplier()), draws.value(line.roiBenchmark())));
    }
    this.rule = rule;
    this.entity = entity;
  }

  int size() {
    return lines.size();
  }

  /** Pays the spend planned for this month; returns it. */
  double spend(MonthWork work) {
    double total = 0;
    double[] byLine = new double[lines.size()];
    for (int i = 0; i < byLine.length; i++) {
      MarketingLineState l = lines.get(i);
      work.ledger.spend(Account.MARKETING, l.plannedSpend);
      l.periodSpend += l.plannedSpend;
      total += l.plannedSpend;
      byLine[i] = l.plannedSpend;
    }
    work.marketingSpendByLine = byLine;
    return total;
  }

  /** Credits a line with the margin an order from its leads is expected to bring. */
  void credit(Order order, double expectedMargin) {
    if (order.fromMarketingLine()) {
      lines.get(order.source()).periodMargin += expectedMargin;
    }
  }

  /**
   * At the end of each period: watch ROI against benchmark, pause and resume lines. Periods count
   * from the month the branch really opened.
   */
  void review(MonthWork work) {
    int month = work.month;
    int openingMonth = work.openedMonth;
    for (MarketingLineState l : lines) {
      if (l.paused && l.pausedUntil > 0 && month >= l.pausedUntil) {
        l.paused = false;
        l.periodsBelow = 0;
        work.events.add(new EntityEvent(month, entity, EntityEvent.SPEND_RESUMED, l.line.id()));
      }
    }
    boolean periodEnds = rule.enabled() && (month - openingMonth) > 0 && (month - openingMonth) % rule.periodMonths() == 0;
    if (!periodEnds) {
      return;
    }
    for (MarketingLineState l : lines) {
      if (!l.paused && l.periodSpend > 0) {
        l.periodsBelow = l.roi() < l.roiBenchmark ? l.periodsBelow + 1 : 0;
        if (l.periodsBelow >= rule.periodsBelowBenchmark()) {
          l.paused = true;
          l.pausedUntil = rule.resumeAfterMonths() > 0 ? month + rule.resumeAfterMonths() : 0;
          work.events.add(
              new EntityEvent(
                  month, entity, EntityEvent.SPEND_PAUSED,
                  String.format(java.util.Locale.ROOT, "%s: ROI %.2f below benchmark %.2f for %d periods",
                      l.line.id(), l.roi(), l.roiBenchmark, l.periodsBelow)));
        }
      }
      l.periodSpend = 0;
      l.periodMargin = 0;
    }
  }

  /** Decides next month's spend and leads of each active line. */
  void plan(UniformRandomProvider rng) {
    for (MarketingLineState l : lines) {
      if (l.paused) {
        l.plannedSpend = 0;
        l.plannedLeads = 0;
        continue;
      }
      l.plannedSpend = Math.max(0, l.budget.draw(rng));
      double perLead = Math.max(1e-9, l.costPerLead.draw(rng));
      double leads = l.plannedSpend / perLead;
      double floor = Math.floor(leads);
      l.plannedLeads = (int) floor + (rng.nextDouble() < leads - floor ? 1 : 0);
    }
  }

  int[] plannedLeads() {
    int[] leads = new int[lines.size()];
    for (int i = 0; i < leads.length; i++) {
      leads[i] = lines.get(i).plannedLeads;
    }
    return leads;
  }

  /** Next month's conversion of each line's leads; a multiplier drawn per month is drawn from {@code rng}. */
  double[] conversion(double baseConversion, UniformRandomProvider rng) {
    double[] conversion = new double[lines.size()];
    for (int i = 0; i < conversion.length; i++) {
      double multiplier = Math.max(0.0, lines.get(i).conversionMultiplier.draw(rng));
      conversion[i] = Math.min(1.0, baseConversion * multiplier);
    }
    return conversion;
  }
}
