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

  /**
   * Per record class, the components that refer to a list or can hold one that does: the walk
   * for references skips the rest (numbers, distributions, labels), most of a scenario.
   */
  private static final ClassValue<List<Component>> REFERRING = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      return Component.of(type).values().stream()
          .filter(c -> c.ref() != null || canRefer(c.type().getType(), 0)).toList();
    }
  };

  private static boolean canRefer(java.lang.reflect.Type type, int depth) {
    if (depth > 16) {
      return true;
    }
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        if (canRefer(argument, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      for (Component component : Component.of(c).values()) {
        if (component.ref() != null || canRefer(component.type().getType(), depth + 1)) {
          return true;
        }
      }
      return false;
    }
    return !(type instanceof Class<?>);
  }

  /** Visits every component that has a {@link chainsim.scenario.Ref} or can hold one that does. */
  static void walkReferences(Object value, String path, Visitor visitor) {
    if (value == null || value instanceof Uncertain) {
      return;
    }
    if (value instanceof Record r) {
      for (Component c : REFERRING.get(r.getClass())) {
        Object v = c.read(r);
        String p = Findings.join(path, c.key());
        visitor.component(r, c, v, p);
        walkReferences(v, p, visitor);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        walkReferences(item, itemPath(path, item, i), visitor);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walkReferences(v, Findings.join(path, String.valueOf(k)), visitor));
    }
  }

  static String itemPath(String path, Object item, int index) {
    return path + "[" + (item instanceof Identified id ? id.id() : Integer.toString(index)) + "]";
  }
}
