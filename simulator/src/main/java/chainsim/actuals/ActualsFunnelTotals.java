package chainsim.actuals;

import chainsim.actuals.ActualsReader.Located;
import chainsim.scenario.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The funnel's own arithmetic, checked where both sides are given, per month and entity:
 *
 * <ul>
 *   <li>qualified contacts are some of the contacts: {@code qualified_contacts <= contacts};
 *   <li>a client is won from an outbound contact that found a need or from an inbound lead:
 *       clients.csv's {@code new <= qualified_contacts + leads}. (Not funnel.csv's signings: they
 *       include repeat and cross-sold orders of existing clients, which no contact produces.)
 *   <li>revenue.csv's signings and signed revenue by product add up to funnel.csv's (the revenue
 *       within {@value ActualsTotals#TOLERANCE_CNY} yuan), and no product has signed revenue
 *       without orders signed.
 * </ul>
 */
final class ActualsFunnelTotals {
  private ActualsFunnelTotals() {}

  static void check(List<Located<Actuals.Revenue>> revenue, List<Located<Actuals.Funnel>> funnel,
      List<Located<Actuals.Clients>> clients, List<Problem> problems) {
    Map<String, Located<Actuals.Funnel>> funnelByKey = new HashMap<>();
    for (Located<Actuals.Funnel> r : funnel) {
      Actuals.Funnel f = r.value();
      funnelByKey.put(key(f), r);
      if (f.qualifiedContacts() != null && f.contacts() != null && f.qualifiedContacts() > f.contacts()) {
        problems.add(r.problem("qualified_contacts", "qualified contacts " + f.qualifiedContacts() + " exceed the "
            + f.contacts() + " contacts"));
      }
    }
    for (Located<Actuals.Clients> r : clients) {
      Located<Actuals.Funnel> at = funnelByKey.get(key(r.value()));
      if (at == null || at.value().qualifiedContacts() == null || at.value().leads() == null) {
        continue;
      }
      Actuals.Funnel f = at.value();
      long worked = (long) f.qualifiedContacts() + f.leads();
      if (r.value().newClients() > worked) {
        problems.add(r.problem("new", "new " + r.value().newClients() + " exceeds the firms with a need worked in "
            + f.month() + ": " + f.qualifiedContacts() + " qualified contacts + " + f.leads() + " leads = " + worked
            + " (funnel.csv line " + at.line() + ")"));
      }
    }
    productsAddUp(revenue, funnelByKey, problems);
  }

  /** Signings and signed revenue by product (revenue.csv) against the funnel's totals. */
  private static void productsAddUp(List<Located<Actuals.Revenue>> revenue,
      Map<String, Located<Actuals.Funnel>> funnelByKey, List<Problem> problems) {
    Map<String, long[]> signings = new HashMap<>();
    Map<String, double[]> signedRevenue = new HashMap<>();
    Map<String, Located<Actuals.Revenue>> firstRow = new HashMap<>();
    for (Located<Actuals.Revenue> r : revenue) {
      Actuals.Revenue v = r.value();
      if (v.signedRevenueCny() != null && v.signedRevenueCny() > 0 && v.signings() != null && v.signings() == 0) {
        problems.add(r.problem("signed_revenue_cny", "signed revenue " + yuan(v.signedRevenueCny())
            + " with no order signed"));
      }
      String k = key(v);
      firstRow.putIfAbsent(k, r);
      if (v.signings() != null) {
        signings.computeIfAbsent(k, x -> new long[2])[0] += v.signings();
      } else {
        signings.computeIfAbsent(k, x -> new long[2])[1]++; // a product's signings not observed
      }
      if (v.signedRevenueCny() != null) {
        signedRevenue.computeIfAbsent(k, x -> new double[2])[0] += v.signedRevenueCny();
      } else {
        signedRevenue.computeIfAbsent(k, x -> new double[2])[1]++;
      }
    }
    for (Map.Entry<String, Located<Actuals.Revenue>> e : firstRow.entrySet()) {
      Located<Actuals.Funnel> at = funnelByKey.get(e.getKey());
      if (at == null) {
        continue;
      }
      Actuals.Funnel f = at.value();
      long[] n = signings.get(e.getKey());
      if (f.signings() != null && n[1] == 0 && n[0] != f.signings()) {
        problems.add(e.getValue().problem("signings", "signings by product add up to " + n[0] + " in " + f.month()
            + " for " + f.entity() + ", funnel.csv has " + f.signings() + " (line " + at.line() + ")"));
      }
      double[] v = signedRevenue.get(e.getKey());
      if (f.signedRevenueCny() != null && v[1] == 0 && Math.abs(v[0] - f.signedRevenueCny())
          > ActualsTotals.TOLERANCE_CNY) {
        problems.add(e.getValue().problem("signed_revenue_cny", "signed revenue by product adds up to " + yuan(v[0])
            + " in " + f.month() + " for " + f.entity() + ", funnel.csv has " + yuan(f.signedRevenueCny())
            + " (line " + at.line() + ")"));
      }
    }
  }

  private static String key(Actuals.Monthly row) {
    return row.entity() + "|" + row.month();
  }

  private static String yuan(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
