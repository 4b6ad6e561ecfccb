package chainsim.market;

/** A segment's month for one owner of clients: active clients, and those won, churned, leaked, recalled. */
public record OwnerCount(int entity, int active, int won, int churned, int leaked, int recalls) {}
