package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.OpeningKey;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Between cell decisions and the scenario's {@code expansion:} list of openings, both ways. */
public final class PlanOpenings {
  private PlanOpenings() {}

  /** The openings the entered cells make (see {@link OpeningKey}), by quarter, then region, then mode. */
  public static List<PlannedOpening> openings(List<CellDecision> cells) {
    Map<OpeningKey, List<CellDecision>> byKey = new LinkedHashMap<>();
    for (CellDecision c : cells) {
      if (c.isEntered()) {
        byKey.computeIfAbsent(OpeningKey.of(c), k -> new ArrayList<>()).add(c);
      }
    }
    List<PlannedOpening> out = new ArrayList<>();
    byKey.forEach((k, list) -> out.add(new PlannedOpening(k, list)));
    out.sort(Comparator.comparingInt(PlannedOpening::quarter).thenComparing(PlannedOpening::region)
        .thenComparing(o -> o.mode().ordinal()));
    return out;
  }

  /**
   * The scenario's {@code expansion:} list for a plan: first the scenario's openings every plan
   * keeps as written ({@link #keeps}), in the scenario's order; then one opening per
   * {@link OpeningKey} of the cells the plan decides, in the first month of its quarter, with the
   * planner's template for its mode, serving its industries in the scenario's order. Openings made
   * only of pinned cells are marked pinned. Ids are {@code region-mode-qN}, with a suffix where the
   * scenario's own plan already uses one (as when re-planning a plan file), since a plan file
   * replaces those openings by id.
   */
  public static List<Opening> toScenario(Scenario scenario, List<CellDecision> cells) {
    List<Opening> out = new ArrayList<>(kept(scenario));
    decidedByPlan(scenario, cells).forEach(d -> out.add(d.opening()));
    return out;
  }

  /** An opening the plan decides (not one it keeps as written), as cells and as the simulator takes it. */
  public record Decided(PlannedOpening planned, Opening opening) {}

  /** The openings the plan decides, in {@link #toScenario}'s order and with its ids. */
  public static List<Decided> decidedByPlan(Scenario scenario, List<CellDecision> cells) {
    List<String> order = scenario.industries().stream().map(Industry::id).toList();
    Set<String> taken = new HashSet<>();
    scenario.expansion().forEach(o -> taken.add(o.id()));
    List<Decided> out = new ArrayList<>();
    List<CellDecision> decided = cells.stream().filter(c -> c.getKeptBy() == null).toList();
    for (PlannedOpening o : openings(decided)) {
      String id = o.key().openingId();
      for (int n = 2; taken.contains(id); n++) {
        id = o.key().openingId() + "-" + n;
      }
      taken.add(id);
      List<String> industries = o.cells().stream().map(c -> c.getCell().industry())
          .sorted(Comparator.comparingInt(order::indexOf)).toList();
      boolean pinned = o.cells().stream().allMatch(CellDecision::isPinned);
      out.add(new Decided(o, new Opening(id, o.month(), o.region(), industries, o.mode(),
          SurrogateSpec.templateOf(scenario, o.mode()), null, null, null, null, null, null, null,
          pinned ? Boolean.TRUE : null)));
    }
    return out;
  }

  /**
   * Whether every plan keeps an opening of the scenario's own plan as written, rather than
   * deciding its cells: it is pinned ({@code pinned: true}, kept when re-planning); or its mode
   * is not one the planner decides between; or it sells in none of the planner's candidate cells
   * (a subcontracting partner without a sales desk, an opening in a region the planner is not
   * asked about). The planner decides the rest of the scenario's plan anew.
   */
  public static boolean keeps(Scenario scenario, Opening o) {
    if (Boolean.TRUE.equals(o.pinned()) || !SurrogateSpec.plannableModes(scenario).contains(o.mode())) {
      return true;
    }
    Set<String> candidates = candidateCells(scenario);
    return cellsSoldIn(scenario, o).stream().noneMatch(candidates::contains);
  }

  /** The openings of the scenario's own plan that every plan keeps as written, in the scenario's order. */
  public static List<Opening> kept(Scenario scenario) {
    return scenario.expansion().stream().filter(o -> keeps(scenario, o)).toList();
  }

  /**
   * The cells the kept openings serve, with the decision each takes in a plan: a kept opening of
   * a mode the planner decides between enters its cells in its quarter, so that the plan's
   * projection counts it; one of another mode leaves them to itself (not entered by the plan).
   * The first kept opening in the scenario's order that serves a cell decides it.
   */
  public static Map<String, Map.Entry<String, Entry>> keptCells(Scenario scenario) {
    List<Mode> modes = SurrogateSpec.plannableModes(scenario);
    Map<String, Map.Entry<String, Entry>> out = new LinkedHashMap<>();
    for (Opening o : kept(scenario)) {
      Entry entry = modes.contains(o.mode()) ? Entry.of(o.mode(), Entry.quarterOf(o.month())) : Entry.NOT_ENTERED;
      for (String cell : cellsSoldIn(scenario, o)) {
        out.putIfAbsent(cell, Map.entry(o.id(), entry));
      }
    }
    return out;
  }

  /** The cells ({@code region/industry}) an opening sells in: none for a partner without a sales desk. */
  static List<String> cellsSoldIn(Scenario scenario, Opening o) {
    if (SurrogateSpec.deliversOnly(scenario, o)) {
      return List.of();
    }
    Region region = scenario.region(o.region()).orElse(null);
    if (region == null) {
      return List.of();
    }
    List<String> industries = o.industries().isEmpty()
        ? scenario.industries().stream().map(Industry::id).toList()
        : o.industries();
    List<String> out = new ArrayList<>();
    for (String i : industries) {
      if (region.firms().getOrDefault(i, 0) > 0) {
        out.add(o.region() + "/" + i);
      }
    }
    return out;
  }

  private static Set<String> candidateCells(Scenario scenario) {
    Set<String> out = new HashSet<>();
    for (SurrogateSpec.RegionCandidates rc : SurrogateSpec.of(scenario).regions()) {
      rc.industries().forEach(i -> out.add(rc.region() + "/" + i));
    }
    return out;
  }

  /**
   * The decision each cell has in a list of openings (a previous plan, or the scenario's own):
   * the mode and quarter of the first opening that sells in it. Partners without a sales desk sell
   * in no cell, so they decide none.
   */
  public static Map<String, Entry> fromScenario(Scenario scenario, List<Opening> openings) {
    Map<String, Entry> decided = new LinkedHashMap<>();
    List<Opening> byMonth = openings.stream().sorted(Comparator.comparingInt(Opening::month)).toList();
    for (Opening o : byMonth) {
      for (String cell : cellsSoldIn(scenario, o)) {
        decided.putIfAbsent(cell, Entry.of(o.mode(), Entry.quarterOf(o.month())));
      }
    }
    return decided;
  }
}
