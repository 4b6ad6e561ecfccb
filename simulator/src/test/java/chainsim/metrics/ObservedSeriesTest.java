package chainsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsSynthesizer;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity series added for the forecast check (MetricLayout.observedMetrics) record what the
 * actuals of the same replication report: the same numbers, month by month, so that a forecast
 * band and an actual measure one thing.
 */
class ObservedSeriesTest {
  static final YearMonth AS_OF = YearMonth.of(2027, 12);

  @Test
  void observedSeriesOfAReplicationAreItsSynthesizedActuals() throws Exception {
    check(ScenarioLoader.load(Path.of("../scenarios/actuals/true.yaml")).scenario(), "suzhou-direct", 1);
  }

  @Test
  void anEquityChannelsObservedSeriesAreItsSynthesizedActuals() throws Exception {
    check(ScenarioLoader.load(Path.of("../scenarios/growth.yaml")).scenario(), "hangzhou-equity", 0);
  }

  private static void check(Scenario scenario, String entity, int replication) {
    Simulation sim = new Simulation(scenario);
    int months = 12;
    ReplicationResult result = SequentialEngine.run(sim.replication(replication), sim.months());
    Actuals actuals = new ActualsSynthesizer(scenario).synthesize(AS_OF, replication);
    MetricLayout layout = sim.layout();
    YearMonth start = YearMonth.parse(scenario.horizon().start());
    double[][] s = result.series();
    int compared = 0;
    for (Actuals.Funnel f : actuals.funnel()) {
      if (!f.entity().equals(entity)) {
        continue;
      }
      int m = (int) start.until(f.month(), java.time.temporal.ChronoUnit.MONTHS);
      assertThat(s[layout.entityIndex(entity, "contacts")][m]).as("contacts " + f.month()).isEqualTo((double) f.contacts());
      assertThat(s[layout.entityIndex(entity, "leads")][m]).as("leads " + f.month()).isEqualTo((double) f.leads());
      assertThat(s[layout.entityIndex(entity, "signed_orders")][m]).as("signings " + f.month())
          .isEqualTo((double) f.signings());
      compared++;
    }
    for (Actuals.Clients c : actuals.clients()) {
      if (c.entity().equals(entity)) {
        int m = (int) start.until(c.month(), java.time.temporal.ChronoUnit.MONTHS);
        assertThat(s[layout.entityIndex(entity, "churned_clients")][m]).as("churned " + c.month())
            .isEqualTo((double) c.churned());
      }
    }
    for (Actuals.Cash c : actuals.cash()) {
      if (c.entity().equals(entity)) {
        int m = (int) start.until(c.month(), java.time.temporal.ChronoUnit.MONTHS);
        assertThat(s[layout.entityIndex(entity, "cash_in")][m]).isEqualTo(c.cashInCny());
        assertThat(s[layout.entityIndex(entity, "cash_out")][m]).isEqualTo(c.cashOutCny());
      }
    }
    double[] revenue = new double[months];
    for (Actuals.Revenue r : actuals.revenue()) {
      if (r.entity().equals(entity)) {
        int m = (int) start.until(r.month(), java.time.temporal.ChronoUnit.MONTHS);
        assertThat(s[layout.entityIndex(entity, "revenue.product." + r.product())][m]).isEqualTo(r.revenueCny());
        revenue[m] += r.revenueCny();
      }
    }
    for (int m = 0; m < months; m++) {
      // the products add up to the entity's revenue
      assertThat(revenue[m]).isCloseTo(s[layout.entityIndex(entity, "revenue")][m],
          org.assertj.core.data.Offset.offset(1e-6));
    }
    for (Actuals.Headcount h : actuals.headcount()) {
      if (h.entity().equals(entity) && h.skill() == null) {
        int m = (int) start.until(h.month(), java.time.temporal.ChronoUnit.MONTHS);
        assertThat(s[layout.entityIndex(entity, "headcount." + h.role())][m]).as(h.role() + " " + h.month())
            .isEqualTo((double) h.headcount());
      }
    }
    assertThat(compared).isPositive();
    assertThat(List.of(layout.hasEntity("suzhou-partner", "contacts"))).containsExactly(false);
  }
}
