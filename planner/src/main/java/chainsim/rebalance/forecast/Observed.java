package chainsim.rebalance.forecast;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The actuals as values of the run's series: each row's observed cells named as the run names the
 * series it forecasts (docs/forecast-check.md has the table), and per selling entity and month its
 * total revenue (the sum of its {@code revenue.csv} rows, 0 when it has none that month). Cells a
 * run does not forecast are named too, with a reason, so the check can list them.
 */
final class Observed {
  /** One observed value: whose, which series, which month. {@code reason} is non-null when no run forecasts it. */
  record Value(String entity, String metric, YearMonth month, double value, String reason) {}

  static final String NO_ENTITY_BALANCE =
      "an entity's bank balance is not forecast (the company's is head_office's cash.balance)";
  static final String NO_FLOWS = "hires and leavers are not forecast (the run forecasts the headcount)";

  private Observed() {}

  static List<Value> values(Actuals a) {
    List<Value> out = new ArrayList<>();
    Map<String, Map<YearMonth, Double>> revenue = new LinkedHashMap<>();
    Consumer<Actuals.Monthly> reported = r -> revenue.computeIfAbsent(r.entity(), k -> new TreeMap<>())
        .putIfAbsent(r.month(), 0.0);
    for (Actuals.Revenue r : a.revenue()) {
      out.add(value(r, "revenue.product." + r.product(), r.revenueCny()));
      reported.accept(r);
      revenue.get(r.entity()).merge(r.month(), r.revenueCny(), Double::sum);
    }
    for (Actuals.Cost c : a.costs()) {
      out.add(value(c, "cost." + c.account().key(), c.amountCny()));
    }
    for (Actuals.Headcount h : a.headcount()) {
      out.add(value(h, h.skill() == null ? "headcount." + h.role() : "headcount." + h.role() + "." + h.skill(),
          h.headcount()));
      String line = h.skill() == null ? h.role() : h.role() + "." + h.skill();
      if (h.hires() != null) {
        out.add(new Value(h.entity(), "hires." + line, h.month(), h.hires(), NO_FLOWS));
      }
      if (h.leavers() != null) {
        out.add(new Value(h.entity(), "leavers." + line, h.month(), h.leavers(), NO_FLOWS));
      }
    }
    for (Actuals.Funnel f : a.funnel()) {
      reported.accept(f);
      optional(out, f, "contacts", f.contacts());
      optional(out, f, "leads", f.leads());
      optional(out, f, "signed_orders", f.signings());
      optional(out, f, "signed_revenue", f.signedRevenueCny());
    }
    for (Actuals.Clients c : a.clients()) {
      reported.accept(c);
      out.add(value(c, "new_clients", c.newClients()));
      out.add(value(c, "active_clients", c.active()));
      out.add(value(c, "churned_clients", c.churned()));
    }
    for (Actuals.Cash c : a.cash()) {
      boolean company = c.entity().equals(ActualsFormat.HEAD_OFFICE);
      optional(out, c, company ? "cash.in" : "cash_in", c.cashInCny());
      optional(out, c, company ? "cash.out" : "cash_out", c.cashOutCny());
      optional(out, c, company ? "company.receivables" : "receivables", c.receivablesCny());
      if (c.balanceCny() != null) {
        out.add(company ? value(c, "cash.balance", c.balanceCny())
            : new Value(c.entity(), "balance", c.month(), c.balanceCny(), NO_ENTITY_BALANCE));
      }
    }
    revenue.forEach((entity, byMonth) -> byMonth.forEach((month, total) ->
        out.add(new Value(entity, "revenue", month, total, null))));
    return out;
  }

  private static Value value(Actuals.Monthly row, String metric, double v) {
    return new Value(row.entity(), metric, row.month(), v, null);
  }

  private static void optional(List<Value> out, Actuals.Monthly row, String metric, Number v) {
    if (v != null) {
      out.add(value(row, metric, v.doubleValue()));
    }
  }
}
