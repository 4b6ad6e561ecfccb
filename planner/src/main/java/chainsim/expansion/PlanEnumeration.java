package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Every plan of a small space, scored on the surrogate: when the movable cells' decisions make
 * at most {@link #LIMIT} plans, the search enumerates them instead of sampling them, so the plan
 * is the surrogate's optimum and more time cannot help. Plans are visited in odometer order
 * (the last cell changes fastest), scored incrementally with the solver's own constraints.
 */
final class PlanEnumeration {
  /**
   * The most plans enumerated: 50,000 (the two-cities fixture with four quarters has 13^4 =
   * 28,561; scored at tens of thousands a second on the small instances this is for, a few
   * seconds a pass). A larger space is searched.
   */
  static final long LIMIT = 50_000;

  private PlanEnumeration() {}

  /** How many plans the movable cells make; {@code Long.MAX_VALUE} when more than the limit. */
  static long size(ExpansionPlan plan) {
    long size = 1;
    int values = plan.getEntries().size();
    for (CellDecision c : plan.getCells()) {
      if (!c.isPinned()) {
        size *= values;
        if (size > LIMIT) {
          return Long.MAX_VALUE;
        }
      }
    }
    return size;
  }

  /** A plan found, and how many plans were scored. */
  record Found(List<ExpansionPlan> best, long scored) {}

  /**
   * The {@code keep} best plans of the space (best first; ties in odometer order), as copies of
   * {@code plan}; {@code stop} ends the pass early with the best so far.
   */
  static Found best(ExpansionPlan plan, SolverFactory<ExpansionPlan> factory, int keep, BooleanSupplier stop) {
    ExpansionPlan work = plan.copy();
    List<CellDecision> cells = work.getCells().stream().filter(c -> !c.isPinned()).toList();
    List<Entry> values = work.getEntries();
    int[] digits = new int[cells.size()];
    record Kept(HardSoftLongScore score, long order, int[] digits) {}
    Comparator<Kept> better = Comparator.comparing(Kept::score).reversed().thenComparingLong(Kept::order);
    List<Kept> kept = new ArrayList<>();
    long scored = 0;
    try (PlanScorer scorer = new PlanScorer(factory, work)) {
      HardSoftLongScore score = scorer.change(cells, cells.stream().map(c -> values.get(0)).toList());
      while (true) {
        scored++;
        Kept k = new Kept(score, scored, digits.clone());
        if (kept.size() < keep || better.compare(k, kept.get(kept.size() - 1)) < 0) {
          kept.add(k);
          kept.sort(better);
          if (kept.size() > keep) {
            kept.remove(kept.size() - 1);
          }
        }
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == values.size() - 1) {
          digits[i] = 0;
          i--;
        }
        if (i < 0 || stop.getAsBoolean()) {
          break;
        }
        digits[i]++;
        List<CellDecision> changed = cells.subList(i, cells.size());
        List<Entry> to = new ArrayList<>();
        for (int j = i; j < cells.size(); j++) {
          to.add(values.get(digits[j]));
        }
        score = scorer.change(changed, to);
      }
    }
    List<ExpansionPlan> out = new ArrayList<>();
    for (Kept k : kept) {
      ExpansionPlan p = plan.copy();
      List<CellDecision> movable = p.getCells().stream().filter(c -> !c.isPinned()).toList();
      for (int j = 0; j < movable.size(); j++) {
        movable.get(j).setEntry(values.get(k.digits()[j]));
      }
      p.setScore(k.score());
      out.add(p);
    }
    return new Found(out, scored);
  }
}
