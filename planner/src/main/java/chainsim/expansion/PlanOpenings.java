package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.OpeningKey;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * The scenario's {@code expansion:} list for a plan: one opening per {@link OpeningKey}, in the
   * first month of its quarter, with the planner's template for its mode, serving its industries
   * in the scenario's order. Openings made only of pinned cells are marked pinned. Ids are
   * {@code region-mode-qN}, with a suffix where the scenario's own plan already uses one (as when
   * re-planning a plan file), since a plan file replaces those openings by id.
   */
  public static List<Opening> toScenario(Scenario scenario, List<CellDecision> cells) {
    List<String> order = scenario.industries().stream().map(Industry::id).toList();
    java.util.Set<String> taken = new java.util.HashSet<>();
    scenario.expansion().forEach(o -> taken.add(o.id()));
    List<Opening> out = new ArrayList<>();
    for (PlannedOpening o : openings(cells)) {
      String id = o.key().openingId();
      for (int n = 2; taken.contains(id); n++) {
        id = o.key().openingId() + "-" + n;
      }
      taken.add(id);
      List<String> industries = o.cells().stream().map(c -> c.getCell().industry())
          .sorted(Comparator.comparingInt(order::indexOf)).toList();
      boolean pinned = o.cells().stream().allMatch(CellDecision::isPinned);
      out.add(new Opening(id, o.month(), o.region(), industries, o.mode(),
          SurrogateSpec.templateOf(scenario, o.mode()), null, null, null, null, null, null, null,
          pinned ? Boolean.TRUE : null));
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
      if (o.mode() == Mode.PARTNER && !sellsRemotely(scenario, o)) {
        continue;
      }
      Region region = scenario.region(o.region()).orElse(null);
      if (region == null) {
        continue;
      }
      List<String> industries = o.industries().isEmpty()
          ? scenario.industries().stream().map(Industry::id).toList()
          : o.industries();
      for (String i : industries) {
        if (region.firms().getOrDefault(i, 0) > 0) {
          decided.putIfAbsent(o.region() + "/" + i, Entry.of(o.mode(), Entry.quarterOf(o.month())));
        }
      }
    }
    return decided;
  }

  private static boolean sellsRemotely(Scenario scenario, Opening o) {
    PartnerTemplate t = scenario.partnerTemplate(o.template()).orElse(null);
    return t != null && t.remoteSales() != null && !Boolean.FALSE.equals(o.remoteSales());
  }
}
