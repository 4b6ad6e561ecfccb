package chainsim.scenario.source;

import chainsim.scenario.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code extends}: a file is its bases merged in order (later wins), then the file itself
 * merged over them. Bases resolve relative to the file that names them and must stay inside the
 * scenarios' root: the nearest directory above the top-level file holding
 * {@value #ROOT_MARKER}, else the top-level file's directory. A base that leads back to a file
 * already being resolved is a cycle, reported with the chain.
 */
public final class Overlays {
  /** The file that marks the scenarios' root directory. */
  public static final String ROOT_MARKER = "chainsim.schema.json";
  /** The key naming the base files. */
  public static final String EXTENDS = "extends";

  private final List<Problem> problems;
  private final OverlayMerge merge;
  private final Path root;
  private final Set<Path> sources = new LinkedHashSet<>();

  /** The merged tree of a top-level file (null when it could not be read) and every file read. */
  public record Resolved(MapNode tree, List<Path> sources) {}

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
    MapNode tree = content == null ? null : overlays.resolveText(file, abs, content, new ArrayList<>());
    return new Resolved(tree, List.copyOf(overlays.sources));
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
      return null;
    }
    if (!(node instanceof MapNode own)) {
      Position p = node.position();
      problems.add(new Problem(shown, p.line(), p.column(), "", "a scenario file must be a map of keys, not " + node.describe()));
      return null;
    }
    chain.add(real(abs));
    Node merged = null;
    for (Base base : bases(own, shown)) {
      MapNode resolved = resolveBase(base, shown, abs, chain);
      if (resolved != null) {
        merged = merged == null ? resolved : merge.merge(merged, resolved);
      }
    }
    chain.remove(chain.size() - 1);
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>(own.entries());
    entries.remove(EXTENDS);
    MapNode self = new MapNode(own.position(), entries);
    return (MapNode) merge.merge(merged, self);
  }

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
      }
    }
    return out;
  }

  private MapNode resolveBase(Base base, Path shown, Path abs, List<Path> chain) {
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
    if (chain.contains(real)) {
      StringBuilder cycle = new StringBuilder();
      for (Path p : chain.subList(chain.indexOf(real), chain.size())) {
        cycle.append(name(p)).append(" -> ");
      }
      problem(base, shown, "extends cycle: " + cycle + name(real));
      return null;
    }
    Path shownBase = shownPath(shown, base.path());
    String text = SourceFile.read(target, problems);
    if (text == null) {
      return null;
    }
    return resolveText(shownBase, target, text, chain);
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
