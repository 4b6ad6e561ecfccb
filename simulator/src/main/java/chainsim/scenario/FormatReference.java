package chainsim.scenario;

import chainsim.scenario.validation.Component;
import chainsim.scenario.validation.Range;
import chainsim.scenario.validation.StructureCheck;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The field reference of {@code docs/scenario-format.md}, generated from the records: one table
 * per record with every key's type, default, range, reference and description. The generated part
 * sits between {@link #BEGIN} and {@link #END}; a test fails when the committed text is stale.
 */
public final class FormatReference {
  public static final String BEGIN = "<!-- BEGIN GENERATED REFERENCE: do not edit; regenerate as the test says -->";
  public static final String END = "<!-- END GENERATED REFERENCE -->";

  private static final java.util.regex.Pattern DEFAULT =
      java.util.regex.Pattern.compile("\\s*Defaults?:?\\s+(.+?)\\.?\\s*$");

  private FormatReference() {}

  /** Rewrites the generated part of a markdown file: {@code FormatReference docs/scenario-format.md}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "docs/scenario-format.md");
    Files.writeString(file, splice(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  /** A document with its generated part replaced by the current reference. */
  public static String splice(String document) {
    return splice(document, generate());
  }

  /**
   * A document with its generated part replaced by the tables of another file described by
   * records (the roster's employees file): one table per record, from the top-level one down.
   */
  public static String splice(String document, Class<? extends Record> root) {
    return splice(document, tables(root));
  }

  private static String splice(String document, String reference) {
    int from = document.indexOf(BEGIN);
    int to = document.indexOf(END);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " markers");
    }
    return document.substring(0, from) + BEGIN + "\n" + reference + END + document.substring(to + END.length());
  }

  /** The reference in markdown. */
  public static String generate() {
    StringBuilder md = new StringBuilder(tables(Scenario.class));
    distributions(md);
    return md.toString();
  }

  /** One table per record reached from {@code root}, in the order they are first reached. */
  private static String tables(Class<?> root) {
    Map<Class<?>, List<String>> records = new LinkedHashMap<>();
    Deque<Class<?>> queue = new ArrayDeque<>();
    records.put(root, new ArrayList<>());
    queue.add(root);
    while (!queue.isEmpty()) {
      Class<?> r = queue.poll();
      String base = r == root ? "" : records.get(r).get(0);
      for (Component c : Component.of(r).values()) {
        collect(c.type(), join(base, c.key()), records, queue);
      }
    }
    StringBuilder md = new StringBuilder();
    records.forEach((type, paths) -> table(md, type, paths, type == root));
    return md.toString();
  }

  private static void collect(AnnotatedType t, String path, Map<Class<?>, List<String>> records, Deque<Class<?>> queue) {
    Class<?> raw = Component.rawClass(t);
    if (raw == List.class) {
      collect(Component.argument(t, 0), path + "[]", records, queue);
    } else if (raw == Map.class) {
      collect(Component.argument(t, 1), path + ".<key>", records, queue);
    } else if (raw.isRecord()) {
      if (!records.containsKey(raw)) {
        records.put(raw, new ArrayList<>());
        queue.add(raw);
      }
      records.get(raw).add(path);
    }
  }

  private static void table(StringBuilder md, Class<?> type, List<String> paths, boolean top) {
    md.append("\n### ").append(type.getSimpleName()).append("\n\n");
    List<String> shown = paths.subList(0, Math.min(4, paths.size()));
    md.append(top ? "The top level of a file" : "At ").append(String.join(", ", shown.stream().map(p -> "`" + p + "`").toList()));
    if (paths.size() > shown.size()) {
      md.append(" and ").append(paths.size() - shown.size()).append(" more places");
    }
    md.append(".\n\n| Key | Type | Default | Range | Refers to | Description |\n|---|---|---|---|---|---|\n");
    for (Component c : Component.of(type).values()) {
      String description = c.description();
      String dflt = c.required() ? "**required**" : "";
      Matcher m = DEFAULT.matcher(description);
      int at = description.lastIndexOf("Default");
      if (at >= 0 && m.find(at)) {
        dflt = m.group(1);
        description = description.substring(0, at).trim();
      }
      String once = drawnOnce(c.type());
      if (once != null) {
        description = (description + " Drawn once per replication: " + once + ".").trim();
      }
      if (c.onlyForMode() != null) {
        String mode = c.onlyForMode().value().key();
        String own = description.startsWith(mode + ": ") ? description.substring(mode.length() + 2) : description;
        description = "Only with `mode: " + mode + "`: " + own;
      }
      String typeName = c.key().equals("extends") ? "path \\| list of paths" : typeName(c.type());
      md.append("| `").append(c.key()).append("` | ").append(typeName).append(" | ").append(cell(dflt))
          .append(" | ").append(cell(range(c.type(), c.annotations()))).append(" | ").append(cell(ref(c)))
          .append(" | ").append(cell(description)).append(" |\n");
    }
  }

  private static String typeName(AnnotatedType t) {
    Class<?> raw = Component.rawClass(t);
    if (raw == List.class) {
      return "list of " + typeName(Component.argument(t, 0));
    }
    if (raw == Map.class) {
      return "map of key → " + typeName(Component.argument(t, 1));
    }
    if (raw == Uncertain.class) {
      return t.isAnnotationPresent(DrawnOnce.class) ? "[uncertain](#uncertain-numbers), once"
          : "[uncertain](#uncertain-numbers)";
    }
    if (raw.isRecord()) {
      return "[" + raw.getSimpleName() + "](#" + raw.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
    if (raw.isEnum()) {
      return String.join(" \\| ", StructureCheck.enumNames(raw).stream().map(n -> "`" + n + "`").toList());
    }
    if (raw == Integer.class || raw == Long.class) {
      return "integer";
    }
    if (raw == Double.class) {
      return "number";
    }
    return raw == Boolean.class ? "boolean" : "string";
  }

  /** Why an uncertain component (or a map's uncertain values) is drawn once per replication, or null. */
  private static String drawnOnce(AnnotatedType t) {
    AnnotatedType value = Component.rawClass(t) == Map.class ? Component.argument(t, 1) : t;
    DrawnOnce once = value == null ? null : value.getAnnotation(DrawnOnce.class);
    return once == null ? null : once.value();
  }

  private static String range(AnnotatedType t, List<Annotation> annotations) {
    List<String> parts = new ArrayList<>();
    String interval = Range.of(annotations).interval();
    if (!interval.isEmpty()) {
      parts.add(interval);
    }
    for (Annotation a : annotations) {
      if (a instanceof NotEmpty) {
        parts.add("not empty");
      } else if (a instanceof Pattern p) {
        String meaning = chainsim.scenario.validation.StructureCheck.describe(p);
        parts.add(p.regexp().equals(Ids.PATTERN) ? "an id" : meaning != null ? meaning : "`" + p.regexp() + "`");
      }
    }
    Class<?> raw = Component.rawClass(t);
    if (raw == List.class || raw == Map.class) {
      AnnotatedType item = Component.argument(t, raw == List.class ? 0 : 1);
      String inner = range(item, Arrays.asList(item.getAnnotations()));
      if (!inner.isEmpty()) {
        parts.add((raw == List.class ? "items " : "values ") + inner);
      }
    }
    return String.join(", ", parts);
  }

  private static String ref(Component c) {
    if (c.ref() == null) {
      return "";
    }
    Class<?> raw = Component.rawClass(c.type());
    String what = raw == Map.class ? "keys: ids of `" : "ids of `";
    String also = c.ref().alsoAllowed().length == 0 ? ""
        : " or " + String.join(", ", Arrays.stream(c.ref().alsoAllowed()).map(a -> "`" + a + "`").toList());
    return what + c.ref().value() + "`" + also;
  }

  private static void distributions(StringBuilder md) {
    md.append("\n### Uncertain numbers\n\n")
        .append("A plain number, or a distribution object. `draw` is `replication` (default) or `month`; a type")
        .append(" marked *once* is drawn once per replication only (`draw: month` is refused there).\n\n")
        .append("| `dist` | Required keys | Optional keys | Draws lie in |\n|---|---|---|---|\n");
    Map<String, String> support = Map.of(
        "fixed", "{value}", "uniform", "[min, max]", "triangular", "[min, max]",
        "normal", "[min, max] when given, else any number", "lognormal", "(0, ∞)",
        "beta", "[min, max], default [0, 1]", "empirical", "the listed values");
    for (String dist : Uncertain.DISTRIBUTIONS) {
      md.append("| `").append(dist).append("` | ")
          .append(String.join(", ", Uncertain.REQUIRED_KEYS.get(dist).stream().map(k -> "`" + k + "`").toList()))
          .append(" | ")
          .append(String.join(", ", Uncertain.OPTIONAL_KEYS.get(dist).stream().map(k -> "`" + k + "`").toList()))
          .append(" | ").append(support.get(dist)).append(" |\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
