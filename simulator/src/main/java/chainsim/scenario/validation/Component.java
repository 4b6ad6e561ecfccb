package chainsim.scenario.validation;

import chainsim.scenario.OnlyForMode;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Ref;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record component as a scenario file sees it: its key, its type with the annotations on it
 * and its type arguments, whether it is required, what it refers to and its description. Read by
 * reflection from the records, which are the one description of the format: validation, the
 * schema and the format reference all start here.
 */
public record Component(
    String key,
    String javaName,
    java.lang.reflect.Method accessor,
    AnnotatedType type,
    List<Annotation> annotations,
    boolean required,
    Ref ref,
    OnlyForMode onlyForMode,
    String description) {

  private static final Map<Class<?>, Map<String, Component>> CACHE = new ConcurrentHashMap<>();

  /** The components of a record by key, in declaration order. */
  public static Map<String, Component> of(Class<?> record) {
    return CACHE.computeIfAbsent(record, Component::read);
  }

  private static Map<String, Component> read(Class<?> record) {
    Map<String, Component> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      c.getAccessor().setAccessible(true); // read for every value of every scenario checked
      List<Annotation> annotations = new ArrayList<>();
      addAll(annotations, c.getAccessor().getAnnotations());
      addAll(annotations, c.getAnnotations());
      addAll(annotations, c.getAnnotatedType().getAnnotations());
      Ref ref = c.getAnnotation(Ref.class);
      JsonPropertyDescription d = c.getAccessor().getAnnotation(JsonPropertyDescription.class);
      out.put(
          ParameterCatalog.keyOf(c),
          new Component(
              ParameterCatalog.keyOf(c),
              c.getName(),
              c.getAccessor(),
              c.getAnnotatedType(),
              List.copyOf(annotations),
              annotations.stream().anyMatch(a -> a instanceof NotNull),
              ref,
              c.getAnnotation(OnlyForMode.class),
              d == null ? "" : d.value()));
    }
    return out;
  }

  private static void addAll(List<Annotation> into, Annotation[] found) {
    for (Annotation a : found) {
      if (into.stream().noneMatch(x -> x.annotationType() == a.annotationType())) {
        into.add(a);
      }
    }
  }

  /** The value of this component in a record of its type. */
  public Object read(Object record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + javaName, e);
    }
  }

  /** The annotated type of a type argument (a list's items, a map's values), or null. */
  public static AnnotatedType argument(AnnotatedType type, int index) {
    if (type instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
      return p.getAnnotatedActualTypeArguments()[index];
    }
    return null;
  }

  /** The raw class of an annotated type. */
  public static Class<?> rawClass(AnnotatedType type) {
    java.lang.reflect.Type t = type.getType();
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof java.lang.reflect.ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
