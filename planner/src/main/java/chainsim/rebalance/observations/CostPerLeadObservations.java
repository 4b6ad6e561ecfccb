package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Belief;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.Uncertain;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code branch_templates[T].marketing[L].cost_per_lead} from marketing.csv's {@code spend_cny} and
 * {@code leads} of line L, per month summed over the branches of T, as normal measurements: the
 * month's cost per lead, {@code spend / leads}, weighted by its leads
 * ({@link Observations.Measurements#ofAverages}).
 *
 * <p><b>How the model makes leads.</b> At the end of a month a line plans the next month's spend
 * (its budget) and its leads, spend / cost per lead rounded stochastically: the whole number below,
 * plus one with the fraction's probability (simulator branch/MarketingPlan.plan). So leads are
 * spend / cost per lead give or take less than one, and the month's spend / leads is the cost per
 * lead within cost / leads, with no noise besides the rounding.
 *
 * <p><b>The likelihood</b>, from how the scenario draws the cost per lead:
 *
 * <ul>
 *   <li>{@code draw: replication} (one cost per lead, the default): the rounding noise, whose size
 *       the months show, is unknown and integrated out (reference prior 1/sigma: a Student-t on the
 *       lead-weighted months, months - 1 degrees of freedom), so a real CRM's noisier months widen
 *       the posterior as they should. The lead-weighted mean is total spend / total leads, unbiased
 *       for the cost because the rounding is. Where the months cannot estimate the noise (one month,
 *       or months that agree exactly), the rounding's largest spread is taken as known: one lead in
 *       L is at most half a lead off, so one month's cost is within about cost / (2 L), i.e. a noise
 *       of cost / (2 sqrt(L)) per lead.
 *   <li>{@code draw: month} (a cost drawn every month by every branch): each branch-month is one draw
 *       of the monthly distribution, known noise its sd; the months' averages are weighted by the
 *       branch-months they pool. Only the location is calibrated, the spread kept.
 * </ul>
 *
 * <p>A month enters where some branch reports the line's leads (at least one) and spend; a paused
 * month (no spend, no leads) says nothing, and a month with spend but no lead cannot be averaged
 * and is left out (it says the cost is high: the estimate is then slightly low). Equity channels
 * that run the template are not pooled, like every template parameter here.
 */
final class CostPerLeadObservations {
  private CostPerLeadObservations() {}

  static Finding of(Actuals actuals, MonthAxis axis, Set<String> branches, String line, Uncertain prior) {
    double[] spend = new double[axis.months()];
    double[] leads = new double[axis.months()];
    double[] branchMonths = new double[axis.months()];
    double[] branchCosts = new double[axis.months()];
    for (Actuals.Marketing r : actuals.marketing()) {
      int m = axis.index(r.month());
      if (m < 0 || !branches.contains(r.entity()) || !r.line().equals(line) || r.spendCny() == null
          || r.leads() == 0) {
        continue;
      }
      spend[m] += r.spendCny();
      leads[m] += r.leads();
      branchMonths[m]++;
      branchCosts[m] += r.spendCny() / r.leads();
    }
    int months = (int) Arrays.stream(leads).filter(n -> n > 0).count();
    if (months == 0) {
      return Finding.none("no month with leads and spend of line " + line + " (marketing.csv) for its branches");
    }
    boolean monthly = prior.draw() == Uncertain.Draw.MONTH;
    double[] values = new double[months];
    double[] weights = new double[months];
    for (int m = 0, i = 0; m < leads.length; m++) {
      if (leads[m] > 0) {
        values[i] = monthly ? branchCosts[m] / branchMonths[m] : spend[m] / leads[m];
        weights[i++] = monthly ? branchMonths[m] : leads[m];
      }
    }
    Double itemNoise;
    if (monthly) {
      itemNoise = Belief.of(prior).sd();
    } else if (months > 1 && PriceObservations.spreadPerOrder(values, weights) > 0) {
      itemNoise = null;
    } else {
      double totalLeads = Arrays.stream(weights).sum();
      double cost = Arrays.stream(spend).sum() / totalLeads;
      itemNoise = cost / (2 * Math.sqrt(totalLeads / months));
    }
    return Finding.of(Observations.Measurements.ofAverages(values, weights, itemNoise));
  }
}
