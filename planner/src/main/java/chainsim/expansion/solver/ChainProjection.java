package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.surrogate.RestartBaseline;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.Valuation;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's chain on the surrogate, replication by replication: the cash path and the NPV,
 * valued as the simulator values them (see {@link Valuation}).
 *
 * @param cash cash at the end of each month, {@code [r][month - 1]}
 * @param npv NPV of each replication
 * @param minCash lowest cash of each replication in the months judged
 * @param judgedFrom the first month the capital rules judge: 1, or in a re-plan the month after
 *     the as-of month (the months before are history, see {@link RestartBaseline})
 */
public record ChainProjection(double[][] cash, double[] npv, double[] minCash, int judgedFrom) {

  /** A chain judged from month 1. */
  public ChainProjection(double[][] cash, double[] npv, double[] minCash) {
    this(cash, npv, minCash, 1);
  }

  /**
   * The chain of the openings whose contributions add up to {@code flow}, {@code oneOffRunRate}
   * and {@code exitValue} (see {@code OpeningContribution}), on top of the head office alone.
   */
  public static ChainProjection of(ExpansionRules rules, Surrogate surrogate, long[][] flow, long[] oneOffRunRate,
      long[] exitValue) {
    int reps = surrogate.replications();
    ChainProjection fresh = new ChainProjection(new double[reps][surrogate.months()], new double[reps], new double[reps],
        judgedFrom(surrogate));
    return fill(fresh, rules, surrogate, flow, oneOffRunRate, exitValue);
  }

  /**
   * Like {@link #of(ExpansionRules, Surrogate, long[][], long[], long[])}, into the arrays of
   * {@code into}: the solver asks on every move, and need not allocate each time.
   */
  static ChainProjection fill(ChainProjection into, ExpansionRules rules, Surrogate surrogate, long[][] flow,
      long[] oneOffRunRate, long[] exitValue) {
    RestartBaseline baseline = surrogate.baseline();
    if (baseline != null) {
      return fillRestarted(into, baseline, surrogate, flow, oneOffRunRate, exitValue);
    }
    Valuation v = surrogate.valuation();
    double[][] headOffice = surrogate.headOffice();
    int reps = surrogate.replications();
    int months = surrogate.months();
    int runRateStart = v.runRateStart();
    double[][] cash = into.cash();
    double[] npv = into.npv();
    double[] minCash = into.minCash();
    for (int r = 0; r < reps; r++) {
      double balance = rules.initialCash();
      double min = balance;
      double value = 0;
      double runRate = oneOffRunRate[r];
      for (int m = 1; m <= months; m++) {
        double net = headOffice[r][m - 1] + flow[r][m - 1];
        balance += net;
        min = Math.min(min, balance);
        cash[r][m - 1] = balance;
        value += net * v.discount(m);
        if (m >= runRateStart) {
          runRate += net;
        }
      }
      double terminal = v.terminalMultiple() * Math.max(0.0, runRate) + exitValue[r];
      npv[r] = value + terminal * v.discount(months);
      minCash[r] = min;
    }
    return into;
  }

  /** The first month the capital rules judge on this surrogate. */
  static int judgedFrom(Surrogate surrogate) {
    RestartBaseline b = surrogate.baseline();
    return b == null ? 1 : b.asOfMonth() + 1;
  }

  /**
   * A re-plan's chain: the baseline (the decisions taken, simulated from the as-of state) plus the
   * free openings' flows after the as-of month. Months 1..k are the baseline's history; the cash
   * after them starts from the baseline's cash at month k, and only they count for the lowest cash.
   * With no free opening, a replication's NPV is the baseline's simulated one.
   */
  private static ChainProjection fillRestarted(ChainProjection into, RestartBaseline b, Surrogate surrogate,
      long[][] flow, long[] oneOffRunRate, long[] exitValue) {
    Valuation v = surrogate.valuation();
    int reps = surrogate.replications();
    int months = surrogate.months();
    int k = b.asOfMonth();
    int runRateStart = v.runRateStart();
    double[][] cash = into.cash();
    for (int r = 0; r < reps; r++) {
      double[] base = b.flow()[r];
      double balance = b.startCash()[r];
      double min = k >= months ? balance : Double.POSITIVE_INFINITY;
      double value = 0;
      double runRate = oneOffRunRate[r] + b.oneOffRunRate()[r];
      for (int m = 1; m <= months; m++) {
        double net = base[m - 1];
        if (m <= k) {
          cash[r][m - 1] = b.balance()[r][m - 1];
        } else {
          net += flow[r][m - 1];
          balance += net;
          min = Math.min(min, balance);
          cash[r][m - 1] = balance;
        }
        value += net * v.discount(m);
        if (m >= runRateStart) {
          runRate += net;
        }
      }
      double terminal = v.terminalMultiple() * Math.max(0.0, runRate) + exitValue[r] + b.extraExit()[r];
      into.npv()[r] = value + terminal * v.discount(months);
      into.minCash()[r] = min;
    }
    return into;
  }

  /** The chain of a plan's cells (at least one cell). */
  public static ChainProjection of(List<CellDecision> cells) {
    PlanLedger ledger = new PlanLedger();
    cells.forEach(ledger::add);
    return ledger.projection();
  }

  public int replications() {
    return npv.length;
  }

  public int months() {
    return cash[0].length;
  }

  /** The {@code p}-quantile (0..1) of cash across replications in each month, as {@code Stats}. */
  public double[] cashQuantile(double p) {
    int n = replications();
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(n - 1, lo + 1);
    double[] path = new double[months()];
    // The solver asks for a low quantile on every move: keep the hi + 1 smallest values of a
    // month in a small sorted buffer rather than sorting all replications.
    double[] smallest = new double[hi + 1];
    for (int m = 0; m < path.length; m++) {
      int size = 0;
      for (int r = 0; r < n; r++) {
        double v = cash[r][m];
        if (size <= hi) {
          int i = size++;
          while (i > 0 && smallest[i - 1] > v) {
            smallest[i] = smallest[i - 1];
            i--;
          }
          smallest[i] = v;
        } else if (v < smallest[hi]) {
          int i = hi;
          while (i > 0 && smallest[i - 1] > v) {
            smallest[i] = smallest[i - 1];
            i--;
          }
          smallest[i] = v;
        }
      }
      path[m] = smallest[lo] + (h - lo) * (smallest[hi] - smallest[lo]);
    }
    return path;
  }

  /** R-7 (spreadsheet PERCENTILE.INC), the definition the Monte Carlo statistics use. */
  public static double quantileOfSorted(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The mean NPV of the worst {@code alpha} share of replications (the tail CVaR is about),
   * counting the boundary replication in part when {@code alpha * n} is not whole.
   */
  public static double tailMean(double[] values, double alpha) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double k = Math.max(1.0, alpha * sorted.length);
    double sum = 0;
    double weight = 0;
    for (int i = 0; i < sorted.length && weight < k; i++) {
      double w = Math.min(1.0, k - weight);
      sum += w * sorted[i];
      weight += w;
    }
    return sum / weight;
  }
}
