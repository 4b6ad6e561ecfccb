package chainsim.scenario.validation;

import chainsim.scenario.tree.Suggestions;
import chainsim.scenario.tree.Numbers;
import chainsim.scenario.DrawnOnce;
import chainsim.scenario.Identified;
import chainsim.scenario.Ids;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.ScalarNode;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass of validation: the resolved tree against the records' shapes, by reflection.
 * Unknown keys (with a suggestion), wrong types, missing required keys, ranges, patterns,
 * duplicate ids and distributions are all reported, each at its position.
 *
 * <p>The tree is checked in <em>units</em>: every item of a list of records (a region, an
 * opening, a pinned cell) and every other value of the top-level sections (a key of
 * {@code horizon}, of {@code policies.breakeven_gate}, the {@code seed}). A unit with a shape
 * problem is left out of {@link Shape#bindable()}, the tree the second pass checks, so the rules
 * between values still run on every unit whose shape is right and one run reports every problem.
 */
public final class StructureCheck {
  private final Findings findings;
  private final DistributionCheck distributions;
  private final List<Shape.UnitReference> references = new ArrayList<>();
  private final Set<Node> tainted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> taintedPaths = new java.util.LinkedHashSet<>();
  /** The unit being checked, null on the path from the top to the units. */
  private Node unit;

  private StructureCheck(List<Problem> problems) {
    this.findings = new Findings(problems);
    this.distributions = new DistributionCheck(findings);
  }

  /** Checks a whole scenario tree, adding what is wrong to problems. */
  public static Shape check(MapNode root, List<Problem> problems) {
    return check(root, Scenario.class, problems);
  }

  /**
   * Checks the tree of any file described by records (the scenario, the roster's employees file)
   * against its top-level record, adding what is wrong to problems.
   */
  public static Shape check(MapNode root, Class<? extends Record> rootType, List<Problem> problems) {
    int before = problems.size();
    StructureCheck check = new StructureCheck(problems);
    check.record(root, rootType, "", true);
    return new Shape(root, rootType, problems.size() - before, check.tainted, check.taintedPaths, check.references);
  }

  /** Marks a unit with a shape problem, to be left out of the second pass. */
  private void taint(Node node, String path) {
    if (tainted.add(node)) {
      taintedPaths.add(path);
    }
  }

  /** Checks a value that is a unit of its own: one problem inside it leaves all of it out. */
  private void unit(Node node, String path, Runnable check) {
    Node outer = unit;
    unit = node;
    int before = findings.problems.size();
    check.run();
    if (findings.problems.size() > before) {
      taint(node, path);
    }
    unit = outer;
  }

  private void value(Node node, AnnotatedType type, List<Annotation> annotations, String path) {
    Class<?> raw = Component.rawClass(type);
    if (raw == Uncertain.class) {
      distributions.check(node, Range.of(annotations), drawnOnce(annotations), path);
    } else if (raw.isRecord()) {
      record(node, raw, path);
    } else if (raw.isEnum()) {
      enumValue(node, raw, path);
    } else if (raw == List.class) {
      list(node, type, annotations, path);
    } else if (raw == Map.class) {
      map(node, type, annotations, path);
    } else if (raw == String.class) {
      string(node, annotations, path);
    } else if (raw == Integer.class || raw == Long.class) {
      integer(node, annotations, path, raw == Integer.class);
    } else if (raw == Double.class) {
      number(node, annotations, path);
    } else if (raw == Boolean.class) {
      if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && s.yamlVersionAmbiguity() != null) {
        findings.add(s.position(), path, "expected true or false, got " + Names.quote(s.text()) + ": "
            + s.yamlVersionAmbiguity());
      } else if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL)) {
        wrongType(node, path, "true or false");
      }
    } else {
      throw new IllegalStateException("no rule for " + raw + " at " + path);
    }
  }

  private void record(Node node, Class<?> type, String path) {
    record(node, type, path, false);
  }

  /**
   * @param onTheWay true for the records between the top and the units (the scenario, its
   *     sections such as {@code policies}, their sections such as {@code policies.breakeven_gate}):
   *     their values are units, or lists of units, or records on the way again
   */
  private void record(Node node, Class<?> type, String path, boolean onTheWay) {
    if (!(node instanceof MapNode map)) {
      wrongType(node, path, "a map");
      return;
    }
    Map<String, Component> components = Component.of(type);
    for (MapNode.Entry e : map.entries().values()) {
      Component c = components.get(e.key());
      String keyPath = Findings.join(path, e.key());
      if (c == null) {
        findings.add(e.keyPosition(), keyPath,
            "unknown key " + Names.quote(e.key()) + Suggestions.hint(e.key(), components.keySet()));
        if (onTheWay) {
          taint(e.value(), keyPath);
        }
        continue;
      }
      Class<?> raw = Component.rawClass(c.type());
      if (onTheWay && raw.isRecord() && raw != Uncertain.class && e.value() instanceof MapNode) {
        record(e.value(), raw, keyPath, true);
      } else if (onTheWay && raw == List.class && e.value() instanceof ListNode
          && Component.rawClass(Component.argument(c.type(), 0)).isRecord()) {
        list(e.value(), c.type(), c.annotations(), keyPath, true);
      } else if (onTheWay) {
        unit(e.value(), keyPath, () -> value(e.value(), c.type(), c.annotations(), keyPath));
      } else {
        value(e.value(), c.type(), c.annotations(), keyPath);
      }
      if (c.ref() != null) {
        references.add(new Shape.UnitReference(new TreeReferenceCheck.Pending(c.ref(), e.value(), keyPath),
            unit != null ? unit : e.value()));
      }
    }
    for (Component c : components.values()) {
      if (c.required() && !map.entries().containsKey(c.key())) {
        findings.add(map.position(), Findings.join(path, c.key()), "missing required key");
      }
    }
  }

  private void list(Node node, AnnotatedType type, List<Annotation> annotations, String path) {
    list(node, type, annotations, path, false);
  }

  /** @param ofUnits true for a list on the way to the units: each of its items is a unit */
  private void list(Node node, AnnotatedType type, List<Annotation> annotations, String path, boolean ofUnits) {
    if (!(node instanceof ListNode list)) {
      wrongType(node, path, "a list");
      return;
    }
    if (list.items().isEmpty() && has(annotations, NotEmpty.class)) {
      findings.add(list.position(), path, "must not be empty");
    }
    AnnotatedType item = Component.argument(type, 0);
    boolean identified = Identified.class.isAssignableFrom(Component.rawClass(item));
    Map<String, Position> ids = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node n = list.items().get(i);
      String id = identified && n instanceof MapNode m ? m.scalarText("id") : null;
      String itemPath = path + "[" + (id == null ? Integer.toString(i) : id) + "]";
      Runnable check = () -> {
        value(n, item, Arrays.asList(item.getAnnotations()), itemPath);
        if (id != null) {
          duplicate(ids, id, (MapNode) n, itemPath);
        }
      };
      if (ofUnits) {
        unit(n, itemPath, check);
      } else {
        check.run();
      }
    }
  }

  private void duplicate(Map<String, Position> ids, String id, MapNode item, String itemPath) {
    Position first = ids.putIfAbsent(id, item.get("id").position());
    if (first != null) {
      String where = first.file().equals(item.position().file()) ? "line " + first.line()
          : Problem.displayPath(first.file()) + ":" + first.line();
      findings.add(item.get("id").position(), itemPath, "duplicate id " + Names.quote(id) + " (first at " + where + ")");
    }
  }

  private void map(Node node, AnnotatedType type, List<Annotation> annotations, String path) {
    if (!(node instanceof MapNode map)) {
      wrongType(node, path, "a map");
      return;
    }
    if (map.entries().isEmpty() && has(annotations, NotEmpty.class)) {
      findings.add(map.position(), path, "must not be empty");
    }
    AnnotatedType value = Component.argument(type, 1);
    for (MapNode.Entry e : map.entries().values()) {
      value(e.value(), value, Arrays.asList(value.getAnnotations()), Findings.join(path, e.key()));
    }
  }

  private void string(Node node, List<Annotation> annotations, String path) {
    if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING)) {
      wrongType(node, path, "a string");
      return;
    }
    if (s.text().isEmpty() && has(annotations, NotEmpty.class)) {
      findings.add(s.position(), path, "must not be empty");
    }
    for (Annotation a : annotations) {
      if (a instanceof Pattern p
          && !PATTERNS.computeIfAbsent(p.regexp(), java.util.regex.Pattern::compile).matcher(s.text()).find()) {
        findings.add(s.position(), path, patternMessage(p, s.text()));
      }
    }
  }

  private static String patternMessage(Pattern pattern, String text) {
    if (pattern.regexp().equals(Ids.PATTERN)) {
      String fixed = IdLists.corrected(text);
      return Names.quote(text) + " is not a valid id: use lower-case letters, digits, '_' and '-', starting with a"
          + " letter (at most 64)" + (fixed == null ? "" : " (did you mean '" + fixed + "'?)");
    }
    String what = describe(pattern);
    return what != null ? "must be " + what + ", got " + Names.quote(text)
        : Names.quote(text) + " does not match the pattern " + pattern.regexp();
  }

  /**
   * What a pattern asks for in words, from its {@code message} (e.g. "a month as YYYY-MM"), or null
   * when the record gives none.
   */
  public static String describe(Pattern pattern) {
    String m = pattern.message();
    return m == null || m.isBlank() || m.startsWith("{") ? null : m;
  }

  private void integer(Node node, List<Annotation> annotations, String path, boolean isInt) {
    if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.INT)) {
      if (isDistribution(node)) {
        findings.add(node.position(), path, "takes a plain whole number, not a distribution: counts, months and days"
            + " are exact (make the quantity they drive uncertain instead)");
      } else if (node instanceof ScalarNode f && f.kind() == ScalarNode.Kind.FLOAT) {
        findings.add(node.position(), path, "expected an integer, got " + Numbers.clip(f.text()));
      } else {
        wrongType(node, path, "an integer");
      }
      return;
    }
    if (s.yamlVersionAmbiguity() != null) {
      findings.add(s.position(), path, s.yamlVersionAmbiguity());
      return;
    }
    BigInteger v = s.integer();
    BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
    if (v.compareTo(max) > 0 || v.compareTo(min) < 0) {
      Range r = Range.of(annotations);
      String allowed = r.isUnbounded() ? "an integer between " + min + " and " + max : r.describe();
      findings.add(s.position(), path, "must be " + allowed + ", got " + Numbers.clip(s.text()));
      return;
    }
    inRange(s, v.doubleValue(), annotations, path);
  }

  private void number(Node node, List<Annotation> annotations, String path) {
    if (isDistribution(node)) {
      findings.add(node.position(), path, "takes a plain number, not a distribution: it is a setting the scenario"
          + " decides (a policy threshold, a target, a valuation convention), not an estimate");
      return;
    }
    if (!(node instanceof ScalarNode s && s.isNumber())) {
      wrongType(node, path, "a number");
      return;
    }
    if (s.yamlVersionAmbiguity() != null) {
      findings.add(s.position(), path, s.yamlVersionAmbiguity());
      return;
    }
    double v = s.number();
    if (!Double.isFinite(v)) {
      findings.add(s.position(), path, "must be a finite number, got " + Numbers.clip(s.text()));
      return;
    }
    inRange(s, v, annotations, path);
  }

  private void inRange(ScalarNode s, double v, List<Annotation> annotations, String path) {
    Range r = Range.of(annotations);
    if (!r.contains(v)) {
      findings.add(s.position(), path, "must be " + r.describe() + ", got " + Numbers.clip(s.text()));
    }
  }

  private void enumValue(Node node, Class<?> type, String path) {
    List<String> names = enumNames(type);
    if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING)) {
      wrongType(node, path, "one of " + String.join(", ", names));
      return;
    }
    if (!names.contains(s.text())) {
      findings.add(s.position(), path, "unknown value " + Names.quote(s.text()) + "; use one of "
          + String.join(", ", names) + Suggestions.hint(s.text(), names));
    }
  }

  private static final Map<Class<?>, List<String>> ENUM_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The names an enum has in files: its {@code @JsonProperty} values. */
  public static List<String> enumNames(Class<?> type) {
    return ENUM_NAMES.computeIfAbsent(type, StructureCheck::readEnumNames);
  }

  private static List<String> readEnumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty p = type.getField(name).getAnnotation(JsonProperty.class);
        names.add(p != null ? p.value() : name.toLowerCase(java.util.Locale.ROOT));
      } catch (NoSuchFieldException e) {
        names.add(name.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return List.copyOf(names);
  }

  private void wrongType(Node node, String path, String expected) {
    String got = node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
        ? "the string " + Names.quote(s.text()) : node.describe();
    findings.add(node.position(), path, "expected " + expected + ", got " + got);
  }

  private static boolean isDistribution(Node node) {
    return node instanceof MapNode m && m.entries().containsKey("dist");
  }

  /** Why a component is drawn once per replication only, or null when month draws apply. */
  static String drawnOnce(List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof DrawnOnce once) {
        return once.value();
      }
    }
    return null;
  }

  static boolean has(List<Annotation> annotations, Class<? extends Annotation> type) {
    return annotations.stream().anyMatch(type::isInstance);
  }
}
