package chainsim.sweep;

import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.format.RecordFile;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.ScalarNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep file read and checked whole (see {@code docs/sweep.md}): its shape against
 * {@link SweepFormat} (unknown keys with a did-you-mean, the way a scenario's are), its scenario
 * loaded, every key found in that scenario (or the nearest one suggested), every value loaded into
 * the scenario alone and every variant as a whole, each refusal the scenario validator's own message
 * at the value in the sweep file: {@code sweep.yaml:6:18: vary[0].values[1]: capital.initial: must be
 * at least 0, got -5}. Nothing is returned unless every variant loads.
 *
 * @param file the sweep file
 * @param base the scenario it sweeps, as loaded
 * @param grid its variants (the grid's combinations, or the ones listed)
 * @param loaded each variant's scenario, in the grid's order
 */
public record SweepFile(Path file, LoadedScenario base, SweepGrid grid, List<LoadedScenario> loaded) {
  /** Largest sweep file read, in bytes. */
  public static final long MAX_BYTES = 1_000_000;

  static final RecordFile.Kind<SweepFormat.Sweep> KIND =
      new RecordFile.Kind<>(SweepFormat.Sweep.class, "a sweep file", MAX_BYTES);

  /** The sweep file, or every problem it has (as one {@link ScenarioException}). */
  public static SweepFile read(Path file) throws ScenarioException {
    RecordFile<SweepFormat.Sweep> read = RecordFile.read(file, KIND, SweepFile::valuesAsWritten);
    SweepFormat.Sweep sweep = read.orThrow();
    MapNode tree = read.tree();
    List<Problem> problems = new ArrayList<>();
    if ((sweep.vary() == null) == (sweep.variants() == null)) {
      Position at = tree.entries().containsKey("variants") ? tree.entries().get("variants").keyPosition()
          : tree.position();
      throw new ScenarioException(List.of(new Problem(file, at.line(), at.column(), "",
          sweep.vary() == null ? "give the grid (vary) or the variants (variants)" : "give vary or variants, not both")));
    }
    // relative to the sweep file as it was named, so the scenario shows as if named on the command line
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    Path scenarioFile = dir.resolve(sweep.scenario()).normalize();
    LoadedScenario base = ScenarioLoader.load(scenarioFile);
    ScenarioVariant variants = new ScenarioVariant(base);
    SweepGrid grid = sweep.vary() != null ? grid(file, sweep.vary(), tree, variants, problems)
        : listed(file, sweep.variants(), tree, variants, problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(Problem.sortedDistinct(problems));
    }
    List<LoadedScenario> loaded = new ArrayList<>();
    List<SweepGrid.Variant> all = grid.variants();
    for (int i = 0; i < all.size(); i++) {
      SweepGrid.Variant v = all.get(i);
      int index = i;
      loaded.add(variants.load(v.settings(), p -> {
        // a combination refused although each of its values loads alone: at the variant
        Position at = sweep.vary() != null ? tree.entries().get("vary").keyPosition()
            : ((ListNode) tree.get("variants")).items().get(index).position();
        String path = sweep.vary() != null ? "vary" : "variants[" + index + "]";
        return new ScenarioException(List.of(new Problem(file, at.line(), at.column(), path,
            "the variant " + v.name() + ": " + ScenarioVariant.refusal(p))));
      }));
    }
    return new SweepFile(file, base, grid, List.copyOf(loaded));
  }

  private static SweepGrid grid(Path file, List<SweepFormat.Dimension> vary, MapNode tree, ScenarioVariant variants,
      List<Problem> problems) {
    ListNode items = (ListNode) tree.get("vary");
    List<SweepGrid.Dimension> dimensions = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < vary.size(); i++) {
      SweepFormat.Dimension d = vary.get(i);
      MapNode item = (MapNode) items.items().get(i);
      String path = "vary[" + i + "]";
      Integer first = seen.putIfAbsent(d.key(), i);
      if (first != null) {
        problems.add(at(file, item.get("key").position(), path + ".key", d.key() + " is varied twice (first at vary["
            + first + "])"));
        continue;
      }
      String refused = variants.keyRefusal(d.key());
      if (refused != null) {
        problems.add(at(file, item.get("key").position(), path + ".key", refused));
        continue;
      }
      ListNode values = (ListNode) item.get("values");
      List<String> distinct = new ArrayList<>();
      for (int j = 0; j < d.values().size(); j++) {
        String value = d.values().get(j);
        Position where = values.items().get(j).position();
        String valuePath = path + ".values[" + j + "]";
        if (distinct.contains(value)) {
          problems.add(at(file, where, valuePath, "the value " + value + " is given twice"));
          continue;
        }
        distinct.add(value);
        valueRefusal(variants, new Setting(d.key(), value), file, where, valuePath, problems);
      }
      dimensions.add(new SweepGrid.Dimension(d.key(), List.copyOf(distinct), d.key() + "=" + String.join(",", distinct)));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return SweepGrid.of(dimensions);
    } catch (chainsim.input.InputException e) {
      Position at = tree.entries().get("vary").keyPosition();
      problems.add(at(file, at, "vary", e.getMessage().replaceFirst("^--vary: ", "")));
      return null;
    }
  }

  private static SweepGrid listed(Path file, List<Map<String, String>> listed, MapNode tree, ScenarioVariant variants,
      List<Problem> problems) {
    ListNode items = (ListNode) tree.get("variants");
    List<String> keys = new ArrayList<>(listed.get(0).keySet());
    List<List<Setting>> settings = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      Map<String, String> v = listed.get(i);
      MapNode item = (MapNode) items.items().get(i);
      String path = "variants[" + i + "]";
      if (!v.keySet().equals(new java.util.HashSet<>(keys))) {
        problems.add(at(file, item.position(), path, "sets " + String.join(", ", v.keySet())
            + "; every variant sets the keys of the first: " + String.join(", ", keys)));
        continue;
      }
      List<Setting> these = new ArrayList<>();
      for (String key : keys) {
        MapNode.Entry entry = item.entries().get(key);
        String refused = i == 0 ? variants.keyRefusal(key) : null;
        if (refused != null) {
          problems.add(at(file, entry.keyPosition(), path + "." + key, refused));
          continue;
        }
        Setting s = new Setting(key, v.get(key));
        if (i == 0 || variants.keyRefusal(key) == null) {
          valueRefusal(variants, s, file, entry.value().position(), path + "." + key, problems);
        }
        these.add(s);
      }
      settings.add(List.copyOf(these));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return SweepGrid.listed(keys, settings);
    } catch (chainsim.input.InputException e) {
      Position at = tree.entries().get("variants").keyPosition();
      problems.add(at(file, at, "variants", e.getMessage().replaceFirst("^--vary: ", "")));
      return null;
    }
  }

  /** The value alone in the scenario: refused with the scenario validator's message, at the value. */
  private static void valueRefusal(ScenarioVariant variants, Setting setting, Path file, Position where, String path,
      List<Problem> problems) {
    try {
      variants.load(List.of(setting), p -> new ScenarioException(List.of(new Problem(file, where.line(),
          where.column(), path, ScenarioVariant.refusal(p)))));
    } catch (ScenarioException e) {
      problems.addAll(e.problems());
    }
  }

  private static Problem at(Path file, Position position, String path, String message) {
    return new Problem(file, position.line(), position.column(), path, message);
  }

  // ---- the tree before it is checked ---------------------------------------------------------

  /**
   * A value to set is any scalar, kept as written: the records take it as text (what follows
   * {@code --vary KEY=}), so {@code 3000000}, {@code 0.2} and {@code true} all read.
   */
  private static MapNode valuesAsWritten(MapNode tree) {
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>(tree.entries());
    if (tree.get("vary") instanceof ListNode vary) {
      List<Node> items = new ArrayList<>();
      for (Node item : vary.items()) {
        if (item instanceof MapNode m && m.get("values") instanceof ListNode values) {
          Map<String, MapNode.Entry> e = new LinkedHashMap<>(m.entries());
          MapNode.Entry old = e.get("values");
          e.put("values", new MapNode.Entry("values", old.keyPosition(),
              new ListNode(values.position(), values.items().stream().map(SweepFile::asText).toList())));
          items.add(new MapNode(m.position(), e));
        } else {
          items.add(item);
        }
      }
      replace(entries, "vary", new ListNode(vary.position(), items));
    }
    if (tree.get("variants") instanceof ListNode variants) {
      List<Node> items = new ArrayList<>();
      for (Node item : variants.items()) {
        if (item instanceof MapNode m) {
          Map<String, MapNode.Entry> e = new LinkedHashMap<>();
          m.entries().forEach((k, v) -> e.put(k, new MapNode.Entry(k, v.keyPosition(), asText(v.value()))));
          items.add(new MapNode(m.position(), e));
        } else {
          items.add(item);
        }
      }
      replace(entries, "variants", new ListNode(variants.position(), items));
    }
    return new MapNode(tree.position(), entries);
  }

  private static void replace(Map<String, MapNode.Entry> entries, String key, Node value) {
    MapNode.Entry old = entries.get(key);
    entries.put(key, new MapNode.Entry(key, old.keyPosition(), value));
  }

  private static Node asText(Node node) {
    return node instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL && s.kind() != ScalarNode.Kind.STRING
        ? new ScalarNode(s.position(), ScalarNode.Kind.STRING, s.text()) : node;
  }
}
