package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mending a roster's cover on hand-sized cases: Ann, Bob and Cy over two days, shift types E (0) and
 * L (1); a line costs the sum of its cells' costs in a table (person, day, code + 1).
 */
class CoverRepairTest {

  private static final int F = LineMaster.NOT_FORCED;
  private static final int FREE = -1;

  /** Day 0: free, E, L per person; day 1 costs nothing. Ann's L is dear, Bob's cheapest, Cy's between. */
  private static final long[][][] TABLE = {
      {{1, 0, 5}, {0, 0, 0}},
      {{0, 0, 2}, {0, 0, 0}},
      {{0, 4, 3}, {0, 0, 0}},
  };

  private static long cost(int s, int[] row) {
    long sum = 0;
    for (int d = 0; d < row.length; d++) {
      sum += TABLE[s][d][row[d] + 1];
    }
    return sum;
  }

  private static int[][] lines() {
    // day 0: two on E, nobody on L; day 1: Ann on E
    return new int[][] {{0, 0}, {0, FREE}, {FREE, FREE}};
  }

  private static int[][] unpinned() {
    return new int[][] {{F, F}, {F, F}, {F, F}};
  }

  @Test
  void aShortShiftTakesWhoeverItCostsLeastFromAShiftOverItsCoverAndASurplusIsFreed() {
    // day 0 needs one E and one L: Bob moves from E to L (2, against Ann's 5 and Cy's 3 from free);
    // day 1 needs nobody: Ann's E is freed
    int[][] lines = lines();
    int[][] mended = CoverRepair.repair(lines, new int[][] {{1, 1}, {0, 0}}, unpinned(), CoverRepairTest::cost);
    assertThat(mended).isDeepEqualTo(new int[][] {{0, FREE}, {1, FREE}, {FREE, FREE}});
    assertThat(lines).as("the input is left as it was").isDeepEqualTo(lines());
  }

  @Test
  void pinnedCellsStayAndTheNextCheapestChangesInstead() {
    // Bob pinned on day 0: Cy takes L from a free day (3, against Ann's 5), then E is one over and
    // Ann is freed (1; Bob's cell is pinned)
    int[][] pinned = unpinned();
    pinned[1][0] = 0;
    int[][] mended = CoverRepair.repair(lines(), new int[][] {{1, 1}, {1, 0}}, pinned, CoverRepairTest::cost);
    assertThat(mended).isDeepEqualTo(new int[][] {{FREE, 0}, {0, FREE}, {1, FREE}});
    long before = 0;
    long after = 0;
    for (int s = 0; s < 3; s++) {
      before += cost(s, lines()[s]);
      after += cost(s, mended[s]);
    }
    assertThat(after - before).as("Cy's L (3) and Ann's free day (1)").isEqualTo(4);
  }

  @Test
  void anExactCoverIsLeftAsItIsAndAShortageNobodyCanTakeHasNoMending() {
    assertThat(CoverRepair.repair(lines(), new int[][] {{2, 0}, {1, 0}}, unpinned(), CoverRepairTest::cost))
        .isDeepEqualTo(lines());
    int[][] allPinned = {{0, F}, {0, F}, {FREE, F}};
    assertThat(CoverRepair.repair(lines(), new int[][] {{1, 1}, {1, 0}}, allPinned, CoverRepairTest::cost)).isNull();
  }

  @Test
  void tiesGoToTheLowerPerson() {
    // everyone's day-0 changes cost nothing: Ann (the first) moves to L
    int[][] mended = CoverRepair.repair(lines(), new int[][] {{1, 1}, {1, 0}}, unpinned(), (s, row) -> 0);
    assertThat(mended).isDeepEqualTo(new int[][] {{1, 0}, {0, FREE}, {FREE, FREE}});
  }
}
