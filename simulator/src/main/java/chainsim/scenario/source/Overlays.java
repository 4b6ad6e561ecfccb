package chainsim.scenario.source;

import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.ScalarNode;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.YamlTreeReader;
import chainsim.scenario.tree.Names;
import chainsim.scenario.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@code extends}: a file is its bases merged in order (later wins), then the file itself
 * merged over them. Bases resolve relative to the file that names them and must stay inside the
 * scenarios' root: the nearest directory above the top-level file holding
 * {@value #ROOT_MARKER}, else the top-level file's directory. A base that leads back to a file
 * already being resolved is a cycle, reported with the chain.
 *
 * <p>Each file is resolved once, by its real path, however many files name it: a diamond of bases
 * (two bases sharing a third) reads the shared one once, and a file naming one base many times
 * over is an error rather than an exponential amount of work. The number of files and of
 * {@code extends} entries followed are capped, so no arrangement of bases can hang validation.
 */
public final class Overlays {
  private static final Logger LOG = LoggerFactory.getLogger(Overlays.class);

  /** The file that marks the scenarios' root directory. */
  public static final String ROOT_MARKER = "chainsim.schema.json";
  /** The key naming the base files. */
  public static final String EXTENDS = "extends";

  /** Most files one scenario may be made of: the file itself and every base, each counted once. */
  public static final int MAX_FILES = 100;
  /** Most {@code extends} entries followed in all, a base named by several files counting each time. */
  public static final int MAX_BASE_ENTRIES = 1000;

  private final List<Problem> problems;
  private final OverlayMerge merge;
  private final Path root;
  private final Set<Path> sources = new LinkedHashSet<>();
  /** Every file resolved so far by its real path; null when it could not be read. */
  private final Map<Path, MapNode> resolved = new HashMap<>();
  private int filesRead;
  private int entriesFollowed;
  /** Set once a limit is hit: nothing more is read, so one line says why. */
  private boolean stopped;
  /** Cleared when a file or a base could not be read. */
  private boolean complete = true;

  /**
   * The merged tree of a top-level file (null when it could not be read), every file read, and
   * whether every file and base could be read: when one could not, the tree lacks what it would
   * have brought, and checking it would only report the consequences.
   */
  public record Resolved(MapNode tree, List<Path> sources, boolean complete) {}

  private Overlays(Path root, List<Problem> problems) {
    this.root = root;
    this.problems = problems;
    this.merge = new OverlayMerge(problems);
  }

  /**
   * Resolves a file. With {@code text} non-null it is used as the file's content instead of
   * reading it (bases are still read from disk); tests and editors use this.
   */
  public static Resolved resolve(Path file, String text, List<Problem> problems) {
    Path abs = file.toAbsolutePath().normalize();
    Overlays overlays = new Overlays(scenariosRoot(abs), problems);
    String content = text != null ? SourceFile.check(text, file, problems) : SourceFile.read(file, problems);
    overlays.filesRead = 1;
    MapNode tree = content == null ? null : overlays.resolveText(file, abs, content, new ArrayList<>());
    return new Resolved(tree, List.copyOf(overlays.sources), overlays.complete && tree != null);
  }

  /** The nearest directory at or above the file's holding the marker, else the file's directory. */
  public static Path scenariosRoot(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(ROOT_MARKER))) {
        return real(d);
      }
    }
    return dir == null ? null : real(dir);
  }

  /**
   * @param shown the path as the user or the extending file gave it (kept in problems)
   * @param chain real paths of the files being resolved, outermost first
   */
  private MapNode resolveText(Path shown, Path abs, String text, List<Path> chain) {
    sources.add(shown);
    Node node = YamlTreeReader.read(text, shown, problems);
    if (node == null) {
      complete = false;
      return null;
    }
    if (!(node instanceof MapNode own)) {
      complete = false;
      Position p = node.position();
      problems.add(new Problem(shown, p.line(), p.column(), "", "a scenario file must be a map of keys, not " + node.describe()));
      return null;
    }
    chain.add(real(abs));
    Node merged = null;
    Map<Path, Base> listed = new HashMap<>();
    for (Base base : bases(own, shown)) {
      if (stopped) {
        break;
      }
      MapNode base2 = resolveBase(base, shown, abs, chain, listed);
      if (base2 != null) {
        merged = merged == null ? base2 : merge.merge(merged, base2);
      }
    }
    chain.remove(chain.size() - 1);
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>(own.entries());
    entries.remove(EXTENDS);
    MapNode self = new MapNode(own.position(), entries);
    return (MapNode) merge.merge(merged, self);
  }

  /** One entry of an {@code extends} list: the path as written and where. */
  private record Base(String path, Position at) {}

  private List<Base> bases(MapNode own, Path shown) {
    MapNode.Entry e = own.entries().get(EXTENDS);
    List<Base> out = new ArrayList<>();
    if (e == null || e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL) {
      return out;
    }
    List<Node> items = e.value() instanceof ListNode l ? l.items() : List.of(e.value());
    for (Node item : items) {
      if (item instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && !s.text().isBlank()) {
        out.add(new Base(s.text(), s.position()));
      } else {
        Position p = item.position();
        problems.add(new Problem(shown, p.line(), p.column(), EXTENDS,
            "expected a file path or a list of file paths, got " + item.describe()));
        complete = false;
      }
    }
    return out;
  }

  /**
   * The resolved tree of one base, or null with a problem at its {@code extends} entry.
   *
   * @param listed the bases the extending file has named so far, by real path
   */
  private MapNode resolveBase(Base base, Path shown, Path abs, List<Path> chain, Map<Path, Base> listed) {
    Path target;
    try {
      target = abs.getParent().resolve(base.path()).normalize();
    } catch (RuntimeException e) {
      problem(base, shown, "invalid path " + Names.quote(base.path()));
      return null;
    }
    Path real = real(target);
    if (root != null && !real.startsWith(root)) {
      problem(base, shown, "base " + Names.quote(base.path()) + " is outside the scenarios' root " + root
          + " (the nearest directory holding " + ROOT_MARKER + ")");
      return null;
    }
    if (!Files.exists(target)) {
      problem(base, shown, "base file " + Names.quote(base.path()) + " not found");
      return null;
    }
    if (Files.isDirectory(target)) {
      problem(base, shown, "base " + Names.quote(base.path()) + " is a directory, not a scenario file");
      return null;
    }
    Base first = listed.putIfAbsent(real, base);
    if (first != null) {
      String as = first.path().equals(base.path()) ? "" : " as " + Names.quote(first.path());
      problem(base, shown, "base " + Names.quote(base.path()) + " is listed twice (first" + as + " at line "
          + first.at().line() + ", column " + first.at().column() + ")");
      return null;
    }
    if (chain.contains(real)) {
      StringBuilder cycle = new StringBuilder();
      for (Path p : chain.subList(chain.indexOf(real), chain.size())) {
        cycle.append(name(p)).append(" -> ");
      }
      problem(base, shown, "extends cycle: " + cycle + name(real));
      return null;
    }
    if (++entriesFollowed > MAX_BASE_ENTRIES) {
      problem(base, shown, "the bases are named more than " + MAX_BASE_ENTRIES + " times in all (every file's"
          + " extends counted); a scenario's overlays must be simpler than that");
      stopped = true;
      return null;
    }
    if (resolved.containsKey(real)) {
      LOG.debug("{}:{}:{}: base {} already resolved; reused", Problem.displayPath(shown), base.at().line(),
          base.at().column(), Problem.displayPath(shownPath(shown, base.path())));
      return resolved.get(real);
    }
    if (++filesRead > MAX_FILES) {
      problem(base, shown, "a scenario may be made of at most " + MAX_FILES + " files (itself and its bases);"
          + " this base would be one more");
      stopped = true;
      return null;
    }
    Path shownBase = shownPath(shown, base.path());
    String text = SourceFile.read(target, problems);
    complete &= text != null;
    if (text != null) {
      LOG.debug("{}:{}:{}: base {} read ({} characters)", Problem.displayPath(shown), base.at().line(),
          base.at().column(), Problem.displayPath(shownBase), text.length());
    }
    MapNode tree = text == null ? null : resolveText(shownBase, target, text, chain);
    resolved.put(real, tree);
    return tree;
  }

  /** A base's path as problems show it: next to the extending file as the user named it. */
  private static Path shownPath(Path shown, String relative) {
    Path parent = shown.getParent();
    return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize();
  }

  private String name(Path real) {
    return root != null && real.startsWith(root) ? root.relativize(real).toString().replace('\\', '/') : real.toString();
  }

  private void problem(Base base, Path shown, String message) {
    complete = false;
    problems.add(new Problem(shown, base.at().line(), base.at().column(), EXTENDS, message));
  }

  /** The real path, symlinks followed, as far as it exists. */
  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      Path parent = p.getParent();
      return parent == null ? p : real(parent).resolve(p.getFileName());
    }
  }
}
