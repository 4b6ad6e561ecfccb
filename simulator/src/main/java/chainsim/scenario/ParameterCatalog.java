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
      RecordComponent[] components = COMPONENTS.get(r.getClass());
      String[] keys = KEYS.get(r.getClass());
      for (int i = 0; i < components.length; i++) {
        walk(read(components[i], r), join(path, keys[i]), found);
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

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
