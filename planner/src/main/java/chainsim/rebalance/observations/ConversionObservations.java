package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code branch_templates[T].productivity.conversion_rate} from funnel.csv and clients.csv, as
 * binomial trials: per month, summed over the branches of template T,
 *
 * <ul>
 *   <li>trials = {@code contacts + leads} (funnel.csv): every firm the branch worked that month;
 *   <li>successes = {@code new} (clients.csv): firms won that month.
 * </ul>
 *
 * <p><b>Why this denominator, and its bias.</b> In the model (simulator market/Segment.java) an
 * outbound contact first has to reach a firm with an open need (chance: targeting lift x firms with
 * a need / firms not yet contacted), and only then signs with the conversion rate; an inbound lead
 * is a firm with a need and signs with the conversion rate times its marketing line's multiplier.
 * The model's denominator is therefore "contacted firms with a need plus leads", but the actuals do
 * not say how many outbound contacts reached a need (no CRM logs that). Counting every contact as
 * a trial is the only denominator the files carry; it counts the contacts that found no need as
 * failures, so the estimate is the <i>signing rate per firm worked</i>, a lower bound on the
 * model's conversion. Signings (funnel.csv) are not used as successes: they include repeat and
 * cross-sold orders, which never pass through conversion; {@code new} also counts win-backs, which
 * do. A month is used only when contacts, leads and the clients row are all reported for a
 * branch; where {@code new} exceeds the firms worked (a client granted with an opening), the
 * successes are capped at the trials.
 */
final class ConversionObservations {
  private ConversionObservations() {}

  static Finding of(Actuals actuals, MonthAxis axis, Set<String> branches) {
    Map<String, Integer> newClients = new HashMap<>();
    for (Actuals.Clients c : actuals.clients()) {
      if (branches.contains(c.entity())) {
        newClients.put(c.entity() + "@" + c.month(), c.newClients());
      }
    }
    long[] trials = new long[axis.months()];
    long[] successes = new long[axis.months()];
    boolean any = false;
    for (Actuals.Funnel f : actuals.funnel()) {
      int m = axis.index(f.month());
      Integer won = newClients.get(f.entity() + "@" + f.month());
      if (!branches.contains(f.entity()) || m < 0 || f.contacts() == null || f.leads() == null || won == null) {
        continue;
      }
      long worked = (long) f.contacts() + f.leads();
      trials[m] += worked;
      successes[m] += Math.min(won, worked);
      any = true;
    }
    if (!any) {
      return Finding.none("no month with contacts, leads (funnel.csv) and new clients (clients.csv) for its branches");
    }
    return Finding.of(new Observations.Trials(trials, successes));
  }
}
