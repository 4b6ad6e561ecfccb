package chainsim.roster.branch;

import chainsim.scenario.Problem;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.ScalarNode;
import chainsim.scenario.tree.Suggestions;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reading of a located YAML tree: each getter returns the value or null and, when the value
 * is there but wrong, records a {@link Problem} at its line and column. The files it reads are
 * small, so it reports every problem at once rather than stopping at the first.
 */
final class TreeFields {
  private final Path file;
  private final List<Problem> problems;

  TreeFields(Path file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  void problem(Node at, String keyPath, String message) {
    int line = at == null ? 1 : at.position().line();
    int column = at == null ? 1 : at.position().column();
    problems.add(new Problem(file, line, column, keyPath, message));
  }

  /** Unknown keys, each with the closest known one when there is one. */
  void onlyKeys(MapNode map, String path, Collection<String> allowed) {
    for (MapNode.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        String near = Suggestions.closest(e.key(), allowed);
        problems.add(new Problem(file, e.keyPosition().line(), e.keyPosition().column(), join(path, e.key()),
            "unknown key " + Names.quote(e.key()) + (near == null ? "" : "; did you mean '" + near + "'?")));
      }
    }
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  MapNode map(Node node, String path) {
    if (node instanceof MapNode m) {
      return m;
    }
    problem(node, path, "expected a map, found " + node.describe());
    return null;
  }

  /** The items of a list under a key; empty when absent, null (with a problem) when not a list. */
  List<Node> list(MapNode map, String key, String path, boolean required) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      if (required) {
        problem(map, path, "missing " + Names.quote(key));
      }
      return required ? null : List.of();
    }
    if (node instanceof ListNode l) {
      if (required && l.items().isEmpty()) {
        problem(node, join(path, key), "must not be empty");
        return null;
      }
      return l.items();
    }
    problem(node, join(path, key), "expected a list, found " + node.describe());
    return null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
  }

  /** The text of a scalar (a number or a time keeps the text as written). */
  String text(MapNode map, String key, String path, boolean required) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      if (required) {
        problem(map, path, "missing " + Names.quote(key));
      }
      return null;
    }
    return text(node, join(path, key));
  }

  String text(Node node, String path) {
    if (node instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
      return s.text();
    }
    problem(node, path, "expected a value, found " + node.describe());
    return null;
  }

  String id(MapNode map, String key, String path, boolean required) {
    String t = text(map, key, path, required);
    if (t != null && !t.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      problem(map.get(key), join(path, key), Names.quote(t) + " is not an id (lower-case letters, digits, '-' and '_')");
      return null;
    }
    return t;
  }

  Integer integer(MapNode map, String key, String path, int min, int max, Integer fallback) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      return fallback;
    }
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.INT) {
      var v = s.integer();
      if (v.compareTo(java.math.BigInteger.valueOf(min)) >= 0 && v.compareTo(java.math.BigInteger.valueOf(max)) <= 0) {
        return v.intValue();
      }
      problem(node, join(path, key), "must be between " + min + " and " + max + ", not " + s.text());
      return null;
    }
    problem(node, join(path, key), "expected a whole number, found " + node.describe());
    return null;
  }

  Double number(MapNode map, String key, String path, double min, double max, Double fallback) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      return fallback;
    }
    if (node instanceof ScalarNode s && s.isNumber()) {
      double v = s.number();
      if (v >= min && v <= max) {
        return v;
      }
      problem(node, join(path, key), "must be between " + trim(min) + " and " + trim(max) + ", not " + s.text());
      return null;
    }
    problem(node, join(path, key), "expected a number, found " + node.describe());
    return null;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  Boolean bool(MapNode map, String key, String path, boolean fallback) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      return fallback;
    }
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOL) {
      return s.bool();
    }
    problem(node, join(path, key), "expected true or false, found " + node.describe());
    return null;
  }

  LocalTime time(MapNode map, String key, String path) {
    String t = text(map, key, path, true);
    if (t == null) {
      return null;
    }
    if (t.matches("[0-9]{1,2}:[0-9]{2}")) {
      String[] hm = t.split(":");
      int h = Integer.parseInt(hm[0]);
      int m = Integer.parseInt(hm[1]);
      if (h < 24 && m < 60) {
        return LocalTime.of(h, m);
      }
    }
    problem(map.get(key), join(path, key), Names.quote(t) + " is not a time like 08:30");
    return null;
  }

  LocalDate date(Node node, String path) {
    String t = text(node, path);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problem(node, path, Names.quote(t) + " is not a date like 2027-07-05");
      return null;
    }
  }

  LocalDate date(MapNode map, String key, String path, boolean required) {
    Node node = map.get(key);
    if (node == null || isNull(node)) {
      if (required) {
        problem(map, path, "missing " + Names.quote(key));
      }
      return null;
    }
    return date(node, join(path, key));
  }

  /** Days of the week as {@code mon}..{@code sun} (or in full); {@code fallback} when absent. */
  Set<DayOfWeek> days(MapNode map, String key, String path, Set<DayOfWeek> fallback) {
    if (map.get(key) == null) {
      return fallback;
    }
    List<Node> items = list(map, key, path, true);
    if (items == null) {
      return null;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < items.size(); i++) {
      String t = text(items.get(i), join(path, key) + "[" + i + "]");
      DayOfWeek d = t == null ? null : dayOfWeek(t);
      if (t != null && d == null) {
        problem(items.get(i), join(path, key) + "[" + i + "]", Names.quote(t) + " is not a day of the week (mon, tue,"
            + " wed, thu, fri, sat, sun)");
      } else if (d != null) {
        days.add(d);
      }
    }
    return days;
  }

  static DayOfWeek dayOfWeek(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (t.equals(full) || t.equals(full.substring(0, 3))) {
        return d;
      }
    }
    return null;
  }

  /** Strings of a list (ids), with problems for items that are not. */
  List<String> ids(MapNode map, String key, String path, boolean required) {
    List<Node> items = list(map, key, path, required);
    if (items == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String t = text(items.get(i), join(path, key) + "[" + i + "]");
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
