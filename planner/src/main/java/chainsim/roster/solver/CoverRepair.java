package chainsim.roster.solver;

/**
 * Mends a roster whose lines are whole but whose cover is off by a few people (where a line
 * re-deal's dive can end: every cell settled, the relaxation paying for a person short on one shift
 * and over on another rather than for a dearer line): day by day, each shift short of its cover
 * takes the person whose line a change to it costs least, from a shift over its cover or from a
 * free day, then each shift still over its cover frees the person whom that costs least. One-day
 * changes only, so a dive that ends a few people off keeps nearly all it found.
 */
final class CoverRepair {

  /** A person's whole-line cost (hard rules weighed in, as the calculator scores it). */
  @FunctionalInterface
  interface LineCost {
    long of(int person, int[] row);
  }

  private CoverRepair() {
  }

  /**
   * {@code lines} (person × day, shift type index or -1 free; left unchanged) changed one cell at a
   * time until {@code need[d][t]} people work type t on day d, never on a cell {@code pinned} holds
   * ({@code pinned[s][d] != LineMaster.NOT_FORCED}); {@code null} when a shortage has nobody to
   * take it. Ties go to the lower person index, so the result depends on the input alone.
   */
  static int[][] repair(int[][] lines, int[][] need, int[][] pinned, LineCost cost) {
    int people = lines.length;
    int[][] out = new int[people][];
    long[] now = new long[people];
    for (int s = 0; s < people; s++) {
      out[s] = lines[s].clone();
      now[s] = -1;
    }
    for (int d = 0; d < need.length; d++) {
      int types = need[d].length;
      int[] count = new int[types];
      for (int[] row : out) {
        if (row[d] >= 0) {
          count[row[d]]++;
        }
      }
      while (true) {
        int shortType = -1;
        int overType = -1;
        for (int t = 0; t < types; t++) {
          if (shortType < 0 && count[t] < need[d][t]) {
            shortType = t;
          }
          if (overType < 0 && count[t] > need[d][t]) {
            overType = t;
          }
        }
        if (shortType < 0 && overType < 0) {
          break;
        }
        // a shortage first (from a shift over its cover or a free day), then a surplus (to free)
        int to = shortType >= 0 ? shortType : -1;
        int best = -1;
        long bestDelta = Long.MAX_VALUE;
        for (int s = 0; s < people; s++) {
          int from = out[s][d];
          boolean movable = pinned[s][d] == LineMaster.NOT_FORCED && (shortType >= 0
              ? from == -1 || count[from] > need[d][from]
              : from == overType);
          if (!movable) {
            continue;
          }
          if (now[s] < 0) {
            now[s] = cost.of(s, out[s]);
          }
          out[s][d] = to;
          long delta = cost.of(s, out[s]) - now[s];
          out[s][d] = from;
          if (delta < bestDelta) {
            bestDelta = delta;
            best = s;
          }
        }
        if (best < 0) {
          return null;
        }
        int from = out[best][d];
        if (from >= 0) {
          count[from]--;
        }
        if (to >= 0) {
          count[to]++;
        }
        out[best][d] = to;
        now[best] += bestDelta;
      }
    }
    return out;
  }
}
