package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import chainsim.testing.RandomScenarios;
import chainsim.world.EntitySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The books balance, month by month, in any scenario, each identity between figures the model
 * computes on separate paths (so a slip in one of them shows):
 *
 * <ul>
 *   <li>cash: the net flow (cash moved) is profit less the growth of receivables plus the growth
 *       of revenue paid ahead, less what was invested in stakes (the cash-flow statement's indirect
 *       method: P&L accounts, the receivables schedule, the orders in hand and the cash ledger);
 *   <li>P&L: profit is revenue plus equity income less every cost category; each entity's profit
 *       is its revenue less its own cost categories;
 *   <li>consolidation: the company's revenue is the sum of its entities' (equity channels' local
 *       firms apart, whose revenue is their gross), its profit the sum of its entities' and the head
 *       office's, its net cash flow the sum of what each entity brought the company and the head
 *       office's;
 *   <li>breakdowns: revenue and margin by product, channel, region and industry add up to the
 *       ledger's revenue, not only to their own total.
 * </ul>
 */
class AccountingIdentityProperties {

  @Property(tries = 40)
  void theBooksBalanceEveryMonth(@ForAll long seed) {
    Scenario scenario = Fixtures.yaml(RandomScenarios.yaml(seed));
    Simulation sim = new Simulation(scenario);
    Replication replication = sim.replication(0);
    double initial = replication.draws.value(scenario.capital().initial());
    ReplicationResult r = SequentialEngine.run(replication, sim.months());
    Books books = new Books(sim, r);
    double balance = initial;
    double receivables = 0;
    double deferred = 0;
    double signed = 0;
    double delivered = 0;
    for (int m = 0; m < sim.months(); m++) {
      double scale = Math.max(1.0, Math.abs(books.get("cash.balance", m)));
      // cash
      assertClose(books.get("cash.balance", m) - balance, books.get("cash.net_flow", m), scale, "cash change", m);
      assertClose(books.get("cash.net_flow", m), books.get("cash.in", m) - books.get("cash.out", m), scale, "net", m);
      double indirect = books.get("company.profit", m)
          - (books.get("company.receivables", m) - receivables)
          + (books.get("company.deferred_revenue", m) - deferred)
          - books.get("cash.investment.equity", m);
      assertClose(books.get("cash.net_flow", m), indirect, scale, "net cash flow = profit - d(receivables) "
          + "+ d(deferred revenue) - investment", m);
      balance = books.get("cash.balance", m);
      receivables = books.get("company.receivables", m);
      deferred = books.get("company.deferred_revenue", m);

      // P&L
      double costs = books.sum("cost.", m);
      assertClose(books.get("company.profit", m),
          books.get("company.revenue", m) + books.get("company.equity_income", m) - costs, scale, "profit", m);
      assertClose(books.get("company.equity_income", m),
          books.get("company.platform_fees", m) + books.get("company.dividends", m), scale, "equity income", m);

      // consolidation over the entities, and the head office
      double central = books.get("cost.central_platform", m) + books.get("cost.central_data", m)
          + books.get("cost.central_staff", m) + books.get("cost.central_support", m);
      double entityRevenue = 0;
      double equityRevenue = 0;
      double entityProfit = 0;
      double companyFlow = 0;
      for (EntitySpec e : sim.world().entities()) {
        companyFlow += books.entity(e, "company_cash_flow", m);
        if (!e.sells()) {
          continue;
        }
        double revenue = books.entity(e, "revenue", m);
        double ownCosts = 0;
        for (String cost : MetricLayout.entityCosts(e)) {
          ownCosts += books.entity(e, cost, m);
        }
        assertClose(books.entity(e, "profit", m), revenue - ownCosts, scale, e.id() + " profit from its costs", m);
        if (e.mode() == Mode.EQUITY) {
          equityRevenue += revenue;
        } else {
          entityRevenue += revenue;
          entityProfit += books.entity(e, "profit", m);
        }
      }
      assertClose(books.get("company.revenue", m), entityRevenue, scale, "company revenue from entities", m);
      assertClose(books.get("equity.gross_revenue", m), equityRevenue, scale, "equity gross from entities", m);
      assertClose(books.get("company.profit", m), entityProfit + books.get("company.equity_income", m) - central,
          scale, "consolidated profit", m);
      assertClose(books.get("cash.net_flow", m), companyFlow - central, scale, "net cash flow from entities", m);

      // breakdowns against the ledger
      for (String dimension : new String[] {"product", "channel", "region", "industry"}) {
        assertClose(books.sum("revenue." + dimension + ".", m), books.get("company.revenue", m), scale,
            "revenue by " + dimension, m);
        assertClose(books.sum("margin." + dimension + ".", m), books.get("margin.total", m), scale,
            "margin by " + dimension, m);
      }
      assertClose(books.get("revenue.total", m), books.get("company.revenue", m), scale, "revenue total", m);
      for (String dimension : new String[] {"product", "region", "industry"}) {
        assertClose(books.sum("equity.gross_revenue." + dimension + ".", m), equityRevenue, scale,
            "equity gross by " + dimension, m);
      }
      // revenue is recognised as orders are delivered: never more than was signed
      signed += books.get("ops.revenue_signed", m);
      delivered += books.get("company.revenue", m) + books.get("equity.gross_revenue", m);
      assertThat(delivered).as("revenue so far against signed, month %d", m + 1).isLessThanOrEqualTo(signed + 1e-6);

      assertThat(books.get("headcount.total", m)).isGreaterThanOrEqualTo(0);
      assertThat(books.get("clients.active", m)).isGreaterThanOrEqualTo(0);
      for (Account a : Account.values()) {
        if (a.isCost()) {
          assertThat(books.get("cost." + a.key(), m)).as("cost %s month %d", a, m + 1).isGreaterThanOrEqualTo(-1e-3);
        }
      }
    }
  }

