package chainsim.engine.actor;

/** A model object inside an actor failed: which one (a segment, an entity), and why. */
final class PartFailure extends RuntimeException {
  private final String part;

  PartFailure(String part, Throwable cause) {
    super(part, cause);
    this.part = part;
  }

  String part() {
    return part;
  }
}
