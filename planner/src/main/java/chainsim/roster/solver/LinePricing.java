package chainsim.roster.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Finds lines for one person whose reduced cost is negative: the line's whole penalty (the
 * calculator's own {@link RosterIncrementalScoreCalculator#lineCostWith}) less the dual of each
 * shift it covers and of the person. An iterated local search over the person's line alone: change
 * one day's code, swap two days' codes; at a local optimum, change two or three random days and
 * descend again, keeping the better. Cells forced by the master stay as forced.
 *
 * <p>The search works on the calculator's row of the person and puts it back as it was.
 */
final class LinePricing {

  /** The most lines one person returns per round (the most negative first). */
  static final int LINES_PER_ROUND = 8;

  private final RosterIncrementalScoreCalculator calculator;
  private final LineMaster master;
  private final Random random;
  private final int days;
  private final int types;

  LinePricing(RosterIncrementalScoreCalculator calculator, LineMaster master, int days, int types, Random random) {
    this.calculator = calculator;
    this.master = master;
    this.days = days;
    this.types = types;
    this.random = random;
  }

  /**
   * Up to {@link #LINES_PER_ROUND} lines of person {@code s} with reduced cost below 0 under the
   * cover duals {@code dual[d][t]}, the person's dual taken as {@code personDual}, found by
   * {@code starts} searches of {@code kicks} perturbations each.
   */
  List<int[]> negativeLines(int s, double personDual, double[][] dual, int starts, int kicks) {
    int[] row = calculator.row(s);
    int[] saved = row.clone();
    TreeMap<Double, int[]> found = new TreeMap<>();
    List<int[]> fitting = new ArrayList<>();
    for (int[] line : master.lines(s)) {
      if (master.fits(s, line)) {
        fitting.add(line);
      }
    }
    try {
      for (int start = 0; start < starts; start++) {
        int[] from = fitting.isEmpty() ? saved : fitting.get(start == 0 ? 0 : random.nextInt(fitting.size()));
        System.arraycopy(from, 0, row, 0, days);
        for (int d = 0; d < days; d++) {
          int code = master.forcedCode(s, d);
          if (code != LineMaster.NOT_FORCED) {
            row[d] = code;
          }
        }
        double best = descend(s, row, reducedCost(s, row, personDual, dual), personDual, dual);
        int[] bestRow = row.clone();
        for (int kick = 0; kick < kicks; kick++) {
          int changes = 2 + random.nextInt(2);
          for (int c = 0; c < changes; c++) {
            int d = random.nextInt(days);
            if (master.forcedCode(s, d) == LineMaster.NOT_FORCED) {
              row[d] = random.nextInt(types + 1) - 1;
            }
          }
          double now = descend(s, row, reducedCost(s, row, personDual, dual), personDual, dual);
          if (now < -1e-6) {
            // ties apart by a tiny random amount: equal reduced costs are different lines
            found.put(now + random.nextDouble() * 1e-9, row.clone());
          }
          if (now < best) {
            best = now;
            bestRow = row.clone();
          } else {
            System.arraycopy(bestRow, 0, row, 0, days);
          }
        }
        if (best < -1e-6) {
          found.put(best + random.nextDouble() * 1e-9, bestRow);
        }
      }
    } finally {
      System.arraycopy(saved, 0, row, 0, days);
    }
    List<int[]> lines = new ArrayList<>();
    for (int[] line : found.values()) {
      if (lines.size() == LINES_PER_ROUND) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  private double reducedCost(int s, int[] row, double personDual, double[][] dual) {
    double value = calculator.lineCostWith(s, 0, row[0]) - personDual;
    for (int d = 0; d < days; d++) {
      value -= dualOf(dual, d, row[d]);
    }
    return value;
  }

  private static double dualOf(double[][] dual, int d, int code) {
    return code >= 0 ? dual[d][code] : 0;
  }

  /** First-improvement descent over one-day changes and two-day swaps; the row is left at the optimum. */
  private double descend(int s, int[] row, double now, double personDual, double[][] dual) {
    double duals = 0;
    for (int d = 0; d < days; d++) {
      duals += dualOf(dual, d, row[d]);
    }
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int d = 0; d < days; d++) {
        if (master.forcedCode(s, d) != LineMaster.NOT_FORCED) {
          continue;
        }
        for (int code = -1; code < types; code++) {
          int was = row[d];
          if (code == was) {
            continue;
          }
          double nextDuals = duals - dualOf(dual, d, was) + dualOf(dual, d, code);
          double next = calculator.lineCostWith(s, d, code) - personDual - nextDuals;
          if (next < now - 1e-9) {
            row[d] = code;
            now = next;
            duals = nextDuals;
            improved = true;
          }
        }
      }
      for (int a = 0; a < days; a++) {
        for (int b = a + 1; b < days; b++) {
          int codeA = row[a];
          int codeB = row[b];
          if (codeA == codeB || master.forcedCode(s, a) != LineMaster.NOT_FORCED
              || master.forcedCode(s, b) != LineMaster.NOT_FORCED) {
            continue;
          }
          double nextDuals = duals - dualOf(dual, a, codeA) - dualOf(dual, b, codeB)
              + dualOf(dual, a, codeB) + dualOf(dual, b, codeA);
          row[a] = codeB;
          double next = calculator.lineCostWith(s, b, codeA) - personDual - nextDuals;
          if (next < now - 1e-9) {
            row[b] = codeA;
            now = next;
            duals = nextDuals;
            improved = true;
          } else {
            row[a] = codeA;
          }
        }
      }
    }
    return now;
  }
}
