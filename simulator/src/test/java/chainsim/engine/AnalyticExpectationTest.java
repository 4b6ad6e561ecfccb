package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Binomial conversions and geometric churn: with 40 contacts a month that all reach a firm with a
 * need, conversion p = 0.3 and churn q = 0.05 a month, a client won in month k is still active at
 * the end of month m with chance (1-q)^(m-k) (churn starts the month after winning), so
 * E[active at m] = sum over k = 2..m of 40 p (1-q)^(m-k). The simulated mean over replications must
 * match within three standard errors.
 */
class AnalyticExpectationTest {
  private static final int CONTACTS = 40;
  private static final double P = 0.3;
  private static final double Q = 0.05;
  private static final int MONTHS = 12;
  private static final int REPLICATIONS = 200;

  @Test
  void expectedActiveClientsMatchTheAnalyticValue() {
    Scenario scenario = Fixtures.yaml(Fixtures.deterministicBase("")
        .replace("firms: { software: 100 }", "firms: { software: 20000 }")
        .replace("months: 6", "months: " + MONTHS)
        .replace("contacts_per_consultant_month: 5", "contacts_per_consultant_month: " + CONTACTS)
        .replace("conversion_rate: 1.0", "conversion_rate: " + P)
        .replace("service_hours_per_month: 100", "service_hours_per_month: 10000")
        .replace("churn_monthly_healthy: 0", "churn_monthly_healthy: " + Q)
        .replace("churn_monthly_unhealthy: 0", "churn_monthly_unhealthy: " + Q));
    Simulation sim = new Simulation(scenario);
    int index = sim.layout().index("clients.active");
    double[] active = new double[REPLICATIONS];
    double[] won = new double[REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      ReplicationResult result = SequentialEngine.run(sim.replication(r), MONTHS);
      active[r] = result.series()[index][MONTHS - 1];
      won[r] = result.summary().chain().get("clients_won");
    }
    double expected = 0;
    for (int k = 2; k <= MONTHS; k++) {
      expected += CONTACTS * P * Math.pow(1 - Q, MONTHS - k);
    }
    assertWithinThreeStandardErrors(active, expected);
    assertWithinThreeStandardErrors(won, CONTACTS * P * (MONTHS - 1));
  }

  private static void assertWithinThreeStandardErrors(double[] values, double expected) {
    double mean = 0;
    for (double v : values) {
      mean += v / values.length;
    }
    double var = 0;
    for (double v : values) {
      var += (v - mean) * (v - mean) / (values.length - 1);
    }
    double se = Math.sqrt(var / values.length);
    assertThat(se).isPositive();
    assertThat(Math.abs(mean - expected)).as("mean %.3f, expected %.3f, se %.3f", mean, expected, se)
        .isLessThanOrEqualTo(3 * se);
  }
}
