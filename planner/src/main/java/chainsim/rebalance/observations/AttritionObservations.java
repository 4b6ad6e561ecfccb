package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import java.util.Set;

/**
 * {@code branch_templates[T].attrition_monthly} from headcount.csv, as binomial trials: per month,
 * summed over every staff line (all roles) of the branches of T,
 *
 * <ul>
 *   <li>trials = people on the payroll at some time in the month: {@code headcount + leavers}
 *       (the end-of-month headcount plus those who left; the model applies attrition to everybody
 *       on board, new hires included);
 *   <li>successes = {@code leavers}.
 * </ul>
 *
 * <p><b>Net leavers.</b> The column is meant to be gross (every person who left), but where a file
 * gives the net change of a line (as {@code chainsim actuals synthesize} does: a hire and a leaver
 * in one month cancel), leavers replaced in the same month are missing. The estimate is then low:
 * a lower bound on attrition, more so where the template replaces attrition quickly. Leavers also
 * include releases and transfers out, which are not attrition: that pushes the other way. A line's
 * month is used only when its {@code leavers} cell is filled.
 */
final class AttritionObservations {
  private AttritionObservations() {}

  static Finding of(Actuals actuals, MonthAxis axis, Set<String> branches) {
    long[] trials = new long[axis.months()];
    long[] successes = new long[axis.months()];
    boolean any = false;
    for (Actuals.Headcount h : actuals.headcount()) {
      int m = axis.index(h.month());
      if (!branches.contains(h.entity()) || m < 0 || h.leavers() == null) {
        continue;
      }
      trials[m] += (long) h.headcount() + h.leavers();
      successes[m] += h.leavers();
      any = true;
    }
    if (!any) {
      return Finding.none("no month with leavers (headcount.csv) for its branches");
    }
    return Finding.of(new Observations.Trials(trials, successes));
  }
}
