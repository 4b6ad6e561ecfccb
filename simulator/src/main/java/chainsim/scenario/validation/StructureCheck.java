package chainsim.scenario.validation;

import chainsim.scenario.DrawnOnce;
import chainsim.scenario.Identified;
import chainsim.scenario.Ids;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import chainsim.scenario.source.ListNode;
import chainsim.scenario.source.MapNode;
import chainsim.scenario.source.Names;
import chainsim.scenario.source.Node;
import chainsim.scenario.source.Position;
import chainsim.scenario.source.ScalarNode;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass of validation: the resolved tree against the records' shapes, by reflection.
 * Unknown keys (with a suggestion), wrong types, missing required keys, ranges, patterns,
 * duplicate ids and distributions are all reported, each at its position.
 */
public final class StructureCheck {
  private final Findings findings;
  private final DistributionCheck distributions;
  private final List<TreeReferenceCheck.Pending> references = new ArrayList<>();

  private StructureCheck(List<Problem> problems) {
    this.findings = new Findings(problems);
    this.distributions = new DistributionCheck(findings);
  }

  /**
   * Checks a whole scenario tree, adding what is wrong to problems. When the shape is wrong, the
   * references the tree can resolve are checked too, so they are not left for a second round.
   */
  public static void check(MapNode root, List<Problem> problems) {
    int before = problems.size();
    StructureCheck check = new StructureCheck(problems);
    check.record(root, Scenario.class, "");
    if (problems.size() > before) {
      TreeReferenceCheck.check(root, check.references, check.findings);
    }
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
      if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL)) {
        wrongType(node, path, "true or false");
      }
    } else {
      throw new IllegalStateException("no rule for " + raw + " at " + path);
    }
  }

  private void record(Node node, Class<?> type, String path) {
    if (!(node instanceof MapNode map)) {
      wrongType(node, path, "a map");
      return;
    }
    Map<String, Component> components = Component.of(type);
    for (MapNode.Entry e : map.entries().values()) {
      Component c = components.get(e.key());
      if (c == null) {
        findings.add(e.keyPosition(), Findings.join(path, e.key()),
            "unknown key " + Names.quote(e.key()) + Suggestions.hint(e.key(), components.keySet()));
      } else {
        value(e.value(), c.type(), c.annotations(), Findings.join(path, e.key()));
        if (c.ref() != null) {
          references.add(new TreeReferenceCheck.Pending(c.ref(), e.value(), Findings.join(path, e.key())));
        }
      }
    }
    for (Component c : components.values()) {
      if (c.required() && !map.entries().containsKey(c.key())) {
        findings.add(map.position(), path, "missing required key " + Names.quote(c.key()));
      }
    }
  }

  private void list(Node node, AnnotatedType type, List<Annotation> annotations, String path) {
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
      value(n, item, Arrays.asList(item.getAnnotations()), itemPath);
      if (id != null) {
        Position first = ids.putIfAbsent(id, ((MapNode) n).get("id").position());
        if (first != null) {
          String where = first.file().equals(n.position().file()) ? "line " + first.line()
              : Problem.displayPath(first.file()) + ":" + first.line();
          findings.add(((MapNode) n).get("id").position(), itemPath,
              "duplicate id " + Names.quote(id) + " (first at " + where + ")");
        }
      }
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
        findings.add(s.position(), path, patternMessage(p.regexp(), s.text()));
      }
    }
  }

  private static String patternMessage(String regexp, String text) {
    if (regexp.equals(Ids.PATTERN)) {
      return Names.quote(text) + " is not a valid id: use lower-case letters, digits, '_' and '-', starting with a"
          + " letter (at most 64)";
    }
    return Names.quote(text) + " does not match the pattern " + regexp;
  }

  private void integer(Node node, List<Annotation> annotations, String path, boolean isInt) {
    if (!(node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.INT)) {
      if (isDistribution(node)) {
        findings.add(node.position(), path, "takes a plain whole number, not a distribution: counts, months and days"
            + " are exact (make the quantity they drive uncertain instead)");
      } else if (node instanceof ScalarNode f && f.kind() == ScalarNode.Kind.FLOAT) {
        findings.add(node.position(), path, "expected an integer, got " + Names.clip(f.text()));
      } else {
        wrongType(node, path, "an integer");
      }
      return;
    }
    BigInteger v = s.integer();
    BigInteger limit = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    if (v.abs().compareTo(limit) > 0) {
      findings.add(s.position(), path, "the integer " + Names.clip(s.text()) + " is too large");
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
    double v = s.number();
    if (!Double.isFinite(v)) {
      findings.add(s.position(), path, "must be a finite number, got " + Names.clip(s.text()));
      return;
    }
    inRange(s, v, annotations, path);
  }

  private void inRange(ScalarNode s, double v, List<Annotation> annotations, String path) {
    Range r = Range.of(annotations);
    if (!r.contains(v)) {
      findings.add(s.position(), path, "must be " + r.describe() + ", got " + Names.clip(s.text()));
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
