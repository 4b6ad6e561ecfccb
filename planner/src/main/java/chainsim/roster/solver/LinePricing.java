package chainsim.roster.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Finds lines for one person whose reduced cost is negative: the line's whole penalty (the
 * calculator's own {@link RosterIncrementalScoreCalculator#lineCostWith}, or the same from the line's
 * {@link CompiledLine} where it has one) less the dual of each
 * shift it covers and of the person. First the line a shortest path over the days finds
 * ({@link CompiledLine#cheapestByLocalRules}: exact under every rule but the two that count over the
 * whole period), descended for those; then an iterated local search over the person's line alone from
 * lines the master has: change one day's code, swap two days' codes; at a local optimum, change two or
 * three random days and descend again, keeping the better. Cells forced by the master stay as forced.
 *
 * <p>The shortest path is issue 17's twelfth pass: without it the relaxation stalled well above the
 * optimum where the good lines are far from any the search starts from (medium_late05: 124.5 against
 * a best known of 107, from a roster of 151; with it 114), the local search alone finding what a
 * person's runs and weekends want only a change at a time.
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
  /** Per person, the line's rules compiled ({@link CompiledLine}, its changes scored by what they change), or null: the calculator scores it. */
  private final CompiledLine[] compiled;

  LinePricing(RosterIncrementalScoreCalculator calculator, LineMaster master, int days, int types, Random random) {
    this(calculator, master, days, types, random, compile(calculator, master.people()));
  }

  LinePricing(RosterIncrementalScoreCalculator calculator, LineMaster master, int days, int types, Random random,
      CompiledLine[] compiled) {
    this.calculator = calculator;
    this.master = master;
    this.days = days;
    this.types = types;
    this.random = random;
    this.compiled = compiled;
  }

  /** Every person's compiled line (null where the calculator must score it). */
  static CompiledLine[] compile(RosterIncrementalScoreCalculator calculator, int people) {
    CompiledLine[] compiled = new CompiledLine[people];
    for (int s = 0; s < people; s++) {
      compiled[s] = calculator.compiledLine(s);
    }
    return compiled;
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
      CompiledLine line = compiled[s];
      int[] path = line == null ? null : line.cheapestByLocalRules(dualByCode(dual), 0, forcedCells(s));
      if (path != null) {
        // the best line by the rules a shortest path can read, then mended for the counts
        System.arraycopy(path, 0, row, 0, days);
        double now = descend(s, row, reducedCost(s, row, personDual, dual), personDual, dual);
        if (now < -1e-6) {
          found.put(now + random.nextDouble() * 1e-9, row.clone());
        }
      }
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

  /** The cover duals per day and code ({@code d * (types + 1) + t + 1}, free at 0), as a shortest path reads them. */
  private double[] dualByCode(double[][] dual) {
    double[] flat = new double[days * (types + 1)];
    for (int d = 0; d < days; d++) {
      for (int t = 0; t < types; t++) {
        flat[d * (types + 1) + t + 1] = dual[d][t];
      }
    }
    return flat;
  }

  private int[] forcedCells(int s) {
    int[] forced = new int[days];
    for (int d = 0; d < days; d++) {
      forced[d] = master.forcedCode(s, d);
    }
    return forced;
  }

  private double reducedCost(int s, int[] row, double personDual, double[][] dual) {
    double value = cost(s, row) - personDual;
    for (int d = 0; d < days; d++) {
      value -= dualOf(dual, d, row[d]);
    }
    return value;
  }

  /** Person {@code s}'s line {@code row} (the calculator's row of her) scored whole. */
  private long cost(int s, int[] row) {
    return compiled[s] != null ? compiled[s].cost(row) : calculator.lineCostWith(s, 0, row[0]);
  }

  private static double dualOf(double[][] dual, int d, int code) {
    return code >= 0 ? dual[d][code] : 0;
  }

  /**
   * First-improvement descent over one-day changes and two-day swaps; the row is left at the optimum.
   * A compiled line scores each change by what it changes ({@link CompiledLine#delta}).
   */
  private double descend(int s, int[] row, double now, double personDual, double[][] dual) {
    CompiledLine line = compiled[s];
    double duals = 0;
    for (int d = 0; d < days; d++) {
      duals += dualOf(dual, d, row[d]);
    }
    Descent at = new Descent(cost(s, row), duals, now, personDual);
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
          double nextDuals = at.duals - dualOf(dual, d, was) + dualOf(dual, d, code);
          long nextCost = line != null ? at.cost + line.delta(row, d, code) : calculator.lineCostWith(s, d, code);
          if (at.accepts(nextCost, nextDuals)) {
            row[d] = code;
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
          double nextDuals = at.duals - dualOf(dual, a, codeA) - dualOf(dual, b, codeB)
              + dualOf(dual, a, codeB) + dualOf(dual, b, codeA);
          long afterA = line != null ? at.cost + line.delta(row, a, codeB) : 0;
          row[a] = codeB;
          long nextCost = line != null ? afterA + line.delta(row, b, codeA) : calculator.lineCostWith(s, b, codeA);
          if (at.accepts(nextCost, nextDuals)) {
            row[b] = codeA;
            improved = true;
          } else {
            row[a] = codeA;
          }
        }
      }
    }
    return at.now;
  }

  /** Where a descent stands: the line's cost, the duals of its shifts, and its reduced cost. */
  private static final class Descent {
    private long cost;
    private double duals;
    private double now;
    private final double personDual;

    Descent(long cost, double duals, double now, double personDual) {
      this.cost = cost;
      this.duals = duals;
      this.now = now;
      this.personDual = personDual;
    }

    /** Moves to a neighbour of that cost and those duals if its reduced cost is lower; whether it did. */
    boolean accepts(long nextCost, double nextDuals) {
      double next = nextCost - personDual - nextDuals;
      if (next >= now - 1e-9) {
        return false;
      }
      cost = nextCost;
      duals = nextDuals;
      now = next;
      return true;
    }
  }
}
