package chainsim.roster.solver;

import chainsim.roster.domain.Roster;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Picks the first person of a swap: with probability {@code share} in proportion to what their
 * line costs now (the incremental calculator's per-line soft penalty), otherwise uniformly. The
 * moves then go where the cost is, while the uniform part keeps every person reachable.
 */
final class PenaltyGuide {

  /**
   * Half the first people drawn by the swaps are guided (measured at 1,000,000 moves on six late and
   * hidden INRC instances and four early ones, docs/roster.md); the uniform half still draws, now
   * and then, someone whose line costs nothing, whose days may be what another line needs.
   */
  static final double SHARE = 0.5;

  private final double share;
  private final long[] cumulative;
  private final long total;

  private PenaltyGuide(double share, long[] cumulative, long total) {
    this.share = share;
    this.cumulative = cumulative;
    this.total = total;
  }

  static PenaltyGuide of(ScoreDirector<Roster> scoreDirector, int staffCount, double share) {
    RosterIncrementalScoreCalculator calculator = share > 0 ? RosterIncrementalScoreCalculator.of(scoreDirector) : null;
    int[] soft = calculator != null ? calculator.lineSoftPenalties() : null;
    return soft == null || soft.length != staffCount ? new PenaltyGuide(0, null, 0) : of(soft, share);
  }

  /** A guide over these per-person penalties (negative ones count as 0). */
  static PenaltyGuide of(int[] penalties, double share) {
    long[] cumulative = new long[penalties.length];
    long total = 0;
    for (int s = 0; s < penalties.length; s++) {
      total += Math.max(0, penalties[s]);
      cumulative[s] = total;
    }
    return new PenaltyGuide(total > 0 ? share : 0, cumulative, total);
  }

  int pick(Random random, int staffCount) {
    if (share <= 0 || random.nextDouble() >= share) {
      return random.nextInt(staffCount);
    }
    long r = (long) (random.nextDouble() * total);
    int lo = 0;
    int hi = staffCount - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
