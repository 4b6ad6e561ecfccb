package chainsim.montecarlo;

import chainsim.market.ClientSnapshot;
import chainsim.metrics.MetricLayout;
import java.util.List;
import java.util.Map;

/**
 * What a Monte Carlo run found: per series and month the distribution across replications; per
 * headline figure its distribution; each entity's break-even and payback; the sensitivity table;
 * every event; the clients sample; and each replication's NPV and cash path for the planner.
 *
 * @param monthly {@code monthly[series][month - 1]}
 * @param npvByReplication NPV of each replication, by index
 * @param minCashByReplication lowest cash of each replication, by index
 * @param perReplication every replication's draws and headline figures (replications.csv); null
 *     where the run did not keep them
 */
public record MonteCarloResult(
    MetricLayout layout,
    int months,
    int replications,
    long seed,
    Stats[][] monthly,
    Map<String, Stats> chain,
    Map<String, Map<String, Stats>> entities,
    List<Sensitivity.Entry> sensitivity,
    List<RunEvent> events,
    List<ClientSnapshot> clientSample,
    double[] npvByReplication,
    double[] minCashByReplication,
    ReplicationTable perReplication) {

  /** Without the per-replication table. */
  public MonteCarloResult(MetricLayout layout, int months, int replications, long seed, Stats[][] monthly,
      Map<String, Stats> chain, Map<String, Map<String, Stats>> entities, List<Sensitivity.Entry> sensitivity,
      List<RunEvent> events, List<ClientSnapshot> clientSample, double[] npvByReplication,
      double[] minCashByReplication) {
    this(layout, months, replications, seed, monthly, chain, entities, sensitivity, events, clientSample,
        npvByReplication, minCashByReplication, null);
  }

  /** This result with every replication's draws and headline figures. */
  public MonteCarloResult withPerReplication(ReplicationTable table) {
    return new MonteCarloResult(layout, months, replications, seed, monthly, chain, entities, sensitivity, events,
        clientSample, npvByReplication, minCashByReplication, table);
  }

  /** The distribution of a chain series in a month. */
  public Stats monthly(String series, int month) {
    return monthly[layout.index(series)][month - 1];
  }
}
