package chainsim.scenario;

/** An item of a list that overlays merge by {@code id}, and that other items refer to by it. */
public interface Identified {
  String id();
}
