package chainsim.montecarlo;

import chainsim.selling.EntityEvent;

/** An event of one replication. */
public record RunEvent(int replication, EntityEvent event) {}