  @Property(tries = 20)
  void clientOutcomesAddUp(@ForAll long seed) {
    Scenario scenario = Fixtures.yaml(RandomScenarios.yaml(seed));
    Simulation sim = new Simulation(scenario);
    ReplicationResult r = SequentialEngine.run(sim.replication(0), sim.months());
    Books books = new Books(sim, r);
    for (int m = 0; m < sim.months(); m++) {
      // repeat and depth orders close windows; a window closes at most once
      assertThat(books.get("clients.repeat_signed", m) + books.get("clients.depth_signed", m))
          .as("signed again, month %d", m + 1).isLessThanOrEqualTo(books.get("clients.signing_windows_closed", m));
      // churn for health is part of churn; warned churners are churners; in time are warned
      assertThat(books.get("warnings.churners", m)).isLessThanOrEqualTo(books.get("clients.churned", m));
      assertThat(books.get("warnings.churners_warned", m)).isLessThanOrEqualTo(books.get("warnings.churners", m));
      assertThat(books.get("warnings.churners_warned_in_time", m))
          .isLessThanOrEqualTo(books.get("warnings.churners_warned", m));
      assertThat(books.get("sla.serious_complaints", m)).isLessThanOrEqualTo(books.get("sla.complaints", m));
      for (String rate : new String[] {"clients.repeat_signing_rate", "clients.depth_signing_rate"}) {
        double v = books.get(rate, m);
        assertThat(Double.isNaN(v) || (v >= 0 && v <= 1)).as("%s month %d: %s", rate, m + 1, v).isTrue();
      }
      for (var k : scenario.clients().milestones()) {
        double v = books.get("milestone_ratio." + k.id(), m);
        assertThat(Double.isNaN(v) || (v >= 0 && v <= 1)).as("milestone ratio %s: %s", k.id(), v).isTrue();
      }
    }
    // every warning is right, false, or still open at the horizon
    double right = 0;
    double wrong = 0;
    double raised = 0;
    for (int m = 0; m < sim.months(); m++) {
      right += books.get("warnings.churners_warned", m);
      wrong += books.get("warnings.false", m);
      raised += books.get("warnings.raised", m);
    }
    assertThat(right + wrong).isLessThanOrEqualTo(raised);
  }

  /** Sums taken in different orders: equal to rounding, far below a fen. */
  private static void assertClose(double actual, double expected, double scale, String what, int month) {
    double tolerance = 1e-9 * Math.max(scale, Math.max(Math.abs(actual), Math.abs(expected))) + 1e-6;
    assertThat(actual).as("%s in month %d", what, month + 1)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
  }

  private record Books(Simulation sim, ReplicationResult r) {
    double get(String name, int month) {
      return r.series()[sim.layout().index(name)][month];
    }

    double entity(EntitySpec e, String metric, int month) {
      return r.series()[sim.layout().entityIndex(e.id(), metric)][month];
    }

    double sum(String prefix, int month) {
      double sum = 0;
      for (var s : sim.layout().series()) {
        if (!s.isEntity() && s.name().startsWith(prefix)) {
          sum += r.series()[s.index()][month];
        }
      }
      return sum;
    }
  }
}
