package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relaxation on hand-sized cases: two people, two days, one shift type, one person on it each
 * day. Ann's lines: work day 0 (cost 0) or day 1 (cost 5); Bob's: day 0 (cost 3) or day 1 (cost 1).
 * Ann on day 0 and Bob on day 1 cost 1, the other way round 8.
 */
class LineMasterTest {

  @BeforeAll
  static void loadGlop() {
    Loader.loadNativeLibraries();
  }

  private static final int[] DAY0 = {0, -1};
  private static final int[] DAY1 = {-1, 0};

  private static LineMaster annAndBob() {
    LineMaster master = new LineMaster(2, new int[][] {{1}, {1}});
    master.add(0, DAY0, 0);
    master.add(0, DAY1, 5);
    master.add(1, DAY0, 3);
    master.add(1, DAY1, 1);
    return master;
  }

  @Test
  void choosesTheCheaperDealAsWholeLines() {
    try (LineMaster master = annAndBob()) {
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      int[][] lines = master.integralLines();
      assertThat(lines).isNotNull();
      assertThat(lines[0]).containsExactly(DAY0);
      assertThat(lines[1]).containsExactly(DAY1);
      assertThat(master.lineCount()).isEqualTo(4);
    }
  }

  @Test
  void dualsPriceEveryLineAtZeroOrMoreAndTheChosenAtZero() {
    try (LineMaster master = annAndBob()) {
      master.solve();
      for (int s = 0; s < 2; s++) {
        for (int j = 0; j < 2; j++) {
          int[] line = master.lines(s).get(j);
          double reduced = master.cost(s, j) - master.personDual(s);
          for (int d = 0; d < 2; d++) {
            if (line[d] >= 0) {
              reduced -= master.coverDual(d, line[d]);
            }
          }
          assertThat(reduced).as("person %d line %d", s, j).isGreaterThanOrEqualTo(-1e-9);
          if (master.share(s, j) > 1e-9) {
            assertThat(reduced).isCloseTo(0.0, within(1e-9));
          }
        }
      }
      // strong duality: the duals' value is the relaxation's
      double dualValue = master.personDual(0) + master.personDual(1) + master.coverDual(0, 0) + master.coverDual(1, 0);
      assertThat(dualValue).isCloseTo(master.value(), within(1e-9));
    }
  }

  @Test
  void aKnownLineIsNotAddedTwice() {
    try (LineMaster master = annAndBob()) {
      assertThat(master.add(0, new int[] {0, -1}, 0)).isFalse();
      assertThat(master.add(0, new int[] {-1, -1}, 7)).isTrue();
      assertThat(master.lineCount()).isEqualTo(5);
    }
  }

