package chainsim.montecarlo;

/** Which engine runs the replications. Both give the same bytes; the actor engine is the product. */
public enum EngineKind {
  /** Pekko actors: a head office, segment blocks, branches, channels and partners per replication. */
  ACTOR,
  /** A plain loop over the same model classes; the test oracle and speed baseline. */
  SEQUENTIAL;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
