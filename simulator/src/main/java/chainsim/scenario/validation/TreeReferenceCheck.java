package chainsim.scenario.validation;

import chainsim.scenario.Ref;
import chainsim.scenario.source.ListNode;
import chainsim.scenario.source.MapNode;
import chainsim.scenario.source.Names;
import chainsim.scenario.source.Node;
import chainsim.scenario.source.ScalarNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * References checked on the tree, for a file whose shape is wrong elsewhere and so cannot be bound:
 * a dangling {@code region: hangzou} is reported together with the shape problems instead of in a
 * second round. Lists the file leaves to their defaults are not checked here; the full check on
 * the bound records ({@link ReferenceCheck}) runs once the shape is right.
 */
final class TreeReferenceCheck {
  /** A value (or list, or map whose keys) must name ids of a list. */
  record Pending(Ref ref, Node node, String path) {}

  private TreeReferenceCheck() {}

  static void check(MapNode root, List<Pending> pending, Findings findings) {
    for (Pending p : pending) {
      List<String> ids = ids(root, p.ref().value());
      if (ids == null) {
        continue;
      }
      List<String> allowed = new ArrayList<>(ids);
      allowed.addAll(Arrays.asList(p.ref().alsoAllowed()));
      if (p.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
        unknown(p, s.text(), allowed, s, p.path(), findings);
      } else if (p.node() instanceof ListNode l) {
        for (int i = 0; i < l.items().size(); i++) {
          if (l.items().get(i) instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            unknown(p, s.text(), allowed, s, p.path() + "[" + i + "]", findings);
          }
        }
      } else if (p.node() instanceof MapNode m) {
        for (MapNode.Entry e : m.entries().values()) {
          if (!allowed.contains(e.key())) {
            findings.add(e.keyPosition(), Findings.join(p.path(), e.key()), message(p, e.key(), allowed));
          }
        }
      }
    }
  }

  private static void unknown(Pending p, String id, List<String> allowed, Node at, String path, Findings findings) {
    if (!allowed.contains(id)) {
      findings.add(at.position(), path, message(p, id, allowed));
    }
  }

  private static String message(Pending p, String id, List<String> allowed) {
    return "unknown " + ReferenceCheck.noun(p.ref().value()) + " " + Names.quote(id) + Suggestions.hint(id, allowed);
  }

  /** The ids of a list given by its key path, or null when the file does not write that list. */
  private static List<String> ids(MapNode root, String listPath) {
    Node node = root;
    for (String key : listPath.split("\\.")) {
      node = node instanceof MapNode m ? m.get(key) : null;
    }
    if (!(node instanceof ListNode list)) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (Node item : list.items()) {
      String id = item instanceof MapNode m ? m.scalarText("id") : null;
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
