package chainsim.roster.bench;

import java.util.Map;
import java.util.OptionalInt;

/**
 * One instance's result: the competition cost of our roster against the reference costs.
 *
 * @param byConstraint the cost by constraint as the competition's evaluator names them (the terms
 *     summing to {@code cost}; empty when not known)
 * @param firstSearchCost with several independent searches, the cost of the first one's roster (the
 *     search a single thread runs with the same seed); empty otherwise
 */
public record BenchmarkRow(
    String instance,
    int cost,
    boolean feasible,
    OptionalInt bestKnown,
    OptionalInt peer,
    double timeToBestSeconds,
    double movesPerSecond,
    Map<String, Integer> byConstraint,
    OptionalInt firstSearchCost) {

  public BenchmarkRow {
    byConstraint = Map.copyOf(byConstraint);
  }

  /** A row of one search whose cost is not broken down. */
  public BenchmarkRow(String instance, int cost, boolean feasible, OptionalInt bestKnown, OptionalInt peer,
      double timeToBestSeconds, double movesPerSecond) {
    this(instance, cost, feasible, bestKnown, peer, timeToBestSeconds, movesPerSecond, Map.of());
  }

  /** A row of one search. */
  public BenchmarkRow(String instance, int cost, boolean feasible, OptionalInt bestKnown, OptionalInt peer,
      double timeToBestSeconds, double movesPerSecond, Map<String, Integer> byConstraint) {
    this(instance, cost, feasible, bestKnown, peer, timeToBestSeconds, movesPerSecond, byConstraint,
        OptionalInt.empty());
  }

  /** A row of several searches whose cost is not broken down. */
  public BenchmarkRow(String instance, int cost, boolean feasible, OptionalInt bestKnown, OptionalInt peer,
      double timeToBestSeconds, double movesPerSecond, OptionalInt firstSearchCost) {
    this(instance, cost, feasible, bestKnown, peer, timeToBestSeconds, movesPerSecond, Map.of(), firstSearchCost);
  }

  /** The gap of the first search's roster alone, or null (one search, or no best known). */
  public Double firstSearchGapPercent() {
    if (firstSearchCost.isEmpty() || bestKnown.isEmpty() || bestKnown.getAsInt() == 0) {
      return null;
    }
    return 100.0 * (firstSearchCost.getAsInt() - bestKnown.getAsInt()) / bestKnown.getAsInt();
  }

  /** Sprint instances should come within 5 % of the best known, medium and long within 15 %. */
  public double targetGapPercent() {
    return instance.startsWith("sprint") ? 5.0 : 15.0;
  }

  public Double gapPercent() {
    if (bestKnown.isEmpty()) {
      return null;
    }
    int best = bestKnown.getAsInt();
    return best == 0 ? (cost == 0 ? 0.0 : Double.POSITIVE_INFINITY) : 100.0 * (cost - best) / best;
  }

  /**
   * A feasible cost below the best known: for an instance whose best known is a proven optimum this
   * can only be a rule read differently from the competition's validator, so the table marks it.
   */
  public boolean belowBestKnown() {
    return feasible && bestKnown.isPresent() && cost < bestKnown.getAsInt();
  }

  /** The most a roster should cost above the best known on any instance, sprint, medium or long (issue 17). */
  public static final double WORST_GAP_PERCENT = 12.0;

  /** A cost more than {@link #WORST_GAP_PERCENT} above the best known (infeasible rows count too). */
  public boolean aboveWorstGap() {
    Double gap = gapPercent();
    return gap != null && (!feasible || gap > WORST_GAP_PERCENT + 1e-9);
  }

  public boolean withinTarget() {
    Double gap = gapPercent();
    return feasible && gap != null && gap <= targetGapPercent() + 1e-9;
  }

  public boolean beatsPeer() {
    return feasible && peer.isPresent() && cost < peer.getAsInt();
  }
}
