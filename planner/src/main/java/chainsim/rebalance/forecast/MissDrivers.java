package chainsim.rebalance.forecast;

import chainsim.actuals.Actuals;
import chainsim.rebalance.forecast.Decomposition.Level;
import chainsim.rebalance.forecast.EntityDrivers.Factor;
import chainsim.rebalance.forecast.EntityDrivers.Period;
import chainsim.rebalance.forecast.EntityDrivers.Target;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drivers of each selling entity's signings and revenue misses, over the as-of month and the
 * months to date, from the actuals and the previous run's monthly means (sums over the period).
 *
 * <pre>
 * signings S = new clients N + orders of clients already won E
 *   N = H (sales consultant-months) × C/H (contacts and leads per consultant-month) × N/C (conversion)
 *   E = A (client-months: active clients at each month's start) × E/A (orders per client-month)
 * revenue  R = S × V/S (contract value per order) × R/V (revenue recognised per yuan signed)
 * </pre>
 *
 * ΔS = ΔN + ΔE, each split by {@link Decomposition#chain}; ΔR is split over S, V/S and R/V the same
 * way, and its S part over the signings' drivers in proportion to their parts of ΔS. Every part
 * adds up to its miss exactly.
 */
final class MissDrivers {
  private final RunDirectory run;
  /** actual values by entity|metric|month. */
  private final Map<String, Double> actual = new HashMap<>();
  /** metrics not observed in some reported month, by entity|metric|month. */
  private final Set<String> unobserved = new java.util.HashSet<>();
  private final List<String> salesRoles = new ArrayList<>();
  private final List<String> serviceLines = new ArrayList<>();

  private MissDrivers(Scenario scenario, RunDirectory run, List<Observed.Value> values) {
    this.run = run;
    for (Observed.Value v : values) {
      actual.merge(v.entity() + "|" + v.metric() + "|" + v.month(), v.value(), Double::sum);
    }
    for (Role r : scenario.roles()) {
      if (r.kind() == Role.Kind.SALES) {
        salesRoles.add("headcount." + r.id());
      } else if (r.kind() == Role.Kind.SERVICE) {
        scenario.skills().forEach(s -> serviceLines.add("headcount." + r.id() + "." + s.id()));
      }
    }
  }

  static List<EntityDrivers> of(Scenario scenario, RunDirectory run, Actuals actuals, List<Observed.Value> values) {
    MissDrivers d = new MissDrivers(scenario, run, values);
    Set<String> selling = new LinkedHashSet<>();
    for (Actuals.Funnel f : actuals.funnel()) {
      selling.add(f.entity());
      if (f.contacts() == null || f.leads() == null) {
        d.unobserved.add(f.entity() + "|reach|" + f.month());
      }
      if (f.signings() == null) {
        d.unobserved.add(f.entity() + "|signed_orders|" + f.month());
      }
      if (f.signedRevenueCny() == null) {
        d.unobserved.add(f.entity() + "|signed_revenue|" + f.month());
      }
    }
    List<String> order = new ArrayList<>(run.entities());
    selling.stream().filter(e -> !order.contains(e)).sorted().forEach(order::add);
    List<EntityDrivers> out = new ArrayList<>();
    YearMonth asOf = actuals.asOf();
    for (String entity : order) {
      if (!selling.contains(entity) || !run.hasEntity(entity) || run.entity(entity, "signed_orders") == null) {
        continue;
      }
      out.add(d.period(entity, Period.AS_OF, asOf, asOf));
      out.add(d.period(entity, Period.TO_DATE, run.start(), asOf));
    }
    return out;
  }

  /** The sums of a period: index 0 the actual, 1 the forecast mean. */
  private double[] sum(String entity, String metric, YearMonth from, YearMonth to) {
    double a = 0;
    double f = 0;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      a += actual.getOrDefault(entity + "|" + metric + "|" + m, 0.0);
      f += forecast(entity, metric, m);
    }
    return new double[] {a, f};
  }

  /** The forecast mean of a month; NaN when the run lacks the series; 0 before the horizon. */
  private double forecast(String entity, String metric, YearMonth month) {
    RunDirectory.Series s = run.entity(entity, metric);
    if (s == null) {
      return Double.NaN;
    }
    ForecastBand b = s.month(run.monthIndex(month));
    return b == null ? 0.0 : b.mean();
  }

  private double[] sumOf(String entity, List<String> metrics, YearMonth from, YearMonth to) {
    double[] total = {0, 0};
    for (String m : metrics) {
      double[] s = sum(entity, m, from, to);
      total[0] += s[0];
      total[1] += s[1];
    }
    return total;
  }

  private boolean observed(String entity, String what, YearMonth from, YearMonth to) {
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (unobserved.contains(entity + "|" + what + "|" + m)) {
        return false;
      }
    }
    return true;
  }

  private EntityDrivers period(String entity, Period period, YearMonth from, YearMonth to) {
    double[] h = sumOf(entity, salesRoles, from, to);
    double[] c = sumOf(entity, List.of("contacts", "leads"), from, to);
    if (!observed(entity, "reach", from, to)) {
      c[0] = Double.NaN;
    }
    double[] n = sum(entity, "new_clients", from, to);
    double[] s = sum(entity, "signed_orders", from, to);
    double[] v = sum(entity, "signed_revenue", from, to);
    if (!observed(entity, "signed_orders", from, to)) {
      s[0] = Double.NaN;
    }
    if (!observed(entity, "signed_revenue", from, to)) {
      v[0] = Double.NaN;
    }
    double[] r = sum(entity, "revenue", from, to);
    // client-months: active clients at the end of the month before each month of the period
    double[] a = sum(entity, "active_clients", from.minusMonths(1), to.minusMonths(1));
    double[] e = {s[0] - n[0], s[1] - n[1]};

    Map<Driver, Double> signings = new EnumMap<>(Driver.class);
    if (Double.isFinite(s[0])) {
      Decomposition.chain(List.of(new Level(Driver.STAFFING, h[0], h[1]), new Level(Driver.CONTACTS, c[0], c[1]),
          new Level(Driver.CONVERSION, n[0], n[1]))).forEach((k, x) -> signings.merge(k, x, Double::sum));
      Decomposition.chain(List.of(new Level(Driver.CLIENT_BASE, a[0], a[1]), new Level(Driver.REPEAT, e[0], e[1])))
          .forEach((k, x) -> signings.merge(k, x, Double::sum));
    }
    Map<Driver, Double> revenue = new EnumMap<>(Driver.class);
    double[] parts = Decomposition.amounts(List.of(new Level(Driver.OTHER, s[0], s[1]),
        new Level(Driver.PRICE, v[0], v[1]), new Level(Driver.DELIVERY, r[0], r[1])));
    if (parts == null || signings.isEmpty()) {
      revenue.put(Driver.PRICE, 0.0);
      revenue.put(Driver.DELIVERY, 0.0);
      revenue.put(Driver.OTHER, r[0] - r[1]);
    } else {
      revenue.putAll(Decomposition.proportional(parts[0], signings));
      revenue.merge(Driver.PRICE, parts[1], Double::sum);
      revenue.merge(Driver.DELIVERY, parts[2], Double::sum);
    }
    List<Factor> factors = List.of(
        new Factor("staffing", h[0], h[1]),
        new Factor("contacts", ratio(c[0], h[0]), ratio(c[1], h[1])),
        new Factor("conversion", ratio(n[0], c[0]), ratio(n[1], c[1])),
        new Factor("client_base", a[0], a[1]),
        new Factor("repeat", ratio(e[0], a[0]), ratio(e[1], a[1])),
        new Factor("price", ratio(v[0], s[0]), ratio(v[1], s[1])),
        new Factor("delivery", ratio(r[0], v[0]), ratio(r[1], v[1])));
    double[] active = sum(entity, "active_clients", to, to);
    double[] service = sumOf(entity, serviceLines, to, to);
    List<Factor> context = List.of(new Factor("active_clients", active[0], active[1]),
        new Factor("service_headcount", service[0], service[1]));
    return new EntityDrivers(entity, period, from, to,
        new Target(s[0], s[1], signings), new Target(r[0], r[1], revenue), factors, context);
  }

  private static double ratio(double a, double b) {
    return b > 0 && Double.isFinite(a) ? a / b : Double.NaN;
  }
}
