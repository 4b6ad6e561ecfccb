package chainsim.scenario.format;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioMapper;
import chainsim.scenario.source.SourceFile;
import chainsim.scenario.source.TreeJson;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.YamlTreeReader;
import chainsim.scenario.validation.Shape;
import chainsim.scenario.validation.StructureCheck;
import chainsim.scenario.validation.TooManyProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A YAML file described by a top-level record, read the way a scenario is: its text (size and
 * UTF-8 checked), its located tree, the shape of every value checked against the records, and the
 * parts whose shape is right bound into them, so that the format's own rules between values run
 * on those parts and one run reports every problem. The format's reader then adds what its rules
 * find ({@link #problem}) and asks for the result ({@link #orThrow}).
 *
 * @param <T> the top-level record of the format
 */
public final class RecordFile<T extends Record> {
  private static final ObjectMapper BINDER = ScenarioMapper.json();

  /**
   * A kind of file: its top-level record, what it is called in messages (with its article: "an
   * employees file") and the largest file read, in bytes.
   */
  public record Kind<T extends Record>(Class<T> type, String noun, long maxBytes) {}

  private final Path file;
  private final List<Problem> problems;
  private final MapNode tree;
  /** The tree without the parts whose shape is wrong: the one {@link #bound} was bound from. */
  private final MapNode bindable;
  private final T bound;
  private final boolean shapeClean;

  private RecordFile(Path file, List<Problem> problems, MapNode tree, MapNode bindable, T bound, boolean shapeClean) {
    this.file = file;
    this.problems = problems;
    this.tree = tree;
    this.bindable = bindable;
    this.bound = bound;
    this.shapeClean = shapeClean;
  }

  /**
   * Reads and checks a file.
   *
   * @param normalise rewrites the tree before it is checked, for short forms the records do not
   *     have (a date alone for a one-day range); {@link UnaryOperator#identity()} for none
   */
  public static <T extends Record> RecordFile<T> read(Path file, Kind<T> kind, UnaryOperator<MapNode> normalise) {
    List<Problem> problems = new ArrayList<>();
    MapNode tree = null;
    MapNode bindable = null;
    T bound = null;
    boolean clean = false;
    try {
      tree = tree(file, kind, problems);
      if (tree != null) {
        tree = normalise.apply(tree);
        Shape shape = StructureCheck.check(tree, kind.type(), problems);
        clean = shape.clean();
        bindable = shape.bindable();
        bound = bind(bindable, kind.type());
      }
    } catch (TooManyProblems e) {
      problems.add(e.problem());
      bound = null;
    }
    return new RecordFile<>(file, problems, tree, bindable, bound, clean);
  }

  private static MapNode tree(Path file, Kind<?> kind, List<Problem> problems) {
    String text = SourceFile.read(file, kind.noun(), kind.maxBytes(), problems);
    Node root = text == null ? null : YamlTreeReader.read(text, file, problems);
    if (root == null) {
      return null;
    }
    if (!(root instanceof MapNode map)) {
      problems.add(new Problem(file, root.position().line(), root.position().column(), "",
          "expected a map, got " + root.describe()));
      return null;
    }
    return map;
  }

  /** The records of the parts whose shape is right, or null when even those do not bind. */
  private static <T> T bind(MapNode tree, Class<T> type) {
    try {
      return BINDER.treeToValue(TreeJson.toJson(tree), type);
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  /** The file as read. */
  public Path file() {
    return file;
  }

  /** The located tree, or null when the file could not be read as a YAML map. */
  public MapNode tree() {
    return tree;
  }

  /**
   * The file as records: every part whose shape is right (an item of a list with a wrong value is
   * left out), or null when the file could not be read or bound.
   */
  public T records() {
    return bound;
  }

  /** True when the file read, and the shape of every value is right: {@link #records()} is the whole file. */
  public boolean whole() {
    return bound != null && shapeClean && problems.isEmpty();
  }

  /** True when nothing is wrong so far. */
  public boolean clean() {
    return problems.isEmpty();
  }

  /**
   * Adds a problem at the value of a key path into {@link #records()}, such as
   * {@code employees[bo].skills[1]} or {@code cover[2].target}: an id names an item, an index counts
   * the items bound. The message gives the path into the file (an item left out for its shape
   * still counts there), the way the shape check gives it.
   */
  public void problem(String keyPath, String message) {
    Located at = locate(keyPath);
    problems.add(new Problem(at.position().file(), at.position().line(), at.position().column(), at.path(), message));
  }

  /** Where the value of a key path into {@link #records()} was written (the nearest part that exists). */
  public Position at(String keyPath) {
    return locate(keyPath).position();
  }

  /** Rewrites the problems found so far, e.g. to say more than the shape check can about a missing key. */
  public void reword(UnaryOperator<Problem> reword) {
    problems.replaceAll(reword);
  }

  private record Located(String path, Position position) {}

  /** Follows a path into the bound tree, and the same nodes in the file's tree for the path to show. */
  private Located locate(String keyPath) {
    Node bound = bindable;
    Node written = tree;
    Position at = bound.position();
    StringBuilder path = new StringBuilder();
    for (String step : steps(keyPath)) {
      if (step.startsWith("[") && bound instanceof ListNode list) {
        String selector = step.substring(1, step.length() - 1);
        Node item = item(list, selector);
        if (item == null) {
          break;
        }
        int index = written instanceof ListNode w ? indexOf(w, item) : -1;
        path.append('[').append(isIndex(selector) && index >= 0 ? Integer.toString(index) : selector).append(']');
        bound = item;
        written = item;
      } else if (bound instanceof MapNode map && map.get(step) != null) {
        path.append(path.length() == 0 ? "" : ".").append(step);
        bound = map.get(step);
        written = written instanceof MapNode w ? w.get(step) : null;
      } else {
        path.append(path.length() == 0 ? "" : ".").append(step);
        break;
      }
      at = bound.position();
    }
    return new Located(path.toString(), at);
  }

  private static Node item(ListNode list, String selector) {
    if (isIndex(selector)) {
      int i = Integer.parseInt(selector);
      return i < list.items().size() ? list.items().get(i) : null;
    }
    for (Node n : list.items()) {
      if (n instanceof MapNode m && selector.equals(m.scalarText("id"))) {
        return n;
      }
    }
    return null;
  }

  private static boolean isIndex(String selector) {
    return !selector.isEmpty() && selector.length() < 10 && selector.chars().allMatch(Character::isDigit);
  }

  private static int indexOf(ListNode list, Node item) {
    for (int i = 0; i < list.items().size(); i++) {
      if (list.items().get(i) == item) {
        return i;
      }
    }
    return -1;
  }

  /** {@code a.b[x].c} as the steps a, b, [x], c. */
  private static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket != 0 && !part.isEmpty()) {
        steps.add(bracket < 0 ? part : part.substring(0, bracket));
      }
      for (int i = bracket; i >= 0; i = part.indexOf('[', i + 1)) {
        int end = part.indexOf(']', i);
        steps.add(part.substring(i, end < 0 ? part.length() : end + 1));
      }
    }
    return steps;
  }

  /** The problems, in file and position order, each once. */
  public List<Problem> problems() {
    return Problem.sortedDistinct(problems);
  }

  /** The records of the whole file, or every problem it has. */
  public T orThrow() throws ScenarioException {
    if (!problems.isEmpty() || bound == null) {
      List<Problem> all = problems();
      throw new ScenarioException(all.isEmpty()
          ? List.of(new Problem(file, 1, 1, "", "internal error binding the file")) : all);
    }
    return bound;
  }
}
