package chainsim.market;

/**
 * A change to one client's health from a service event (a delivery, a breached complaint), and the
 * revenue recognised on the client's order when a delivery finishes (its lifetime revenue to date).
 */
public record HealthEffect(int segment, int firm, float delta, float revenue) {
  /** A change of health only. */
  public HealthEffect(int segment, int firm, float delta) {
    this(segment, firm, delta, 0f);
  }
}
