package chainsim.metrics;

/**
 * A named monthly series. {@code group} says where it goes: the chain's monthly table, or an
 * entity's own table ({@code entity} names it).
 */
public record Series(int index, String name, Unit unit, String entity) {
  public boolean isEntity() {
    return entity != null;
  }
}