  @Test
  void forcingACellLeavesOnlyTheLinesThatAgreeAndShortfallIsPricedOnlyWhenAllowed() {
    try (LineMaster master = annAndBob()) {
      assertThat(master.canForce(0, 0, -1)).isTrue();
      master.force(0, 0, -1); // Ann free on day 0: she works day 1, so Bob must take day 0
      assertThat(master.fits(0, DAY0)).isFalse();
      assertThat(master.canForce(0, 1, -1)).as("no line of Ann's is free on both days").isFalse();
      assertThat(master.solve()).isCloseTo(8.0, within(1e-9));
      assertThat(master.integralLines()[1]).containsExactly(DAY0);
      master.allowShortfall(true);
      // Bob on day 1 with day 0 short and day 1 over would cost 5 + 1 + 2 * SHORTFALL_COST = 26: still 8
      assertThat(master.solve()).isCloseTo(8.0, within(1e-9));
      assertThat(master.shortfall()).isCloseTo(0.0, within(1e-9));
      master.force(1, 0, -1); // Bob free on day 0 too: now the cover must fall short
      assertThat(master.solve()).isCloseTo(5 + 1 + 2 * LineMaster.SHORTFALL_COST, within(1e-9));
      assertThat(master.shortfall()).isCloseTo(2.0, within(1e-9));
      assertThat(master.integralLines()).as("a solution short of cover is no roster").isNull();
      assertThat(master.wholeLines()).as("but whole lines, to be mended").isDeepEqualTo(new int[][] {DAY1, DAY1});
      master.release(new int[][] {{LineMaster.NOT_FORCED, LineMaster.NOT_FORCED}, {LineMaster.NOT_FORCED, LineMaster.NOT_FORCED}});
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void roundingTakesEachPersonsLargestLine() {
    // a whole solution rounds to itself
    try (LineMaster master = annAndBob()) {
      master.force(1, 1, -1); // Bob free on day 1: he works day 0, Ann day 1
      master.solve();
      assertThat(master.roundedLines()).isDeepEqualTo(new int[][] {DAY1, DAY0});
      assertThat(master.roundedLines()).isDeepEqualTo(master.integralLines());
    }
    try (LineMaster master = new LineMaster(2, new int[][] {{1}, {1}})) {
      // both deals cost 2: the simplex may take either or a mix; rounding gives one line each
      master.add(0, DAY0, 1);
      master.add(0, DAY1, 1);
      master.add(1, DAY0, 1);
      master.add(1, DAY1, 1);
      assertThat(master.solve()).isCloseTo(2.0, within(1e-9));
      int[][] rounded = master.roundedLines();
      assertThat(rounded[0]).isIn(DAY0, DAY1);
      assertThat(rounded[1]).isIn(DAY0, DAY1);
      double largest = 0;
      for (int j = 0; j < 2; j++) {
        largest = Math.max(largest, master.share(0, j));
      }
      assertThat(master.share(0, master.lines(0).indexOf(rounded[0]))).isCloseTo(largest, within(1e-9));
    }
  }

  @Test
  void releasingToASnapshotOfTheForcedCellsUndoesWhatWasForcedSince() {
    try (LineMaster master = annAndBob()) {
      master.force(1, 1, 0); // Bob on day 1: the cheap deal stays
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      int[][] undo = master.forcedCells();
      master.allowShortfall(true);
      master.force(0, 0, -1); // a dive step: Ann free on day 0, so day 0 falls short and day 1 over
      assertThat(master.solve()).isCloseTo(5 + 1 + 2 * LineMaster.SHORTFALL_COST, within(1e-9));
      assertThat(undo[0][0]).as("the snapshot is a copy: forcing since did not change it").isEqualTo(LineMaster.NOT_FORCED);
      master.release(undo);
      master.allowShortfall(true);
      assertThat(master.forcedCode(0, 0)).isEqualTo(LineMaster.NOT_FORCED);
      assertThat(master.forcedCode(1, 1)).as("forced before the snapshot").isEqualTo(0);
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      assertThat(master.fits(0, DAY0)).isTrue();
    }
  }

  @Test
  void solvingAgainWithNothingChangedKeepsTheSolutionAndItsDuals() {
    try (LineMaster master = annAndBob()) {
      master.solve();
      double dual = master.coverDual(0, 0);
      assertThat(master.solves()).isEqualTo(1);
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      assertThat(master.coverDual(0, 0)).isEqualTo(dual);
      assertThat(master.solves()).as("nothing changed: the simplex did not run").isEqualTo(1);
      master.add(0, new int[] {0, 0}, 9); // a new line: the next solve is a real one, with the same value
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      assertThat(master.solves()).isEqualTo(2);
      master.force(1, 1, 0);
      master.solve();
      assertThat(master.solves()).as("a forced cell changes bounds").isEqualTo(3);
      assertThat(master.lineCount()).isEqualTo(5);
    }
  }

  @Test
  void aSolutionIsReadOnlyAfterASolveThatFoundOneWithNothingChangedSince() {
    // GLOP answers 0 for a variable read after a change (and logs a line on standard error): a re-deal
    // cut by its deadline mid-pricing read the whole relaxation so, rounding it to the first lines
    try (LineMaster master = annAndBob()) {
      assertThat(master.value()).as("never solved").isNaN();
      master.solve();
      assertThat(master.share(0, 0)).isCloseTo(1.0, within(1e-9));
      master.add(0, new int[] {0, 0}, 9);
      assertThat(master.value()).as("a line added since").isNaN();
      assertThatThrownBy(master::roundedLines).isInstanceOf(IllegalStateException.class)
          .hasMessage("the relaxation has no solution to read: lines or bounds changed since it was last solved");
      assertThatThrownBy(master::shortfall).isInstanceOf(IllegalStateException.class);
      assertThat(master.solve()).isCloseTo(1.0, within(1e-9));
      assertThat(master.roundedLines()).isDeepEqualTo(new int[][] {DAY0, DAY1});
      master.force(0, 0, -1);
      master.force(1, 0, -1);
      assertThat(master.solve()).as("no exact cover left").isNaN();
      assertThatThrownBy(master::cellShares).isInstanceOf(IllegalStateException.class)
          .hasMessage("the relaxation has no solution to read: its last solve found none");
    }
  }

  @Test
  void withoutShortfallAForcedDealThatCannotCoverHasNoSolution() {
    try (LineMaster master = annAndBob()) {
      master.force(0, 0, -1);
      master.force(1, 0, -1);
      assertThat(master.solve()).isNaN();
    }
  }

  @Test
  void cellSharesAddUpToOnePerPersonAndDayAndToTheCoverPerDay() {
    // three people, three days, two of them on each day; each person has two lines of two days
    try (LineMaster master = new LineMaster(3, new int[][] {{2}, {2}, {2}})) {
      master.add(0, new int[] {0, 0, -1}, 1);
      master.add(1, new int[] {-1, 0, 0}, 1);
      master.add(2, new int[] {0, -1, 0}, 1);
      master.add(0, new int[] {0, -1, 0}, 0);
      master.add(1, new int[] {0, 0, -1}, 0);
      master.add(2, new int[] {-1, 0, 0}, 0);
      assertThat(master.solve()).as("the cheap lines cover every day twice").isCloseTo(0.0, within(1e-9));
      double[][][] y = master.cellShares();
      for (int s = 0; s < 3; s++) {
        for (int d = 0; d < 3; d++) {
          assertThat(y[s][d][0] + y[s][d][1]).isCloseTo(1.0, within(1e-9));
        }
      }
      for (int d = 0; d < 3; d++) {
        assertThat(y[0][d][1] + y[1][d][1] + y[2][d][1]).as("cover of day %d", d).isCloseTo(2.0, within(1e-9));
      }
    }
  }
}
