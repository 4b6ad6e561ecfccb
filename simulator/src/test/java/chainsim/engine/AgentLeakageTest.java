package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An agent and a direct branch win clients at the same pace in twin regions; the agent's clients
 * leak (it takes them solo), the branch's do not. Leaked clients are lost to the company for good.
 */
class AgentLeakageTest {
  @Test
  void theAgentLosesClientsToLeakageWhereTheBranchKeepsThem() {
    String text = Fixtures.deterministicBase("""
        agent_templates:
          - id: local_agent
            commission_rate: 0.3
            leakage_rate_monthly: 0.08
            contacts_per_month: 5
            conversion_rate: 1.0
            quality: 0.7
        """)
        .replace("months: 6", "months: 12")
        .replace("firms: { software: 100 }", "firms: { software: 1000 }")
        .replace("regions:\n", "regions:\n"
            + "  - { id: sz, wage_index: 1.0, rent_per_seat_month: 1000, firms: { software: 1000 },\n"
            + "      firm_birth_rate_annual: 0, firm_death_rate_annual: 0 }\n")
        .replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: sz-agent, month: 1, region: sz, mode: agent, template: local_agent }");
    Scenario s = Fixtures.yaml(text);
    double agentLeaked = 0;
    double agentActive = 0;
    double branchActive = 0;
    for (int r = 0; r < 20; r++) {
      ReplicationResult result = Fixtures.runOnce(s, r);
      Simulation sim = new Simulation(s);
      agentActive += result.series()[sim.layout().entityIndex("sz-agent", "active_clients")][11];
      branchActive += result.series()[sim.layout().entityIndex("hz-direct", "active_clients")][11];
      double[] leaked = result.series()[sim.layout().index("clients.leaked")];
      for (double v : leaked) {
        agentLeaked += v;
      }
    }
    // both win 5 clients a month from month 2: 55 by month 12; the branch keeps them all
    assertThat(branchActive / 20).isEqualTo(55.0);
    assertThat(agentLeaked).isPositive();
    // expected survivors: sum over 11 cohorts of 5 x 0.92^(age) is about 38.5, well below 55
    assertThat(agentActive / 20).isBetween(30.0, 47.0);
  }
}
