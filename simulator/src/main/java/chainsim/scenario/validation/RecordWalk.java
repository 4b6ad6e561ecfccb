package chainsim.scenario.validation;

import chainsim.scenario.Identified;
import chainsim.scenario.Uncertain;
import java.util.List;
import java.util.Map;

/**
 * Visits every record of a bound scenario with its key path, named as in files and in
 * {@link chainsim.scenario.ParameterCatalog}: list items by id when they have one, else by index.
 */
final class RecordWalk {
  interface Visitor {
    void component(Record owner, Component component, Object value, String path);
  }

  private RecordWalk() {}

  static void walk(Object value, String path, Visitor visitor) {
    if (value == null || value instanceof Uncertain) {
      return;
    }
    if (value instanceof Record r) {
      for (Component c : Component.of(r.getClass()).values()) {
        Object v = c.read(r);
        String p = Findings.join(path, c.key());
        visitor.component(r, c, v, p);
        walk(v, p, visitor);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        walk(item, itemPath(path, item, i), visitor);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, Findings.join(path, String.valueOf(k)), visitor));
    }
  }

  static String itemPath(String path, Object item, int index) {
    return path + "[" + (item instanceof Identified id ? id.id() : Integer.toString(index)) + "]";
  }
}
