package chainsim.scenario.validation;

import chainsim.scenario.Problem;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the first pass ({@link StructureCheck}) found: whether the shape is right, and if not,
 * which units are wrong (a unit is an item of a list of records, or another value of the
 * top-level sections), the tree without them for the second pass ({@link BusinessRules}), and the
 * references inside them, which are checked on the tree instead.
 */
public final class Shape {
  /** A reference found in a unit, checked on the tree when that unit cannot be bound. */
  record UnitReference(TreeReferenceCheck.Pending reference, Node unit) {}

  private final MapNode root;
  private final Class<? extends Record> rootType;
  private final int problems;
  private final Set<Node> tainted;
  private final Set<String> taintedPaths;
  private final List<UnitReference> references;
  /** Every key path a unit left out lies under (computed when first asked). */
  private Set<String> taintedAncestors;

  Shape(MapNode root, Class<? extends Record> rootType, int problems, Set<Node> tainted, Set<String> taintedPaths,
      List<UnitReference> references) {
    this.root = root;
    this.rootType = rootType;
    this.problems = problems;
    this.tainted = tainted;
    this.taintedPaths = taintedPaths;
    this.references = references;
  }

  /** True when the first pass found nothing wrong. */
  public boolean clean() {
    return problems == 0;
  }

  /** How many problems the first pass found. */
  public int problems() {
    return problems;
  }

  /** True when a key path lies inside a unit that was left out. */
  public boolean leftOut(String keyPath) {
    if (taintedPaths.isEmpty()) {
      return false;
    }
    for (String prefix : prefixes(keyPath)) {
      if (taintedPaths.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** True when a unit inside a key path was left out, e.g. one of the {@code correlations}. */
  public boolean leftOutWithin(String keyPath) {
    if (taintedPaths.isEmpty()) {
      return false;
    }
    if (taintedAncestors == null) {
      Set<String> ancestors = new java.util.HashSet<>();
      taintedPaths.forEach(p -> ancestors.addAll(prefixes(p)));
      taintedAncestors = ancestors;
    }
    return taintedAncestors.contains(keyPath);
  }

  /** {@code a.b[x].c} and every path above it: a, a.b, a.b[x], a.b[x].c. */
  private static List<String> prefixes(String keyPath) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < keyPath.length(); i++) {
      char c = keyPath.charAt(i);
      if (c == '[') {
        if (depth == 0 && i > 0) {
          out.add(keyPath.substring(0, i));
        }
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        out.add(keyPath.substring(0, i));
      }
    }
    out.add(keyPath);
    return out;
  }

  /**
   * The tree with every unit that has a shape problem left out, and every required list that is
   * then absent written as empty, so it binds into the records for the second pass.
   */
  public MapNode bindable() {
    return clean() ? root : (MapNode) prune(root, rootType);
  }

  /**
   * References inside the units left out, checked on the tree: a dangling {@code region: hangzou}
   * in an opening with a wrong month is reported now, not after the month is fixed. With
   * {@code all}, every reference is checked (when the rest cannot be bound either).
   */
  public void checkReferencesLeftOut(List<Problem> problems, boolean all) {
    List<TreeReferenceCheck.Pending> pending = new ArrayList<>();
    for (UnitReference p : references) {
      if (all || p.unit() == null || tainted.contains(p.unit())) {
        pending.add(p.reference());
      }
    }
    TreeReferenceCheck.check(root, pending, new Findings(problems));
  }

  /**
   * A record on the way to the units without the units left out; the units themselves are
   * shared, not copied. A required list left out entirely is written as empty: the rules
   * iterate required lists.
   */
  private Node prune(Node node, Class<?> type) {
    if (!(node instanceof MapNode m)) {
      return node;
    }
    Map<String, Component> components = Component.of(type);
    Map<String, MapNode.Entry> out = new LinkedHashMap<>();
    for (MapNode.Entry e : m.entries().values()) {
      Component c = components.get(e.key());
      if (c == null || tainted.contains(e.value())) {
        continue;
      }
      Class<?> raw = Component.rawClass(c.type());
      Node value = e.value();
      if (raw.isRecord() && value instanceof MapNode) {
        value = prune(value, raw);
      } else if (raw == List.class && value instanceof ListNode l) {
        List<Node> items = new ArrayList<>(l.items().size());
        for (Node item : l.items()) {
          if (!tainted.contains(item)) {
            items.add(item);
          }
        }
        value = items.size() == l.items().size() ? l : new ListNode(l.position(), items);
      }
      out.put(e.key(), new MapNode.Entry(e.key(), e.keyPosition(), value));
    }
    for (Component c : components.values()) {
      if (!out.containsKey(c.key()) && c.required() && Component.rawClass(c.type()) == List.class) {
        out.put(c.key(), new MapNode.Entry(c.key(), m.position(), new ListNode(m.position(), List.of())));
      }
    }
    return new MapNode(m.position(), out);
  }
}
