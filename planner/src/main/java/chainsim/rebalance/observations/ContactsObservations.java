package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code branch_templates[T].productivity.contacts_per_consultant_month} from funnel.csv and
 * headcount.csv, as Poisson counts over an exposure: per month, summed over the branches of T,
 *
 * <ul>
 *   <li>count = {@code contacts} (funnel.csv, outbound contacts);
 *   <li>exposure = sales consultant-months: the headcount of the roles of kind {@code sales} at the
 *       end of the previous month (headcount.csv), the people on board when the month's contacts
 *       were planned. The model plans a month's contacts from the sales staff on board at the end
 *       of the month before (BranchSeller.nextEfforts); a branch's first month has no one on board
 *       yet and makes no contacts.
 * </ul>
 *
 * <p><b>Bias.</b> The parameter is what one <i>fully ramped</i> consultant achieves; the model
 * weights a new hire by its tenure over the template's {@code ramp_up_months}. The actuals give
 * heads, not ramp, so the exposure counts a new hire as a whole consultant-month and the estimate
 * is low in the months after an opening or a wave of hiring. A month is used only when its
 * contacts are reported.
 */
final class ContactsObservations {
  private ContactsObservations() {}

  static Finding of(Scenario scenario, Actuals actuals, MonthAxis axis, Set<String> branches) {
    Map<String, Integer> salesAtEnd = new HashMap<>();
    for (Actuals.Headcount h : actuals.headcount()) {
      if (branches.contains(h.entity()) && isSales(scenario, h.role())) {
        salesAtEnd.merge(h.entity() + "@" + h.month(), h.headcount(), Integer::sum);
      }
    }
    long[] counts = new long[axis.months()];
    double[] exposures = new double[axis.months()];
    boolean any = false;
    for (Actuals.Funnel f : actuals.funnel()) {
      int m = axis.index(f.month());
      if (!branches.contains(f.entity()) || m < 0 || f.contacts() == null) {
        continue;
      }
      YearMonth before = f.month().minusMonths(1);
      int onBoard = salesAtEnd.getOrDefault(f.entity() + "@" + before, 0);
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

  private static boolean isSales(Scenario scenario, String role) {
    return scenario.role(role).map(r -> r.kind() == Role.Kind.SALES).orElse(false);
  }
}
