package chainsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key paths into a scenario's tree, as the parameter catalog names them: keys joined by dots, an
 * item of a list with ids named by its id in brackets ({@code openings[suzhou-direct].month},
 * {@code regions[suzhou].rent_per_seat_month}). Used to find a value in the resolved scenario and
 * to place one in an overlay that {@code extends} it (lists merge by id there).
 */
public final class KeyPaths {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[[^\\]]+\\])*)");
  private static final Pattern ID = Pattern.compile("\\[([^\\]]+)\\]");

  private KeyPaths() {}

  /** One step of a path: a key, and the ids of the list items it then names (at most one is addressable). */
  private record Step(String key, List<String> ids) {}

  /** The steps of a path, or empty when it is not one. */
  private static Optional<List<Step>> steps(String path) {
    if (path == null || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      return Optional.empty();
    }
    List<Step> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return Optional.empty();
      }
      List<String> ids = new ArrayList<>();
      Matcher id = ID.matcher(m.group(2));
      while (id.find()) {
        ids.add(id.group(1));
      }
      steps.add(new Step(m.group(1), ids));
    }
    return Optional.of(steps);
  }

  /** The value at {@code path} in a scenario's tree (maps and lists of items with ids), if there is one. */
  public static Optional<JsonNode> find(JsonNode tree, String path) {
    Optional<List<Step>> steps = steps(path);
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    JsonNode at = tree;
    for (Step step : steps.get()) {
      at = at.isObject() ? at.get(step.key()) : null;
      for (String id : step.ids()) {
        at = at != null && at.isArray() ? itemWithId(at, id) : null;
      }
      if (at == null) {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  private static JsonNode itemWithId(JsonNode list, String id) {
    for (JsonNode n : list) {
      if (id.equals(n.path("id").asText(null))) {
        return n;
      }
    }
    return null;
  }

  /** Puts a value at a key path ({@code a[id].b.c}), creating maps and id-list items on the way. */
  public static void place(ObjectNode root, String path, JsonNode value) {
    List<Step> steps = steps(path).orElseThrow(() -> new IllegalArgumentException("cannot read the key path " + path));
    ObjectNode at = root;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step.ids().isEmpty()) {
        if (last) {
          at.set(step.key(), value);
        } else {
          at = at.has(step.key()) ? (ObjectNode) at.get(step.key()) : at.putObject(step.key());
        }
        continue;
      }
      if (step.ids().size() > 1 || last) {
        throw new IllegalArgumentException(
            "an overlay cannot address " + path + " (a list inside a list, or a list item itself)");
      }
      at = item(at.has(step.key()) ? (ArrayNode) at.get(step.key()) : at.putArray(step.key()), step.ids().get(0));
    }
  }

  /**
   * The list item with this id. Lists merge by id in overlays; an item of a list without ids is
   * named by its index in the catalog and cannot be overlaid alone (the list would be replaced
   * whole), which the round trip through the loader would show as a missing or wrong value.
   */
  private static ObjectNode item(ArrayNode list, String id) {
    for (JsonNode n : list) {
      if (id.equals(n.path("id").asText(null))) {
        return (ObjectNode) n;
      }
    }
    ObjectNode created = list.addObject();
    created.put("id", id);
    return created;
  }
}
