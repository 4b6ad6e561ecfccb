package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every uncertain number of a scenario with its key path, e.g.
 * {@code products[high_tech_cert].price} or {@code regions[suzhou].firms} (items of lists with an
 * id are named by it, other items by index, map entries by key).
 *
 * <p>The key path is the parameter's stable identity: replication draws, correlations and the
 * sensitivity table all refer to it, so renaming a key renames the parameter, and reordering the
 * file changes nothing.
 */
public final class ParameterCatalog {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  /** Reflection is slow and validation walks many scenarios: components and keys are read once per class. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private static final ClassValue<String[]> KEYS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      RecordComponent[] components = COMPONENTS.get(type);
      String[] keys = new String[components.length];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = keyOf(components[i]);
      }
      return keys;
    }
  };

  /** The accessors, made accessible once: a checked reflective call per value made walks slow. */
  private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected java.lang.reflect.Method[] computeValue(Class<?> type) {
      RecordComponent[] components = COMPONENTS.get(type);
      java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
      for (int i = 0; i < accessors.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return accessors;
    }
  };

  /**
   * For each component, whether its type can hold an uncertain number at all: the walk skips the
   * rest (ids, labels, plain numbers), which are most of a scenario.
   */
  private static final ClassValue<boolean[]> HOLDS_UNCERTAIN = new ClassValue<>() {
    @Override
    protected boolean[] computeValue(Class<?> type) {
      RecordComponent[] components = COMPONENTS.get(type);
      boolean[] holds = new boolean[components.length];
      for (int i = 0; i < holds.length; i++) {
        holds[i] = canHoldUncertain(components[i].getGenericType(), 0);
      }
      return holds;
    }
  };

  private static boolean canHoldUncertain(java.lang.reflect.Type type, int depth) {
    if (depth > 16) {
      return true; // deeper than any scenario record: do not guess
    }
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        if (canHoldUncertain(argument, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof Class<?> c)) {
      return true;
    }
    if (Uncertain.class.isAssignableFrom(c)) {
      return true;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : COMPONENTS.get(c)) {
        if (canHoldUncertain(rc.getGenericType(), depth + 1)) {
          return true;
        }
      }
    }
    return c == Object.class;
  }

  private final Map<String, Uncertain> byPath;
  private final Map<Uncertain, String> pathOf;

  private ParameterCatalog(Map<String, Uncertain> byPath) {
    this.byPath = Collections.unmodifiableMap(byPath);
    Map<Uncertain, String> reverse = new IdentityHashMap<>();
    byPath.forEach((path, u) -> reverse.putIfAbsent(u, path));
    this.pathOf = reverse;
  }

  /** The catalog of a scenario, in the order the scenario's components are declared. */
  public static ParameterCatalog of(Scenario scenario) {
    Map<String, Uncertain> found = new LinkedHashMap<>();
    walk(scenario, "", found);
    return new ParameterCatalog(found);
  }

  /** Every parameter, by key path, in declaration order. */
  public Map<String, Uncertain> parameters() {
    return byPath;
  }

  /** Key paths of parameters drawn once per replication that can actually vary. */
  public List<String> uncertainReplicationParameters() {
    List<String> paths = new ArrayList<>();
    byPath.forEach(
        (path, u) -> {
          if (!u.isFixed() && u.draw() == Uncertain.Draw.REPLICATION) {
            paths.add(path);
          }
        });
    return paths;
  }

  public Optional<Uncertain> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /**
   * The key path of an uncertain value held by the scenario (by identity: two equal fixed
   * numbers in different places are different parameters).
   */
  public String pathOf(Uncertain u) {
    String path = pathOf.get(u);
    if (path == null) {
      throw new IllegalArgumentException("not a parameter of this scenario: " + u);
    }
    return path;
  }

  private static void walk(Object value, String path, Map<String, Uncertain> found) {
    if (value == null) {
      return;
    }
    if (value instanceof Uncertain u) {
      found.put(path, u);
    } else if (value instanceof Record r) {
      java.lang.reflect.Method[] accessors = ACCESSORS.get(r.getClass());
      String[] keys = KEYS.get(r.getClass());
      boolean[] holds = HOLDS_UNCERTAIN.get(r.getClass());
      for (int i = 0; i < accessors.length; i++) {
        if (holds[i]) {
          walk(read(accessors[i], r), join(path, keys[i]), found);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        String index = item instanceof Identified id ? id.id() : Integer.toString(i);
        walk(item, path + "[" + index + "]", found);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, join(path, String.valueOf(k)), found));
    }
  }

  /** The key a record component has in files. */
  public static String keyOf(RecordComponent c) {
    JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
    if (renamed == null) {
      renamed = c.getAnnotation(JsonProperty.class);
    }
    if (renamed != null && !renamed.value().isEmpty()) {
      return renamed.value();
    }
    return SNAKE.translate(c.getName());
  }

  private static Object read(java.lang.reflect.Method accessor, Record r) {
    try {
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor.getName(), e);
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
