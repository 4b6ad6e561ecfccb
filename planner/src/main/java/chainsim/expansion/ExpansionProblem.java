package chainsim.expansion;

import chainsim.expansion.domain.Cell;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.surrogate.RegionModeRuns;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.scenario.ExpansionPlanning;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The planning problem of a scenario: a decision per cell of the candidate regions, the rules, the surrogate. */
public final class ExpansionProblem {
  private ExpansionProblem() {}

  /**
   * The problem with every movable cell undecided. Excluded cells are pinned out; cells of the
   * openings every plan keeps ({@link PlanOpenings#keeps}) and pinned cells keep the scenario's
   * decision.
   *
   * @param previous the previous plan's decision per cell id, or null when there is none
   */
  public static ExpansionPlan of(Scenario scenario, Surrogate surrogate, Map<String, Entry> previous) {
    ExpansionPlanning p = scenario.planning().expansion();
    ExpansionRules rules = ExpansionRules.of(scenario);
    ExpansionContext context = new ExpansionContext(rules, surrogate);
    List<Mode> modes = SurrogateSpec.plannableModes(scenario);
    List<Entry> entries = new ArrayList<>();
    entries.add(Entry.NOT_ENTERED);
    for (Mode mode : modes) {
      for (int q = p.firstQuarter(); q <= rules.quarters(); q++) {
        entries.add(Entry.of(mode, q));
      }
    }
    List<String> industries = p.industries().isEmpty()
        ? scenario.industries().stream().map(Industry::id).toList()
        : p.industries();
    Map<String, Map.Entry<String, Entry>> kept = PlanOpenings.keptCells(scenario);
    List<CellDecision> cells = new ArrayList<>();
    for (Region region : scenario.regions()) {
      if (!p.regions().isEmpty() && !p.regions().contains(region.id())) {
        continue;
      }
      RegionModeRuns runs = modes.isEmpty() ? null : surrogate.runs(region.id(), modes.get(0));
      for (Industry industry : scenario.industries()) {
        String i = industry.id();
        int firms = region.firms().getOrDefault(i, 0);
        if (!industries.contains(i) || firms <= 0) {
          continue;
        }
        boolean excluded = p.exclude().stream().anyMatch(c -> c.region().equals(region.id()) && c.industry().equals(i));
        int bit = runs == null || excluded ? -1 : runs.index(i);
        Cell cell = new Cell(region.id(), i, firms, bit);
        Entry previousEntry = previous == null ? null : previous.getOrDefault(cell.id(), Entry.NOT_ENTERED);
        ExpansionPlanning.PinnedCell pin = p.pin().stream()
            .filter(c -> c.region().equals(region.id()) && c.industry().equals(i)).findFirst().orElse(null);
        Map.Entry<String, Entry> keptBy = kept.get(cell.id());
        if (excluded) {
          cells.add(new CellDecision(cell, context, Entry.NOT_ENTERED, true, true, previousEntry));
        } else if (keptBy != null) {
          cells.add(new CellDecision(cell, context, keptBy.getValue(), keptBy.getKey(), previousEntry));
        } else if (pin != null) {
          Entry fixed = pin.mode() == null ? Entry.NOT_ENTERED : Entry.of(pin.mode(), pin.quarter() == null ? 1 : pin.quarter());
          cells.add(new CellDecision(cell, context, fixed, true, false, previousEntry));
        } else {
          cells.add(new CellDecision(cell, context, null, false, false, previousEntry));
        }
      }
    }
    return new ExpansionPlan(context, entries, cells);
  }
}
