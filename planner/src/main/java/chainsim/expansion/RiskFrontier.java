package chainsim.expansion;

import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainProjection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The search's plans that no other beats both on the corrected surrogate's score and on its
 * lowest cash: the <b>risk frontier</b>, best score (and most risk) first, down to greedy.
 *
 * <p>Its points come from every candidate (each round's and restart's best, greedy, the enumerated
 * best) and from every feasible plan a search round held as its best on the way (the solver's
 * best-solution events): the plans a shorter search would have ended on stay candidates however
 * long the search runs, and a plan a shorter search would have kept is dropped only for one that
 * scores more <i>and</i> keeps at least as much cash in the surrogate's worst replications. The
 * risk measure is the mean of the lowest cash of the {@link #TAIL} share of the surrogate's
 * replications with the least ({@link ChainProjection#tailMean}): coarse counts of replications
 * below zero on 32 replications would tie most plans.
 *
 * <p>{@link #walk} finds, by bisection over the frontier, the best-scored point that is no riskier
 * than greedy in full simulation (the strict rule), assuming that along the frontier the safer a
 * point on the surrogate, the likelier it passes; at most {@code budget} full simulations.
 */
final class RiskFrontier {
  /** The share of the surrogate's replications whose lowest cash is averaged as the plan's risk. */
  static final double TAIL = 0.1;

  /**
   * A plan on the frontier.
   *
   * @param tailCash the mean lowest cash of the surrogate's {@link #TAIL} worst replications, yuan
   */
  record Point(ExpansionPlan plan, HardSoftLongScore score, double tailCash) {}

  private final List<Point> points;
  private final Point greedy;
  private final int considered;

  private RiskFrontier(List<Point> points, Point greedy, int considered) {
    this.points = List.copyOf(points);
    this.greedy = greedy;
    this.considered = considered;
  }

  /**
   * The frontier of these plans (scored again, on the surrogate as it is now) above greedy's score;
   * infeasible plans and repeats are left out.
   */
  static RiskFrontier of(List<ExpansionPlan> plans, ExpansionPlan greedy,
      SolutionManager<ExpansionPlan, HardSoftLongScore> scorer) {
    List<Point> all = new ArrayList<>();
    for (ExpansionPlan p : plans) {
      HardSoftLongScore score = scorer.update(p);
      if (!score.isFeasible() || all.stream().anyMatch(q -> PlanSearch.sameDecisions(q.plan(), p))) {
        continue;
      }
      all.add(new Point(p, score, tailCash(p)));
    }
    Point g = new Point(greedy, scorer.update(greedy), tailCash(greedy));
    long[] soft = new long[all.size()];
    double[] tail = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      soft[i] = all.get(i).score().softScore();
      tail[i] = all.get(i).tailCash();
    }
    List<Point> front = new ArrayList<>();
    for (int i : front(soft, tail, g.score().softScore())) {
      front.add(all.get(i));
    }
    return new RiskFrontier(front, g, all.size());
  }

  /**
   * The indices of the Pareto front of (soft score, tail cash), best score first; only points
   * scoring above {@code floorSoft} (greedy's: below it greedy, the fallback, is better). Ties in
   * score keep the point with more cash, then the first.
   */
  static int[] front(long[] soft, double[] tail, long floorSoft) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < soft.length; i++) {
      if (soft[i] > floorSoft) {
        order.add(i);
      }
    }
    order.sort(Comparator.<Integer>comparingLong(i -> -soft[i]).thenComparingDouble(i -> -tail[i]));
    List<Integer> kept = new ArrayList<>();
    double most = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      if (tail[i] > most) {
        kept.add(i);
        most = tail[i];
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Bisection for the first index (best score) that passes: {@code known} gives what is already
   * known of an index (1 passes, 0 fails, -1 unknown), {@code passes} simulates one; assumes the
   * frontier passes from some index on (greedy, past the end, always does). Returns the index found
   * ({@code n} when none passes) after at most {@code budget} calls of {@code passes}.
   */
  static int walk(int n, int budget, java.util.function.IntUnaryOperator known, IntPredicate passes) {
    int lo = -1;
    int hi = n;
    for (int i = 0; i < n; i++) {
      int k = known.applyAsInt(i);
      if (k == 1 && i < hi) {
        hi = i;
      }
    }
    for (int i = 0; i < hi; i++) {
      if (known.applyAsInt(i) == 0) {
        lo = i;
      }
    }
    int spent = 0;
    while (hi - lo > 1 && spent < budget) {
      int mid = (lo + hi) >>> 1;
      spent++;
      if (passes.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  List<Point> points() {
    return points;
  }

  Point greedy() {
    return greedy;
  }

  /** The plans the frontier was drawn from (feasible, distinct). */
  int considered() {
    return considered;
  }

  /** The plan's risk on the surrogate: the mean lowest cash of its {@link #TAIL} worst replications. */
  static double tailCash(ExpansionPlan plan) {
    return ChainProjection.tailMean(ChainProjection.of(plan.getCells()).minCash(), TAIL);
  }

  /** For the notes: "score 12.3M, 10% lowest cash 1.2M". */
  static String describe(Point p) {
    return String.format(Locale.ROOT, "%d openings, score %.1fM, %.0f%% lowest cash %.1fM",
        PlanOpenings.openings(p.plan().getCells()).size(), p.score().softScore() / 1e6, TAIL * 100,
        p.tailCash() / 1e6);
  }
}
