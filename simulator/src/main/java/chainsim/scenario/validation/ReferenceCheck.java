package chainsim.scenario.validation;

import chainsim.scenario.tree.Suggestions;
import chainsim.scenario.Identified;
import chainsim.scenario.Ref;
import chainsim.scenario.Scenario;
import chainsim.scenario.tree.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@link Ref}: a value (or each item of a list, or each key of a map) must be the id of an
 * item in the list the annotation names, e.g. {@code unknown region 'hangzou' (did you mean
 * 'hangzhou'?)}.
 */
final class ReferenceCheck {
  private final Scenario scenario;
  private final Findings findings;
  private final TreeLocator locator;
  private final IdLists idLists;

  ReferenceCheck(Scenario scenario, Findings findings, TreeLocator locator, IdLists idLists) {
    this.scenario = scenario;
    this.findings = findings;
    this.locator = locator;
    this.idLists = idLists;
  }

  void run() {
    RecordWalk.walkReferences(scenario, "", (owner, c, value, path) -> {
      if (c.ref() != null && value != null) {
        check(c.ref(), value, path);
      }
    });
  }

  private void check(Ref ref, Object value, String path) {
    if (!idLists.judged(ref.value())) {
      return;
    }
    Set<String> accepted = idLists.accepted(ref.value());
    List<String> suggestible = idLists.suggestible(ref.value());
    if (ref.alsoAllowed().length > 0) {
      accepted = new java.util.HashSet<>(accepted);
      accepted.addAll(Arrays.asList(ref.alsoAllowed()));
      suggestible = new ArrayList<>(suggestible);
      suggestible.addAll(Arrays.asList(ref.alsoAllowed()));
    }
    if (value instanceof String s) {
      unknown(ref, s, accepted, suggestible, path, false);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknown(ref, String.valueOf(list.get(i)), accepted, suggestible, path + "[" + i + "]", false);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        unknown(ref, String.valueOf(key), accepted, suggestible, Findings.join(path, String.valueOf(key)), true);
      }
    }
  }

  /** @param atKey for a map key: the problem points at the key, not its value */
  private void unknown(Ref ref, String id, Set<String> accepted, List<String> suggestible, String path,
      boolean atKey) {
    if (!accepted.contains(id)) {
      findings.add(atKey ? locator.key(path) : locator.value(path), path, message(ref, id, suggestible));
    }
  }

  /** {@code unknown region 'hangzou' (did you mean 'hangzhou'?)} */
  static String message(Ref ref, String id, List<String> suggestible) {
    return "unknown " + noun(ref.value()) + " " + Names.quote(id) + Suggestions.hint(id, suggestible);
  }

  /** The ids of the items of a list named by its key path from the top, e.g. "clients.milestones". */
  static List<String> ids(Scenario scenario, String listPath) {
    Object value = scenario;
    for (String key : listPath.split("\\.")) {
      value = value instanceof Record r ? component(r, key) : null;
    }
    List<String> ids = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Identified i) {
          ids.add(i.id());
        }
      }
    }
    return ids;
  }

  private static Object component(Record r, String key) {
    Component c = Component.of(r.getClass()).get(key);
    return c == null ? null : c.read(r);
  }

  /** What an item of a list is called in messages: "region", "branch template", "opening". */
  static String noun(String listPath) {
    String last = listPath.substring(listPath.lastIndexOf('.') + 1);
    if (last.equals("expansion")) {
      return "opening";
    }
    String singular = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
        : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    return singular.replace('_', ' ');
  }
}
