package chainsim.scenario.validation;

import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a key path such as {@code expansion[sh-direct].region} was written in the resolved
 * tree. A path into a value the file left to its default points at the nearest part that exists.
 */
final class TreeLocator {
  private final MapNode root;

  TreeLocator(MapNode root) {
    this.root = root;
  }

  /** Where the value at a path was written. */
  Position value(String path) {
    return find(path, false);
  }

  /** Where the last key of a path was written (for a map key that is itself wrong). */
  Position key(String path) {
    return find(path, true);
  }

  private Position find(String path, boolean wantKey) {
    Node node = root;
    Position at = root.position();
    for (String step : steps(path)) {
      Node next = null;
      Position keyAt = null;
      if (step.startsWith("[") && node instanceof ListNode list) {
        next = item(list, step.substring(1, step.length() - 1));
      } else if (node instanceof MapNode map && map.entries().containsKey(step)) {
        MapNode.Entry e = map.entries().get(step);
        next = e.value();
        keyAt = e.keyPosition();
      }
      if (next == null) {
        return at;
      }
      node = next;
      at = wantKey && keyAt != null ? keyAt : next.position();
    }
    return at;
  }

  private static Node item(ListNode list, String selector) {
    for (Node n : list.items()) {
      if (n instanceof MapNode m && selector.equals(m.scalarText("id"))) {
        return n;
      }
    }
    try {
      int i = Integer.parseInt(selector);
      return i >= 0 && i < list.items().size() ? list.items().get(i) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code a.b[x].c} as steps a, b, [x], c. */
  static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        if (key.length() > 0) {
          steps.add(key.toString());
          key.setLength(0);
        }
        if (c == '[') {
          int end = path.indexOf(']', i);
          end = end < 0 ? path.length() : end;
          steps.add("[" + path.substring(i + 1, end) + "]");
          i = end;
        }
      } else {
        key.append(c);
      }
    }
    if (key.length() > 0) {
      steps.add(key.toString());
    }
    return steps;
  }
}
