package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code clients.churn_monthly_healthy} from clients.csv, as binomial trials: per month, summed
 * over every entity,
 *
 * <ul>
 *   <li>trials = clients at risk in the month: the previous month's {@code active} plus the month's
 *       {@code new};
 *   <li>successes = {@code churned}.
 * </ul>
 *
 * <p><b>Bias.</b> The parameter is the churn of <i>healthy</i> clients; {@code churned} counts
 * every client lost (unhealthy ones, which churn at {@code churn_monthly_unhealthy}, leaks to agents,
 * firms that closed). The estimate is therefore an upper bound on healthy churn. The client model
 * is one for the whole scenario, so all entities pool.
 */
final class ChurnObservations {
  private ChurnObservations() {}

  static Finding of(Actuals actuals, MonthAxis axis) {
    Map<String, Integer> active = new HashMap<>();
    actuals.clients().forEach(c -> active.put(c.entity() + "@" + c.month(), c.active()));
    long[] trials = new long[axis.months()];
    long[] successes = new long[axis.months()];
    boolean any = false;
    for (Actuals.Clients c : actuals.clients()) {
      int m = axis.index(c.month());
      if (m < 0) {
        continue;
      }
      long atRisk = (long) active.getOrDefault(c.entity() + "@" + c.month().minusMonths(1), 0) + c.newClients();
      trials[m] += atRisk;
      successes[m] += Math.min(c.churned(), atRisk);
      any = true;
    }
    if (!any) {
      return Finding.none("no rows in clients.csv");
    }
    return Finding.of(new Observations.Trials(trials, successes));
  }
}
