package chainsim.engine;

/**
 * A state a simulation restarts from, at the end of month {@link #asOfMonth()}: it brings a
 * freshly built replication to that state before any engine runs it (sequentially, so every
 * engine sees the same objects). {@code chainsim.restart.StartState} is the implementation.
 */
public interface StartPoint {
  /** k: the last month the state has seen (0 starts at the beginning). */
  int asOfMonth();

  /** Brings replication {@code r}, built and not yet run, to the end of month k. */
  void bringUp(Simulation simulation, Replication r);
}
