package chainsim.scenario.validation;

import chainsim.scenario.Ref;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * References checked on the tree, for the parts of a file that cannot be bound because their shape
 * is wrong: a dangling {@code region: hangzou} in an opening whose month is wrong too is reported
 * together with the month. Lists the file leaves to their defaults are not checked here; the check
 * on the bound records ({@link ReferenceCheck}) covers everything else.
 */
final class TreeReferenceCheck {
  /** A value (or list, or map whose keys) must name ids of a list. */
  record Pending(Ref ref, Node node, String path) {}

  private TreeReferenceCheck() {}

  static void check(MapNode root, List<Pending> pending, Findings findings) {
    IdLists idLists = new IdLists(root, null, null);
    for (Pending p : pending) {
      if (!idLists.written(p.ref().value(), false)) {
        continue;
      }
      Set<String> accepted = new java.util.HashSet<>(idLists.accepted(p.ref().value()));
      accepted.addAll(Arrays.asList(p.ref().alsoAllowed()));
      List<String> suggestible = new ArrayList<>(idLists.suggestible(p.ref().value()));
      suggestible.addAll(Arrays.asList(p.ref().alsoAllowed()));
      if (p.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
        unknown(p, s.text(), accepted, suggestible, s, p.path(), findings);
      } else if (p.node() instanceof ListNode l) {
        for (int i = 0; i < l.items().size(); i++) {
          if (l.items().get(i) instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            unknown(p, s.text(), accepted, suggestible, s, p.path() + "[" + i + "]", findings);
          }
        }
      } else if (p.node() instanceof MapNode m) {
        for (MapNode.Entry e : m.entries().values()) {
          if (!accepted.contains(e.key())) {
            findings.add(e.keyPosition(), Findings.join(p.path(), e.key()),
                ReferenceCheck.message(p.ref(), e.key(), suggestible));
          }
        }
      }
    }
  }

  private static void unknown(Pending p, String id, Set<String> accepted, List<String> suggestible, Node at,
      String path, Findings findings) {
    if (!accepted.contains(id)) {
      findings.add(at.position(), path, ReferenceCheck.message(p.ref(), id, suggestible));
    }
  }
}
