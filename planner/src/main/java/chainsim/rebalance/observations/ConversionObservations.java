package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code branch_templates[T].productivity.conversion_rate} from funnel.csv, clients.csv and, when
 * given, marketing.csv, as binomial trials: per month, summed over the branches of template T,
 *
 * <ul>
 *   <li>trials = {@code qualified_contacts + leads} (funnel.csv): the firms with an open need the
 *       branch worked, the model's denominator;
 *   <li>effective trials = {@code qualified_contacts + sum over lines of multiplier x leads}, where
 *       marketing.csv splits the month's leads by marketing line (the multiplier is the line's
 *       {@code conversion_multiplier}, its mean when uncertain);
 *   <li>successes = {@code new} (clients.csv): firms won that month.
 * </ul>
 *
 * <p><b>Why this denominator.</b> In the model (simulator market/Segment.java) an outbound contact
 * first has to reach a firm with an open need (chance: targeting lift x firms with a need / firms
 * not yet contacted), and only then signs with the conversion rate; an inbound lead is a firm with
 * a need and signs with the conversion rate times its marketing line's multiplier. So the model's
 * trials are "contacted firms with a need plus leads": {@code qualified_contacts + leads}. A month
 * with no outbound contacts ({@code contacts} 0) has no qualified contact either.
 *
 * <p><b>Contacts without qualified contacts are refused.</b> Counting every contact as a trial
 * would count the contacts that found no need as failures: the signing rate per firm worked, a
 * lower bound well below the model's conversion (on the worked example 0.078 where the truth is
 * 0.14). A month whose contacts are reported without qualified contacts is therefore not used;
 * when no month is left the parameter is not calibrated, with that reason.
 *
 * <p><b>The marketing lines' multipliers.</b> A lead of a line with multiplier k signs at k x rate,
 * so the month's expected new clients are rate x (qualified + sum k_line x leads_line): the
 * effective trials, exact in the mean. The likelihood is a binomial of the effective trials
 * ({@link Observations.Trials}), conjugate to the beta prior; the exact one is a sum of binomials,
 * whose variance is smaller by rate x (k - 1) per multiplied lead and unit of k: for k = 1.3 and a
 * rate of 0.16 about 6% of a multiplied lead's variance, so the intervals are a little wide, never
 * off-centre (docs/calibration.md, the simulation-based calibration case with two lines).
 *
 * <p><b>Without marketing.csv, the remaining bias.</b> A month whose leads are not split by line
 * counts every lead as one trial at the conversion rate. A line whose leads convert at a multiplier
 * above 1 (the baseline's events line, 1.3) then pushes the estimate up by about the lead-weighted
 * multiplier minus 1 (on the true scenario, 0.147 over 20 replications where the truth is 0.14 and
 * the multiplier about 1.06: ConversionRecoveryTest). Signings (funnel.csv) are not used as
 * successes: they include repeat and cross-sold orders, which never pass through conversion;
 * {@code new} also counts win-backs, which do. A month is used only when its qualified contacts
 * (or zero contacts), leads and clients row are all reported for a branch.
 */
final class ConversionObservations {
  static final String CONTACTS_NOT_QUALIFIED = "funnel.csv reports contacts but not qualified_contacts: conversion"
      + " applies only to contacts that found a firm with an open need, so counting every contact as a trial would"
      + " understate it (the signing rate per firm worked); report qualified_contacts to calibrate it";

  private ConversionObservations() {}

  /**
   * @param multipliers the conversion multiplier of each marketing line of the template (a line not
   *     listed converts at the rate itself)
   */
  static Finding of(Actuals actuals, MonthAxis axis, Set<String> branches, Map<String, Double> multipliers) {
    Map<String, Integer> newClients = new HashMap<>();
    for (Actuals.Clients c : actuals.clients()) {
      if (branches.contains(c.entity())) {
        newClients.put(c.entity() + "@" + c.month(), c.newClients());
      }
    }
    Map<String, Double> weightedLeads = new HashMap<>();
    for (Actuals.Marketing l : actuals.marketing()) {
      if (branches.contains(l.entity())) {
        weightedLeads.merge(l.entity() + "@" + l.month(), multipliers.getOrDefault(l.line(), 1.0) * l.leads(),
            Double::sum);
      }
    }
    long[] trials = new long[axis.months()];
    long[] successes = new long[axis.months()];
    double[] effective = new double[axis.months()];
    boolean any = false;
    boolean weighted = false;
    boolean unqualified = false;
    for (Actuals.Funnel f : actuals.funnel()) {
      int m = axis.index(f.month());
      Integer won = newClients.get(f.entity() + "@" + f.month());
      if (!branches.contains(f.entity()) || m < 0 || f.leads() == null || won == null) {
        continue;
      }
      Integer qualified = f.qualifiedContacts() != null ? f.qualifiedContacts()
          : f.contacts() != null && f.contacts() == 0 ? Integer.valueOf(0) : null;
      if (qualified == null) {
        unqualified |= f.contacts() != null;
        continue;
      }
      long worked = (long) qualified + f.leads();
      long signed = Math.min(won, worked);
      Double byLine = weightedLeads.get(f.entity() + "@" + f.month());
      double worth = byLine == null ? worked : qualified + byLine;
      weighted |= byLine != null && byLine != f.leads().doubleValue();
      trials[m] += worked;
      successes[m] += signed;
      effective[m] += Math.max(worth, signed);
      any = true;
    }
    if (!any) {
      return Finding.none(unqualified ? CONTACTS_NOT_QUALIFIED
          : "no month with qualified contacts, leads (funnel.csv) and new clients (clients.csv) for its branches");
    }
    if (weighted) {
      for (int m = 0; m < effective.length; m++) {
        // a month with trials but (after a multiplier below 1) no effective weight keeps a sliver
        effective[m] = trials[m] > 0 ? Math.max(effective[m], Math.max(successes[m], 1e-9)) : 0;
      }
    }
    return Finding.of(new Observations.Trials(trials, successes, weighted ? effective : null));
  }
}
