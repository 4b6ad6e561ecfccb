package chainsim.testing;

import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;

/** Small scenarios for tests, written as YAML in the tests so they read like the files users write. */
public final class Fixtures {
  private Fixtures() {}

  /** A scenario from YAML text, validated as a file would be. */
  public static Scenario yaml(String text) {
    try {
      return ScenarioLoader.load(text, Path.of("fixture.yaml")).scenario();
    } catch (ScenarioException e) {
      throw new IllegalArgumentException("invalid fixture:\n" + e.getMessage(), e);
    }
  }

  /** A scenario file, validated. */
  public static Scenario file(String path) {
    try {
      return ScenarioLoader.load(Path.of(path)).scenario();
    } catch (ScenarioException e) {
      throw new IllegalArgumentException("invalid fixture:\n" + e.getMessage(), e);
    }
  }

  /** One replication with the sequential engine. */
  public static ReplicationResult runOnce(Scenario scenario, int replication) {
    Simulation sim = new Simulation(scenario);
    return SequentialEngine.run(sim.replication(replication), sim.months());
  }

  /** A series of a replication, month by month (index 0 is month 1). */
  public static double[] series(Scenario scenario, ReplicationResult r, String name) {
    return r.series()[new Simulation(scenario).layout().index(name)];
  }

  /**
   * A one-region, one-industry, one-product scenario where nothing is random: every firm always
   * needs the product, every contact reaches a firm with a need and signs, nobody leaves, and
   * the numbers are round so a test can follow every yuan by hand. {@code extra} is appended
   * (e.g. more openings or policies).
   */
  public static String deterministicBase(String extra) {
    return """
        name: by-hand
        seed: 7
        replications: 1
        horizon: { start: 2027-01, months: 6 }
        capital: { initial: 1000000, reserve_ratio: 0.1, discount_rate_annual: 0.0 }
        industries: [ { id: software } ]
        skills: [ { id: tax } ]
        roles:
          - { id: manager, kind: manager }
          - { id: sales, kind: sales }
          - { id: service, kind: service }
        regions:
          - id: hz
            wage_index: 1.0
            rent_per_seat_month: 1000
            firms: { software: 100 }
            firm_birth_rate_annual: 0
            firm_death_rate_annual: 0
        products:
          - id: filing
            price: 10000
            delivery_hours: { tax: 10 }
            delivery_months: 1
            payment: { upfront: 0.5, on_completion: 0.3, receivable_days: 30 }
            need_rate_annual: { default: 1.0 }
        branch_templates:
          - id: small
            staffing:
              - { role: manager, count: 1 }
              - { role: sales, count: 1 }
              - { role: service, skill: tax, count: 1 }
            base_pay: { manager: 20000, sales: 10000, service: 10000 }
            productivity:
              contacts_per_consultant_month: 5
              conversion_rate: 1.0
              service_hours_per_month: 100
              quality: 0.7
            ramp_up_months: 0
            attrition_monthly: 0
            hiring_lag_months: 0
            seats: 3
            setup_cost: 50000
        expansion:
          - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }
        clients:
          initial_health: 75
          health_drift_monthly: 0
          churn_monthly_healthy: 0
          churn_monthly_unhealthy: 0
          need_window_months: 1
          milestones: []
        policies:
          complaints: { rate_per_client_month: 0 }
        """ + extra;
  }
}
