package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ExpansionSolverConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Which hard rules <b>bind</b> a plan: cut off a better one. A rule binds when some neighbouring
 * plan (one cell given another decision, or all of a region's cells given one decision) scores
 * more on the soft score and breaks that rule and no other the plan keeps. A rule at its limit
 * that no better neighbour runs into does not bind (with one candidate cell per region, "openings
 * per region per quarter" can never be broken by a move, so it never binds).
 */
public final class BindingProbe {
  private BindingProbe() {}

  /**
   * For each hard constraint that binds, the most soft score (yuan) a neighbour it alone cuts off
   * would add, by constraint name (sorted). The plan's cells are left as they were.
   */
  public static Map<String, Long> gains(ExpansionPlan plan) {
    SolverFactory<ExpansionPlan> factory = SolverFactory.create(ExpansionSolverConfig.of(0L, null, 1L));
    InnerScoreDirector<ExpansionPlan, HardSoftLongScore> director =
        ((DefaultSolverFactory<ExpansionPlan>) factory).<HardSoftLongScore>getScoreDirectorFactory()
            .buildScoreDirector(false, true);
    Map<String, Long> gains = new TreeMap<>();
    try {
      director.setWorkingSolution(plan);
      HardSoftLongScore base = director.calculateScore();
      Map<String, Long> baseHard = hardByConstraint(director);
      Map<String, List<CellDecision>> byRegion = new LinkedHashMap<>();
      List<List<CellDecision>> groups = new ArrayList<>();
      for (CellDecision c : plan.getCells()) {
        if (!c.isPinned()) {
          groups.add(List.of(c));
          byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
        }
      }
      byRegion.values().stream().filter(l -> l.size() > 1).forEach(groups::add);
      for (List<CellDecision> group : groups) {
        List<Entry> saved = group.stream().map(CellDecision::getEntry).toList();
        for (Entry to : plan.getEntries()) {
          if (group.stream().allMatch(c -> to.equals(c.getEntry()))) {
            continue;
          }
          HardSoftLongScore s = change(director, group, Collections.nCopies(group.size(), to));
          if (s.softScore() > base.softScore() && s.hardScore() < base.hardScore()) {
            String alone = brokenAlone(baseHard, hardByConstraint(director));
            if (alone != null) {
              gains.merge(alone, s.softScore() - base.softScore(), Math::max);
            }
          }
          change(director, group, saved);
        }
      }
    } finally {
      director.close();
    }
    return gains;
  }

  private static HardSoftLongScore change(InnerScoreDirector<ExpansionPlan, HardSoftLongScore> director,
      List<CellDecision> cells, List<Entry> entries) {
    for (int i = 0; i < cells.size(); i++) {
      director.beforeVariableChanged(cells.get(i), "entry");
      cells.get(i).setEntry(entries.get(i));
      director.afterVariableChanged(cells.get(i), "entry");
    }
    director.triggerVariableListeners();
    return director.calculateScore();
  }

  private static Map<String, Long> hardByConstraint(InnerScoreDirector<ExpansionPlan, HardSoftLongScore> director) {
    Map<String, Long> out = new TreeMap<>();
    for (ConstraintMatchTotal<HardSoftLongScore> t : director.getConstraintMatchTotalMap().values()) {
      if (t.getScore().hardScore() != 0) {
        out.put(t.getConstraintName(), t.getScore().hardScore());
      }
    }
    return out;
  }

  /** The one constraint whose hard score is worse than in the plan, or null when none or several are. */
  private static String brokenAlone(Map<String, Long> base, Map<String, Long> now) {
    String worse = null;
    for (Map.Entry<String, Long> e : now.entrySet()) {
      if (e.getValue() < base.getOrDefault(e.getKey(), 0L)) {
        if (worse != null) {
          return null;
        }
        worse = e.getKey();
      }
    }
    return worse;
  }
}
