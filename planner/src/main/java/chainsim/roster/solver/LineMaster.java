package chainsim.roster.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The linear relaxation of "give every person one whole line so that each day's cover is met
 * exactly": one column per candidate line (its cost the line's whole penalty), one row per person
 * (exactly one line) and one per day and shift type (exactly the cover). Solved by GLOP, OR-Tools'
 * simplex, which keeps its basis as columns are added and bounds change, so each round re-solves
 * from where the last one stopped. Its duals price new lines ({@link LinePricing}); its cell shares
 * guide the dive in {@link LineRedeal}.
 *
 * <p>Cells can be forced (a person must have a code on a day): lines that disagree get an upper
 * bound of 0. While diving, a shortfall or surplus of cover is allowed at {@link #SHORTFALL_COST}
 * a person, so the relaxation stays solvable when forcing has left no exact cover among the lines.
 */
final class LineMaster implements AutoCloseable {

  /** No forced code on a cell. */
  static final int NOT_FORCED = -2;
  /**
   * What a person short or over on a day's shift costs while diving: above the largest single
   * INRC weight, so the relaxation prefers any exact cover it has, small enough to keep the duals
   * (and so the pricing) on the scale of the rules.
   */
  static final double SHORTFALL_COST = 10;

  private final MPSolver lp;
  /**
   * Presolve off: with it, GLOP 9.11 returned duals that price a chosen line below 0 on a two-person
   * case ({@code LineMasterTest}), its postsolve not restoring them on this degenerate model (one
   * row per person and one per day and shift type are dependent); without it the duals are the
   * simplex's own, and each solve starts from the last basis.
   */
  private final MPSolverParameters parameters = new MPSolverParameters();
  private final int[][] need;
  private final int days;
  private final int codes;
  private final MPConstraint[] onePerPerson;
  private final MPConstraint[][] cover;
  private final MPObjective objective;
  private final List<List<int[]>> lines = new ArrayList<>();
  private final List<List<Long>> costs = new ArrayList<>();
  private final List<List<MPVariable>> columns = new ArrayList<>();
  private final List<Set<List<Integer>>> known = new ArrayList<>();
  private final List<MPVariable> slack = new ArrayList<>();
  private final int[][] forced;

  private double value;
  /** Whether lines or bounds changed since the last solve (else solving again would give the same). */
  private boolean changed = true;
  /** Time spent in the simplex so far, and how many solves (reported when logging). */
  private long solveNanos;
  private int solves;
  private double[] personDual;
  private double[][] coverDual;

  /** A master over {@code people} persons, {@code need[d][t]} people on shift type t on day d. */
  LineMaster(int people, int[][] need) {
    this.need = need;
    this.days = need.length;
    int types = days == 0 ? 0 : need[0].length;
    this.codes = types + 1;
    this.lp = MPSolver.createSolver("GLOP");
    parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
        MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
    this.objective = lp.objective();
    objective.setMinimization();
    onePerPerson = new MPConstraint[people];
    for (int s = 0; s < people; s++) {
      onePerPerson[s] = lp.makeConstraint(1, 1);
      lines.add(new ArrayList<>());
      costs.add(new ArrayList<>());
      columns.add(new ArrayList<>());
      known.add(new HashSet<>());
    }
    cover = new MPConstraint[days][types];
    for (int d = 0; d < days; d++) {
      for (int t = 0; t < types; t++) {
        cover[d][t] = lp.makeConstraint(need[d][t], need[d][t]);
        for (int sign = -1; sign <= 1; sign += 2) {
          MPVariable v = lp.makeNumVar(0, 0, "");
          cover[d][t].setCoefficient(v, sign);
          objective.setCoefficient(v, SHORTFALL_COST);
          slack.add(v);
        }
      }
    }
    forced = new int[people][days];
    for (int[] row : forced) {
      Arrays.fill(row, NOT_FORCED);
    }
    personDual = new double[people];
    coverDual = new double[days][types];
  }

  int people() {
    return onePerPerson.length;
  }

  int days() {
    return days;
  }

  int types() {
    return codes - 1;
  }

  /** The cover day {@code d} needs on shift type {@code t}. */
  int need(int d, int t) {
    return need[d][t];
  }

  /** Adds person {@code s}'s line (shift type per day, -1 free) unless it is known; true when added. */
  boolean add(int s, int[] row, long cost) {
    if (!known.get(s).add(key(row))) {
      return false;
    }
    MPVariable x = lp.makeNumVar(0, fits(s, row) ? 1 : 0, "");
    onePerPerson[s].setCoefficient(x, 1);
    for (int d = 0; d < days; d++) {
      if (row[d] >= 0) {
        cover[d][row[d]].setCoefficient(x, 1);
      }
    }
    objective.setCoefficient(x, cost);
    changed = true;
    lines.get(s).add(row.clone());
    costs.get(s).add(cost);
    columns.get(s).add(x);
    return true;
  }

  private static List<Integer> key(int[] row) {
    List<Integer> key = new ArrayList<>(row.length);
    for (int code : row) {
      key.add(code);
    }
    return key;
  }

  /** Whether person {@code s}'s line agrees with every cell forced on them. */
  boolean fits(int s, int[] row) {
    for (int d = 0; d < days; d++) {
      if (forced[s][d] != NOT_FORCED && forced[s][d] != row[d]) {
        return false;
      }
    }
    return true;
  }

  /** The code forced on person {@code s}'s day {@code d}, or {@link #NOT_FORCED}. */
  int forcedCode(int s, int d) {
    return forced[s][d];
  }

  /** Whether some line of person {@code s} agrees with the cells forced on them and has {@code code} on day {@code d}. */
  boolean canForce(int s, int d, int code) {
    for (int[] line : lines.get(s)) {
      if (line[d] == code && fits(s, line)) {
        return true;
      }
    }
    return false;
  }

  /** Forces shift type {@code code} (-1 free) on person {@code s}'s day {@code d}: lines that disagree leave. */
  void force(int s, int d, int code) {
    forced[s][d] = code;
    changed = true;
    List<int[]> own = lines.get(s);
    for (int j = 0; j < own.size(); j++) {
      if (own.get(j)[d] != code) {
        columns.get(s).get(j).setUb(0);
      }
    }
  }

  /** The cells forced now (a copy): {@link #release} with it undoes what was forced since. */
  int[][] forcedCells() {
    int[][] copy = new int[forced.length][];
    for (int s = 0; s < forced.length; s++) {
      copy[s] = forced[s].clone();
    }
    return copy;
  }

  /** Lifts every forced cell except those in {@code keep} (pinned days), and disallows shortfall again. */
  void release(int[][] keep) {
    changed = true;
    for (int s = 0; s < forced.length; s++) {
      System.arraycopy(keep[s], 0, forced[s], 0, days);
      for (int j = 0; j < lines.get(s).size(); j++) {
        columns.get(s).get(j).setUb(fits(s, lines.get(s).get(j)) ? 1 : 0);
      }
    }
    allowShortfall(false);
  }

  /** Allows (while diving) or forbids cover shortfall and surplus, at {@link #SHORTFALL_COST} a person. */
  void allowShortfall(boolean allowed) {
    changed = true;
    for (MPVariable v : slack) {
      v.setUb(allowed ? onePerPerson.length : 0);
    }
  }

  /** Solves the relaxation; its value, or {@code Double.NaN} when it has none (no line fits someone). */
  double solve() {
    if (!changed) {
      return value;
    }
    changed = false;
    solves++;
    long start = System.nanoTime();
    MPSolver.ResultStatus status = lp.solve(parameters);
    if (status == MPSolver.ResultStatus.ABNORMAL) {
      // GLOP's warm start can lose its way after many bound changes: solve the model afresh
      lp.reset();
      status = lp.solve(parameters);
    }
    solveNanos += System.nanoTime() - start;
    if (status != MPSolver.ResultStatus.OPTIMAL) {
      value = Double.NaN;
      return value;
    }
    value = objective.value();
    for (int s = 0; s < personDual.length; s++) {
      personDual[s] = onePerPerson[s].dualValue();
    }
    for (int d = 0; d < days; d++) {
      for (int t = 0; t < coverDual[d].length; t++) {
        coverDual[d][t] = cover[d][t].dualValue();
      }
    }
    return value;
  }

  /** How many times the simplex ran (a solve with nothing changed since the last does not run it). */
  int solves() {
    return solves;
  }

  long solveMillis() {
    return solveNanos / 1_000_000;
  }

  /** The last solve's value, or {@code Double.NaN} when it had none or lines or bounds changed since. */
  double value() {
    return changed ? Double.NaN : value;
  }

  /**
   * Reading a solution is only meaningful right after a solve that found one: after a change, GLOP
   * logs "the model has been changed since the solution was last computed" on standard error for each
   * variable read and answers 0 (a re-deal cut by its deadline mid-pricing once read thousands so).
   */
  private void requireSolution() {
    if (changed || Double.isNaN(value)) {
      throw new IllegalStateException("the relaxation has no solution to read: "
          + (changed ? "lines or bounds changed since it was last solved" : "its last solve found none"));
    }
  }

  /** The dual of cover on day {@code d}, shift type {@code t}, from the last solve. */
  double coverDual(int d, int t) {
    return coverDual[d][t];
  }

  double personDual(int s) {
    return personDual[s];
  }

  /** How many people short or over, summed, in the last solution. */
  double shortfall() {
    requireSolution();
    double sum = 0;
    for (MPVariable v : slack) {
      sum += v.solutionValue();
    }
    return sum;
  }

  /** How many lines the master holds. */
  int lineCount() {
    int count = 0;
    for (List<int[]> own : lines) {
      count += own.size();
    }
    return count;
  }

  /** Person {@code s}'s lines so far (not to be changed) and their costs. */
  List<int[]> lines(int s) {
    return lines.get(s);
  }

  long cost(int s, int j) {
    return costs.get(s).get(j);
  }

  /** Line {@code j} of person {@code s}'s share in the last solution. */
  double share(int s, int j) {
    requireSolution();
    return columns.get(s).get(j).solutionValue();
  }

  /**
   * Per person, day and code ({@code t + 1}, 0 free), the share of the last solution's lines that
   * give the person that code that day.
   */
  double[][][] cellShares() {
    double[][][] y = new double[onePerPerson.length][days][codes];
    for (int s = 0; s < y.length; s++) {
      for (int j = 0; j < lines.get(s).size(); j++) {
        double x = share(s, j);
        if (x > 1e-9) {
          int[] row = lines.get(s).get(j);
          for (int d = 0; d < days; d++) {
            y[s][d][row[d] + 1] += x;
          }
        }
      }
    }
    return y;
  }

  /**
   * When the last solution gives each person one whole line and needs no shortfall: the lines, else
   * {@code null}.
   */
  int[][] integralLines() {
    return shortfall() > 1e-6 ? null : wholeLines();
  }

  /**
   * Per person, the line with the largest share in the last solution (the first such on a tie): the
   * relaxation rounded, its cover possibly off.
   */
  int[][] roundedLines() {
    int[][] chosen = new int[onePerPerson.length][];
    for (int s = 0; s < chosen.length; s++) {
      double most = -1;
      for (int j = 0; j < lines.get(s).size(); j++) {
        double x = share(s, j);
        if (x > most + 1e-9) {
          most = x;
          chosen[s] = lines.get(s).get(j);
        }
      }
    }
    return chosen;
  }

  /**
   * When the last solution gives each person one whole line: the lines, whether or not they meet
   * the cover exactly (a dive can end with every cell settled and a person short somewhere), else
   * {@code null}.
   */
  int[][] wholeLines() {
    int[][] chosen = new int[onePerPerson.length][];
    for (int s = 0; s < chosen.length; s++) {
      for (int j = 0; j < lines.get(s).size() && chosen[s] == null; j++) {
        if (share(s, j) > 1 - 1e-6) {
          chosen[s] = lines.get(s).get(j);
        }
      }
      if (chosen[s] == null) {
        return null;
      }
    }
    return chosen;
  }

  @Override
  public void close() {
    parameters.delete();
    lp.delete();
  }
}
