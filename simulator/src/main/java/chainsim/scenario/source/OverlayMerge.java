package chainsim.scenario.source;

import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.ScalarNode;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.Names;
import chainsim.scenario.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an overlay changes its base: maps merge key by key (a key set to {@code ~} is removed),
 * lists whose items all have an {@code id} merge by id (an overlay item's keys merge into the
 * base item with that id, new ids are appended, {@code { id: x, remove: true }} removes x), any
 * other value replaces the base's, an empty list included.
 *
 * <p>Within one file, a list names each id once, and a removal says only {@code id} and
 * {@code remove: true}: anything else would be silently lost in the merge, so it is a problem.
 */
public final class OverlayMerge {
  static final String ID = "id";
  static final String REMOVE = "remove";

  private final List<Problem> problems;

  OverlayMerge(List<Problem> problems) {
    this.problems = problems;
  }

  /** The base changed by the overlay; either may be null (absent). */
  Node merge(Node base, Node overlay) {
    return merge(base, overlay, "");
  }

  /** @param path the key path of the value, for problems */
  private Node merge(Node base, Node overlay, String path) {
    if (overlay == null) {
      return base == null ? null : normalize(base, path);
    }
    if (base instanceof MapNode b && overlay instanceof MapNode o) {
      return mergeMaps(b, o, path);
    }
    if (overlay instanceof ListNode o && isIdList(o)) {
      ListNode b = base instanceof ListNode l && (l.items().isEmpty() || isIdList(l)) ? l : null;
      return mergeById(b, o, path);
    }
    return normalize(overlay, path);
  }

  /** A value standing alone: the same rules against an empty base (so removals are checked and dropped). */
  private Node normalize(Node node, String path) {
    if (node instanceof MapNode m) {
      return mergeMaps(new MapNode(m.position(), Map.of()), m, path);
    }
    if (node instanceof ListNode l && isIdList(l)) {
      return mergeById(null, l, path);
    }
    return node;
  }

  private MapNode mergeMaps(MapNode base, MapNode overlay, String path) {
    if (base.entries().isEmpty()) {
      return alone(overlay, path);
    }
    Map<String, MapNode.Entry> out = new LinkedHashMap<>();
    base.entries().forEach((k, e) -> out.put(k, new MapNode.Entry(k, e.keyPosition(), e.value())));
    for (MapNode.Entry e : overlay.entries().values()) {
      if (isNull(e.value())) {
        out.remove(e.key());
        continue;
      }
      MapNode.Entry previous = base.entries().get(e.key());
      Node merged = merge(previous == null ? null : previous.value(), e.value(), join(path, e.key()));
      out.put(e.key(), new MapNode.Entry(e.key(), e.keyPosition(), merged));
    }
    return new MapNode(overlay.position(), out);
  }

  /**
   * A map standing alone: its values normalised, and the map itself kept as it is when nothing in
   * it changes (no {@code ~}, no removal, no duplicate id), as most of a file is.
   */
  private MapNode alone(MapNode overlay, String path) {
    List<MapNode.Entry> entries = new ArrayList<>(overlay.entries().values());
    Node[] merged = new Node[entries.size()];
    boolean unchanged = true;
    for (int i = 0; i < merged.length; i++) {
      MapNode.Entry e = entries.get(i);
      merged[i] = isNull(e.value()) ? null : merge(null, e.value(), join(path, e.key()));
      unchanged &= merged[i] == e.value();
    }
    if (unchanged) {
      return overlay;
    }
    Map<String, MapNode.Entry> out = new LinkedHashMap<>();
    for (int i = 0; i < merged.length; i++) {
      MapNode.Entry e = entries.get(i);
      if (merged[i] != null) {
        out.put(e.key(), merged[i] == e.value() ? e : new MapNode.Entry(e.key(), e.keyPosition(), merged[i]));
      }
    }
    return new MapNode(overlay.position(), out);
  }

  private ListNode mergeById(ListNode base, ListNode overlay, String path) {
    Map<String, Node> byId = new LinkedHashMap<>();
    if (base != null) {
      for (Node item : base.items()) {
        byId.putIfAbsent(idOf(item), item);
      }
    }
    Map<String, Position> seen = new HashMap<>();
    for (Node item : overlay.items()) {
      MapNode m = (MapNode) item;
      String id = idOf(m);
      String itemPath = path + "[" + id + "]";
      Position idAt = m.get(ID).position();
      Position first = seen.putIfAbsent(id, idAt);
      if (first != null) {
        problem(idAt, itemPath, "duplicate id " + Names.quote(id) + " (first at line " + first.line() + ")");
        continue;
      }
      Node remove = m.get(REMOVE);
      if (remove != null && !isTrue(remove)) {
        problem(remove.position(), itemPath + "." + REMOVE, "remove takes true, to remove the base's item "
            + Names.quote(id) + "; got " + shown(remove) + ". To keep the item, leave remove out");
        continue;
      }
      if (remove != null) {
        removal(m, id, itemPath, byId);
        continue;
      }
      Node previous = byId.get(id);
      byId.put(id, previous == null ? normalize(m, itemPath) : merge(previous, m, itemPath));
    }
    List<Node> items = new ArrayList<>(byId.values());
    if (base == null && items.size() == overlay.items().size()) {
      boolean unchanged = true;
      for (int i = 0; i < items.size() && unchanged; i++) {
        unchanged = items.get(i) == overlay.items().get(i);
      }
      if (unchanged) {
        return overlay;
      }
    }
    return new ListNode(overlay.position(), items);
  }

  private void removal(MapNode m, String id, String itemPath, Map<String, Node> byId) {
    for (MapNode.Entry e : m.entries().values()) {
      if (!e.key().equals(ID) && !e.key().equals(REMOVE)) {
        problem(e.keyPosition(), itemPath + "." + e.key(), Names.quote(e.key()) + " cannot go with remove: true;"
            + " an item that is removed has only id and remove");
      }
    }
    if (byId.remove(id) == null) {
      problem(m.position(), itemPath, "cannot remove " + Names.quote(id) + ": the base has no item with that id");
    }
  }

  private void problem(Position at, String path, String message) {
    problems.add(new Problem(at.file(), at.line(), at.column(), path, message));
  }

  private static String shown(Node value) {
    return value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
        ? "the string " + Names.quote(s.text()) : value instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL
        ? s.text() : value.describe();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Lists merge by id when every item is a map with a scalar id. */
  static boolean isIdList(ListNode list) {
    if (list.items().isEmpty()) {
      return false;
    }
    for (Node item : list.items()) {
      if (!(item instanceof MapNode m) || idOf(m) == null) {
        return false;
      }
    }
    return true;
  }

  static String idOf(Node item) {
    return item instanceof MapNode m ? m.scalarText(ID) : null;
  }

  private static boolean isTrue(Node n) {
    return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL && s.bool();
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
  }
}
