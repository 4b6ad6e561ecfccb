package chainsim.scenario.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping in file order. */
public record MapNode(Position position, Map<String, MapNode.Entry> entries) implements Node {

  /** One key with its value; the key's own position is where unknown-key problems point. */
  public record Entry(String key, Position keyPosition, Node value) {}

  public MapNode {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public Node get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** The text of a scalar value under a key, if there is one. */
  public String scalarText(String key) {
    return get(key) instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL ? s.text() : null;
  }

  @Override
  public String describe() {
    return "a map";
  }
}
