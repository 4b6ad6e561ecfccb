package chainsim.scenario.validation;

import chainsim.scenario.Ids;
import chainsim.scenario.Scenario;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a reference may name, as the file wrote them. An item the first pass rejected (a region
 * with a wrong rent, an industry with id {@code Biotech}) is still the item a reference means:
 * {@code region: hangzhou} is not "unknown" because hangzhou's rent is wrong, and
 * {@code industry: biotech} is what {@code Biotech} will be once its id is fixed. So references
 * are checked against every id written, and the corrected form of an invalid one; suggestions
 * only ever offer valid ids.
 */
final class IdLists {
  private static final Pattern ID = Pattern.compile(Ids.PATTERN);

  private final MapNode root;
  private final Scenario bound;
  private final Shape shape;
  private final java.util.Map<String, Set<String>> accepted = new java.util.HashMap<>();
  private final java.util.Map<String, List<String>> suggestible = new java.util.HashMap<>();

  /**
   * @param root the resolved tree as written
   * @param bound the records bound from it, or null (their lists include defaults the file leaves out)
   * @param shape what the first pass found, or null
   */
  IdLists(MapNode root, Scenario bound, Shape shape) {
    this.root = root;
    this.bound = bound;
    this.shape = shape;
  }

  /**
   * False when the first pass left a whole list out ({@code skills: 3}): nothing can be said about
   * the references into it until it is fixed.
   */
  boolean judged(String listPath) {
    return shape == null || !shape.leftOut(listPath);
  }

  /** Every id that counts as existing in a list, e.g. {@code "regions"} or {@code "clients.milestones"}. */
  Set<String> accepted(String listPath) {
    return accepted.computeIfAbsent(listPath, this::collect);
  }

  private Set<String> collect(String listPath) {
    Set<String> ids = new LinkedHashSet<>();
    if (bound != null) {
      ids.addAll(ReferenceCheck.ids(bound, listPath));
    }
    for (String id : written(listPath)) {
      ids.add(id);
      String fixed = corrected(id);
      if (fixed != null) {
        ids.add(fixed);
      }
    }
    return java.util.Collections.unmodifiableSet(ids);
  }

  /** The valid ids of a list, to suggest from. */
  List<String> suggestible(String listPath) {
    return suggestible.computeIfAbsent(listPath, list -> accepted(list).stream()
        .filter(id -> ID.matcher(id).matches()).toList());
  }

  /** True when the file writes the list itself (not leaving it to its default). */
  boolean written(String listPath, boolean orBound) {
    return listNode(listPath) != null || (orBound && bound != null);
  }

  private List<String> written(String listPath) {
    List<String> ids = new ArrayList<>();
    ListNode list = listNode(listPath);
    if (list != null) {
      for (Node item : list.items()) {
        String id = item instanceof MapNode m ? m.scalarText("id") : null;
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private ListNode listNode(String listPath) {
    Node node = root;
    for (String key : listPath.split("\\.")) {
      node = node instanceof MapNode m ? m.get(key) : null;
    }
    return node instanceof ListNode list ? list : null;
  }

  /**
   * The valid id an invalid one was probably meant to be ({@code Biotech} -> {@code biotech},
   * {@code High Tech} -> {@code high_tech}), or null.
   */
  static String corrected(String id) {
    if (id == null || ID.matcher(id).matches()) {
      return null;
    }
    String fixed = id.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
    return ID.matcher(fixed).matches() ? fixed : null;
  }
}
