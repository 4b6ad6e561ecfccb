package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.surrogate.CandidateRun;
import chainsim.expansion.surrogate.RegionModeRuns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The baseline a planner must beat: rank openings by NPV per unit of capital, then add them in
 * that order, each in the earliest quarter where every hard rule still holds.
 *
 * <p>The ranked unit is an opening serving all its region's candidate industries, not a single
 * cell: a branch in one industry carries a whole team for a fraction of the market and almost
 * always loses money, so ranking cells alone would open nothing. NPV and capital are the
 * surrogate's for the opening alone from quarter 1: mean NPV, and mean peak funding need (the
 * deepest its cumulative cash goes).
 */
public final class GreedyBaseline {
  private GreedyBaseline() {}

  /** A ranked opening. */
  public record Candidate(RegionModeRuns runs, double npv, double capital) {
    public double npvPerCapital() {
      return npv / Math.max(1.0, capital);
    }
  }

  /** Openings worth making alone (positive NPV), best NPV per unit of capital first. */
  public static List<Candidate> ranking(ExpansionPlan plan) {
    List<Candidate> out = new ArrayList<>();
    for (RegionModeRuns rm : plan.getContext().surrogate().runs()) {
      double npv = rm.values().all();
      if (npv > 0) {
        out.add(new Candidate(rm, npv, peakFundingNeed(rm.all())));
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::npvPerCapital).reversed()
        .thenComparing(c -> c.runs().region()).thenComparing(c -> c.runs().mode()));
    return out;
  }

  static double peakFundingNeed(CandidateRun run) {
    double sum = 0;
    for (float[] path : run.companyFlow()) {
      double cumulative = 0;
      double lowest = 0;
      for (float f : path) {
        cumulative += f;
        lowest = Math.min(lowest, cumulative);
      }
      sum -= lowest;
    }
    return sum / run.replications();
  }

  /**
   * Decides every movable cell of {@code plan} (in place): the greedy openings, and "not entered"
   * elsewhere. Pinned cells keep their decisions. Returns the plan's score.
   */
  public static HardSoftLongScore decide(ExpansionPlan plan, SolverFactory<ExpansionPlan> factory) {
    Map<String, List<CellDecision>> movable = new LinkedHashMap<>();
    for (CellDecision c : plan.getCells()) {
      if (!c.isPinned()) {
        c.setEntry(Entry.NOT_ENTERED);
        if (c.getCell().candidate()) {
          movable.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    int quarters = plan.getContext().rules().quarters();
    // the first quarter a new opening may start in (later than 1 when rebalancing part-way through the horizon)
    int first = plan.getEntries().stream().filter(Entry::entered).mapToInt(Entry::quarter).min().orElse(1);
    try (PlanScorer scorer = new PlanScorer(factory, plan)) {
      HardSoftLongScore score = scorer.score();
      for (Candidate candidate : ranking(plan)) {
        List<CellDecision> cells = movable.remove(candidate.runs().region());
        if (cells == null) {
          continue; // the region is already entered
        }
        boolean placed = false;
        for (int q = first; q <= quarters && !placed; q++) {
          HardSoftLongScore tried =
              scorer.change(cells, Collections.nCopies(cells.size(), Entry.of(candidate.runs().mode(), q)));
          if (tried.hardScore() >= score.hardScore()) {
            score = tried;
            placed = true;
          }
        }
        if (!placed) {
          score = scorer.change(cells, Collections.nCopies(cells.size(), Entry.NOT_ENTERED));
          movable.put(candidate.runs().region(), cells); // another mode may still fit
        }
      }
      return score;
    }
  }
}
