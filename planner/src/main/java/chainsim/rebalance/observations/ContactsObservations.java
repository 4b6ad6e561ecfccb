package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.Scenario;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code branch_templates[T].productivity.contacts_per_consultant_month} from funnel.csv and
 * headcount.csv, as Poisson counts over an exposure: per month, summed over the branches of T,
 *
 * <ul>
 *   <li>count = {@code contacts} (funnel.csv, outbound contacts);
 *   <li>exposure = ramp-weighted sales consultant-months ({@link RampedSalesStaff}): the people of
 *       the roles of kind {@code sales} on board at the end of the previous month (headcount.csv),
 *       a new hire counted as the part of a consultant the model counts. The parameter is what one
 *       <i>fully ramped</i> consultant achieves, and the model plans a month's contacts from the
 *       sales staff at the end of the month before (BranchSeller.nextEfforts); a branch's first
 *       month has no one on board yet and makes no contacts.
 * </ul>
 *
 * <p><b>Bias.</b> Hire months are rebuilt from hires and leavers (latest hires leave first); where
 * the model's attrition took a longer-serving person the exposure is slightly low. Contacts a
 * segment could not take (it ran out of firms) are missing from the count: the estimate is then
 * low. A month is used only when its contacts are reported and someone was on board.
 */
final class ContactsObservations {
  private ContactsObservations() {}

  static Finding of(Scenario scenario, Actuals actuals, MonthAxis axis, Set<String> branches, int rampUpMonths) {
    Map<String, Integer> ramp = new HashMap<>();
    branches.forEach(b -> ramp.put(b, rampUpMonths));
    RampedSalesStaff staff = new RampedSalesStaff(scenario, actuals, ramp);
    long[] counts = new long[axis.months()];
    double[] exposures = new double[axis.months()];
    boolean any = false;
    for (Actuals.Funnel f : actuals.funnel()) {
      int m = axis.index(f.month());
      if (!branches.contains(f.entity()) || m < 0 || f.contacts() == null) {
        continue;
      }
      double onBoard = staff.consultants(f.entity(), f.month());
      if (onBoard == 0 && f.contacts() > 0) {
        continue; // contacts with no consultant on the books: the month says nothing about a rate per consultant
      }
      counts[m] += f.contacts();
      exposures[m] += onBoard;
      any = true;
    }
    if (!any) {
      return Finding.none("no month with contacts (funnel.csv) and sales headcount (headcount.csv) for its branches");
    }
    return Finding.of(new Observations.Counts(counts, exposures));
  }
}
