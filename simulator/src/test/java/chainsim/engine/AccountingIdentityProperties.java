package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import chainsim.testing.RandomScenarios;
import chainsim.world.EntitySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The books balance, month by month, in any scenario: the cash change is inflows less outflows,
 * the consolidated P&L is the sum of the company's entities' P&Ls and the head office's, and
 * revenue broken down by product, channel, region or industry adds up to the total.
 */
class AccountingIdentityProperties {

  @Property(tries = 40)
  void theBooksBalanceEveryMonth(@ForAll long seed) {
    Scenario scenario = Fixtures.yaml(RandomScenarios.yaml(seed));
    Simulation sim = new Simulation(scenario);
    ReplicationResult r = SequentialEngine.run(sim.replication(0), sim.months());
    Books books = new Books(sim, r);
    double previous = scenario.capital().initial().mean();
    for (int m = 0; m < sim.months(); m++) {
      double balance = books.get("cash.balance", m);
      assertClose(balance - previous, books.get("cash.in", m) - books.get("cash.out", m), balance, "cash change", m);
      assertClose(books.get("cash.net_flow", m), books.get("cash.in", m) - books.get("cash.out", m), balance, "net", m);
      previous = balance;

      double entities = 0;
      for (EntitySpec e : sim.world().entities()) {
        if (e.mode() != Mode.EQUITY) {
          entities += r.series()[sim.layout().entityIndex(e.id(), "profit")][m];
        }
      }
      double central = books.get("cost.central_platform", m) + books.get("cost.central_data", m)
          + books.get("cost.central_staff", m) + books.get("cost.central_support", m);
      double headOffice = books.get("company.equity_income", m) - central;
      assertClose(books.get("company.profit", m), entities + headOffice, balance, "consolidated profit", m);

      for (String measure : new String[] {"revenue", "margin"}) {
        double total = books.get(measure + ".total", m);
        for (String dimension : new String[] {"product", "channel", "region", "industry"}) {
          assertClose(books.sum(measure + "." + dimension + ".", m), total, total, measure + " by " + dimension, m);
        }
      }
      double companyRevenue = books.get("revenue.channel.direct", m) + books.get("revenue.channel.partner", m)
          + books.get("revenue.channel.agent", m);
      assertClose(books.get("company.revenue", m), companyRevenue, companyRevenue, "company revenue", m);
      assertThat(books.get("headcount.total", m)).isGreaterThanOrEqualTo(0);
      assertThat(books.get("clients.active", m)).isGreaterThanOrEqualTo(0);
      for (Account a : Account.values()) {
        if (a.isCost()) {
          assertThat(books.get("cost." + a.key(), m)).as("cost %s month %d", a, m + 1).isGreaterThanOrEqualTo(-1e-3);
        }
      }
    }
  }

  /** Series are stored as floats: compare to seven significant digits of the larger magnitude. */
  private static void assertClose(double actual, double expected, double scale, String what, int month) {
    double tolerance = 1e-5 * Math.max(Math.abs(scale), Math.max(Math.abs(actual), Math.abs(expected))) + 2.0;
    assertThat(actual).as("%s in month %d", what, month + 1).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
  }

  private record Books(Simulation sim, ReplicationResult r) {
    double get(String name, int month) {
      return r.series()[sim.layout().index(name)][month];
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
