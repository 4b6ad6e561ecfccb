package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.client.FirmPopulation;
import chainsim.market.ClientSnapshot;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The clients sample holds whole individual histories: every month from the first contact (a lead)
 * or win to the month the firm leaves (churned, leaked, closed) or its need lapses, with tenure.
 */
class ClientHistoriesTest {
  private final Scenario scenario = Fixtures.file("../scenarios/baseline.yaml");
  private final ReplicationResult result = Fixtures.runOnce(scenario, Replication.SAMPLED_REPLICATION);

  private static Map<Long, List<ClientSnapshot>> histories(ReplicationResult result) {
    Map<Long, List<ClientSnapshot>> byFirm = new TreeMap<>();
    for (ClientSnapshot c : result.clientSample()) {
      byFirm.computeIfAbsent(((long) c.segment() << 32) | c.firm(), k -> new ArrayList<>()).add(c);
    }
    byFirm.values().forEach(rows -> rows.sort(java.util.Comparator.comparingInt(ClientSnapshot::month)));
    return byFirm;
  }

  private static boolean inPipeline(ClientSnapshot c) {
    return c.stage() == FirmPopulation.LEAD || c.stage() == FirmPopulation.CLIENT;
  }

  @Test
  void everyHistoryRunsMonthByMonthUntilTheFirmLeavesThePipeline() {
    int months = scenario.horizon().months();
    Set<String> transitions = new HashSet<>();
    for (List<ClientSnapshot> rows : histories(result).values()) {
      for (int k = 0; k < rows.size(); k++) {
        ClientSnapshot c = rows.get(k);
        boolean last = k == rows.size() - 1;
        ClientSnapshot next = last ? null : rows.get(k + 1);
        if (inPipeline(c)) {
          // a lead or a client has a row next month too, unless the horizon ends
          assertThat(last ? months : next.month()).as("firm %d month %d", c.firm(), c.month()).isEqualTo(
              last ? months : c.month() + 1);
          if (!last && c.month() + 1 == next.month()) {
            transitions.add(FirmPopulation.stageName(c.stage()) + "->" + FirmPopulation.stageName(next.stage()));
          }
        } else {
          // a row out of the pipeline closes a stretch: it follows a lead or client row of last month
          assertThat(k).isPositive();
          assertThat(rows.get(k - 1).month()).isEqualTo(c.month() - 1);
          assertThat(inPipeline(rows.get(k - 1))).isTrue();
        }
        if (c.stage() == FirmPopulation.CLIENT) {
          assertThat(c.tier()).isNotEmpty();
          if (k > 0 && rows.get(k - 1).stage() == FirmPopulation.CLIENT && rows.get(k - 1).month() == c.month() - 1) {
            assertThat(c.tenureMonths()).isEqualTo(rows.get(k - 1).tenureMonths() + 1);
          } else {
            assertThat(c.tenureMonths()).isEqualTo(1);
          }
        }
      }
    }
    // the lifecycle shows: contacted and not signed (for a while, then lapsed), signed, kept, lost
    assertThat(transitions).contains("lead->lead", "lead->prospect", "client->client", "client->churned");
  }

  @Test
  void aClientTakenSoloByItsAgentEndsAsLeaked() {
    // every contact signs and half the agent's clients leak each month
    Scenario agent = Fixtures.yaml(Fixtures.deterministicBase("""
        agent_templates:
          - { id: solo, commission_rate: 0.3, leakage_rate_monthly: 0.5, contacts_per_month: 20, conversion_rate: 1 }
        """).replace("firms: { software: 100 }", "firms: { software: 640 }")
        .replace("{ id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "{ id: hz-agent, month: 1, region: hz, mode: agent, template: solo }"));
    ReplicationResult r = Fixtures.runOnce(agent, Replication.SAMPLED_REPLICATION);
    List<List<ClientSnapshot>> leaked = histories(r).values().stream()
        .filter(rows -> rows.get(rows.size() - 1).stage() == FirmPopulation.LEAKED).toList();
    assertThat(leaked).isNotEmpty().allSatisfy(rows -> {
      ClientSnapshot end = rows.get(rows.size() - 1);
      ClientSnapshot before = rows.get(rows.size() - 2);
      assertThat(before.stage()).isEqualTo(FirmPopulation.CLIENT);
      assertThat(before.month()).isEqualTo(end.month() - 1);
      // the months it was a client, the month it left not counted
      assertThat(end.tenureMonths()).isEqualTo(before.tenureMonths());
    });
  }

  @Test
  void withHealthNoiseEachClientHasMonthsOfItsOwn() {
    String many = Fixtures.deterministicBase("").replace("firms: { software: 100 }", "firms: { software: 3200 }")
        .replace("contacts_per_consultant_month: 5", "contacts_per_consultant_month: 200")
        .replace("service_hours_per_month: 100", "service_hours_per_month: 10000");
    Set<Float> alike = healthsOfMonthThreeClients(Fixtures.yaml(many));
    Set<Float> ownMonths = healthsOfMonthThreeClients(Fixtures.yaml(many.replace("  health_drift_monthly: 0",
        "  health_drift_monthly: 0\n  health_noise_monthly: 3")));
    assertThat(alike).containsExactly(75f);
    assertThat(ownMonths).hasSizeGreaterThan(2);
  }

  /** The health, at month 5, of the sampled clients won in month 2. */
  private static Set<Float> healthsOfMonthThreeClients(Scenario s) {
    Set<Float> healths = new HashSet<>();
    for (ClientSnapshot c : Fixtures.runOnce(s, Replication.SAMPLED_REPLICATION).clientSample()) {
      if (c.month() == 5 && c.stage() == FirmPopulation.CLIENT && c.tenureMonths() == 4) {
        healths.add(c.health());
      }
    }
    return healths;
  }
}
