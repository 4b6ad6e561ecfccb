package chainsim.market;

/**
 * A segment's month for one owner of clients: active clients, and those won, churned, leaked,
 * recalled; and the owner's outbound contacts that reached a firm with an open need
 * ({@code qualifiedContacts}, the contacts the conversion rate applies to).
 */
public record OwnerCount(int entity, int active, int won, int churned, int leaked, int recalls,
    int qualifiedContacts) {}
