package chainsim.market;

/** A change to one client's health from a service event (a delivery, a breached complaint). */
public record HealthEffect(int segment, int firm, float delta) {}
