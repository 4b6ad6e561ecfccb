package chainsim.metrics;

import chainsim.market.ClientSnapshot;
import chainsim.selling.EntityEvent;
import java.util.List;

/**
 * Everything one replication produced: its monthly series ({@code series[s][month - 1]} in
 * {@link MetricLayout} order), its summary, its events, the values its uncertain parameters took
 * (for sensitivity), and, for the replication that records one, the clients sample.
 */
public record ReplicationResult(
    int replication,
    double[][] series,
    ReplicationSummary summary,
    List<EntityEvent> events,
    double[] parameters,
    List<ClientSnapshot> clientSample) {}
