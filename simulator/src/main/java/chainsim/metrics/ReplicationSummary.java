package chainsim.metrics;

import java.util.Map;

/**
 * The headline figures of one replication: chain figures by name, and each entity's figures by
 * entity id then name. NaN marks a figure that does not exist in this replication (a branch that
 * never broke even, an opening the gate blocked).
 */
public record ReplicationSummary(Map<String, Double> chain, Map<String, Map<String, Double>> entities) {}
