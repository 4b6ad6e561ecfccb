package chainsim.report.plan;

import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Opening;
import chainsim.scenario.ScenariosRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code plan.yaml}: a scenario that {@code extends} the planned one and replaces its
 * {@code expansion:} list by the plan's openings, so that {@code chainsim run plan.yaml}
 * simulates the plan.
 *
 * <p>Lists of items with ids merge by id in an overlay: the openings every plan keeps (a
 * subcontracting partner, a pinned opening) are inherited from the base as they are, the base's
 * other openings are removed one by one ({@code remove: true}), and the plan's are added. The base is the scenario file
 * itself when the loader would let {@code plan.yaml} reach it (it lies under the scenarios' root
 * of the output directory, e.g. {@code --out scenarios/plans/x}); otherwise a copy of the
 * resolved scenario is written next to the plan as {@code base.yaml}, so the directory stands
 * alone.
 */
public final class PlanScenarioFile {
  public static final String PLAN = "plan.yaml";
  public static final String BASE = "base.yaml";

  private final LoadedScenario input;
  private final List<Opening> openings;
  private final String header;

  /**
   * @param header comment lines (without {@code #}) written at the top
   */
  public PlanScenarioFile(LoadedScenario input, List<Opening> openings, String header) {
    this.input = input;
    this.openings = openings;
    this.header = header;
  }

  /**
   * Writes {@code plan.yaml} (and {@code base.yaml} when needed) into {@code directory}, which
   * will be moved to {@code target}, a sibling: the relative path to the base is the same from
   * both. Returns the path {@code plan.yaml} extends.
   */
  public String writeInto(Path directory, Path target) throws IOException {
    Path original = input.file().toAbsolutePath().normalize();
    Path root = ScenariosRoot.of(target.toAbsolutePath().normalize().resolve(PLAN));
    String base;
    if (root != null && Files.exists(original) && original.toRealPath().startsWith(root)) {
      Path targetDir = target.toAbsolutePath().normalize();
      base = targetDir.relativize(original).toString().replace('\\', '/');
    } else {
      Files.writeString(directory.resolve(BASE), "# The scenario as planned, resolved (" + input.file()
          + "), so that plan.yaml runs wherever this directory goes.\n" + input.resolvedYaml());
      base = BASE;
    }
    Files.writeString(directory.resolve(PLAN), text(base) + employeesFiles(target.toAbsolutePath().normalize()));
    return base;
  }

  /**
   * {@code planning.roster.employees_files} for the plan: names a file per opening, resolved from
   * the scenario file run, so every entry is written again relative to the plan's directory; an
   * entry of an opening the plan removes is removed ({@code ~}: it would name an opening that is
   * not there). It is not handed to the plan's branch in the same region: an employees file names
   * the branch it is for.
   */
  String employeesFiles(Path targetDir) {
    Map<String, String> files = input.scenario().planning().roster().employeesFiles();
    if (files.isEmpty()) {
      return "";
    }
    Set<String> planned = new HashSet<>();
    openings.forEach(o -> planned.add(o.id()));
    Map<String, String> moved = input.scenario().planning().roster().movedTo(input.file(), targetDir).employeesFiles();
    Map<String, String> entries = new LinkedHashMap<>();
    moved.forEach((id, path) -> entries.put(id, planned.contains(id) ? quote(path)
        : "~   # not in this plan; its team: " + quote(path)));
    StringBuilder out = new StringBuilder("planning:\n  roster:\n    # the employees files, from this directory\n"
        + "    employees_files:\n");
    entries.forEach((id, value) -> out.append("      ").append(id).append(": ").append(value).append('\n'));
    return out.toString();
  }

  String text(String base) {
    StringBuilder out = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append("extends: ").append(quote(base)).append('\n');
    out.append("name: ").append(quote(input.scenario().name() + "-plan")).append('\n');
    Set<String> planned = new HashSet<>();
    openings.forEach(o -> planned.add(o.id()));
    Map<String, Opening> own = new LinkedHashMap<>();
    input.scenario().expansion().forEach(o -> own.put(o.id(), o));
    List<String> removed = own.keySet().stream().filter(id -> !planned.contains(id)).toList();
    List<Opening> added = new ArrayList<>();
    for (Opening o : openings) {
      Opening theirs = own.get(o.id());
      if (theirs == null) {
        added.add(o);
      } else if (!theirs.equals(o)) {
        throw new IllegalStateException("plan opening id " + o.id() + " collides with the scenario's own");
      }
    }
    if (removed.isEmpty() && added.isEmpty()) {
      if (own.isEmpty()) {
        out.append("expansion: []\n");
      }
      return out.toString();
    }
    out.append("expansion:\n");
    if (own.size() > removed.size()) {
      out.append("  # kept as the scenario has them: ").append(String.join(", ",
          own.keySet().stream().filter(planned::contains).toList())).append('\n');
    }
    if (!removed.isEmpty()) {
      out.append("  # the rest of the scenario's own plan, replaced by this one\n");
      for (String id : removed) {
        out.append("  - { id: ").append(id).append(", remove: true }\n");
      }
    }
    if (!added.isEmpty()) {
      out.append("  # the plan: one opening per region, mode and quarter, from the quarter's first month\n");
    }
    for (Opening o : added) {
      out.append(String.format(Locale.ROOT, "  - { id: %s, month: %d, region: %s, mode: %s, template: %s, industries: [%s]%s }%n",
          o.id(), o.month(), o.region(), o.mode().key(), o.template(), String.join(", ", o.industries()),
          Boolean.TRUE.equals(o.pinned()) ? ", pinned: true" : ""));
    }
    return out.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
