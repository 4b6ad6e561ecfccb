package chainsim.scenario.source;

import chainsim.scenario.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an overlay changes its base: maps merge key by key (a key set to {@code ~} is removed),
 * lists whose items all have an {@code id} merge by id (an overlay item's keys merge into the
 * base item with that id, new ids are appended, {@code { id: x, remove: true }} removes x), any
 * other value replaces the base's.
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
    if (overlay == null) {
      return base == null ? null : normalize(base);
    }
    if (base instanceof MapNode b && overlay instanceof MapNode o) {
      return mergeMaps(b, o);
    }
    if (overlay instanceof ListNode o && isIdList(o)) {
      ListNode b = base instanceof ListNode l && (l.items().isEmpty() || isIdList(l)) ? l : null;
      return mergeById(b, o);
    }
    return normalize(overlay);
  }

  /** A value standing alone: the same rules against an empty base (so removals are checked and dropped). */
  Node normalize(Node node) {
    if (node instanceof MapNode m) {
      return mergeMaps(new MapNode(m.position(), Map.of()), m);
    }
    if (node instanceof ListNode l && isIdList(l)) {
      return mergeById(null, l);
    }
    return node;
  }

  private MapNode mergeMaps(MapNode base, MapNode overlay) {
    Map<String, MapNode.Entry> out = new LinkedHashMap<>();
    base.entries().forEach((k, e) -> out.put(k, new MapNode.Entry(k, e.keyPosition(), merge(null, e.value()))));
    for (MapNode.Entry e : overlay.entries().values()) {
      if (isNull(e.value())) {
        out.remove(e.key());
        continue;
      }
      MapNode.Entry previous = base.entries().get(e.key());
      Node merged = merge(previous == null ? null : previous.value(), e.value());
      out.put(e.key(), new MapNode.Entry(e.key(), e.keyPosition(), merged));
    }
    return new MapNode(overlay.position(), out);
  }

  private ListNode mergeById(ListNode base, ListNode overlay) {
    Map<String, Node> byId = new LinkedHashMap<>();
    List<Node> duplicates = new ArrayList<>();
    if (base != null) {
      for (Node item : base.items()) {
        Node merged = normalize(item);
        if (byId.putIfAbsent(idOf(item), merged) != null) {
          duplicates.add(merged);
        }
      }
    }
    for (Node item : overlay.items()) {
      MapNode m = (MapNode) item;
      String id = idOf(m);
      if (isRemoval(m)) {
        if (byId.remove(id) == null) {
          problems.add(new Problem(m.position().file(), m.position().line(), m.position().column(), "",
              "cannot remove " + Names.quote(id) + ": the base has no item with that id"));
        }
        continue;
      }
      MapNode item2 = withoutRemoveFalse(m);
      Node previous = byId.get(id);
      if (previous == null) {
        byId.put(id, normalize(item2));
      } else if (base != null && base.items().stream().anyMatch(b -> idOf(b).equals(id))) {
        byId.put(id, merge(previous, item2));
      } else {
        // The same id twice in one file: keep both, so validation reports the duplicate.
        duplicates.add(normalize(item2));
      }
    }
    List<Node> items = new ArrayList<>(byId.values());
    items.addAll(duplicates);
    return new ListNode(overlay.position(), items);
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

  private static boolean isRemoval(MapNode m) {
    return m.get(REMOVE) instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL && s.bool();
  }

  private static MapNode withoutRemoveFalse(MapNode m) {
    if (m.get(REMOVE) instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL && !s.bool()) {
      Map<String, MapNode.Entry> entries = new LinkedHashMap<>(m.entries());
      entries.remove(REMOVE);
      return new MapNode(m.position(), entries);
    }
    return m;
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
  }
}
