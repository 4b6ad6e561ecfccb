package chainsim.expansion.surrogate;

import chainsim.engine.Simulation;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import java.util.List;
import java.util.Set;

/**
 * Where a re-plan starts: the decisions already taken (openings executed or committed at the
 * as-of month) simulated together, restarted from the as-of state, on the surrogate's
 * replications (common random numbers: replication r here is replication r of every candidate
 * run and of the plan checks). A re-plan's surrogate values a plan as this baseline plus the
 * free openings' stand-alone runs from their opening months, and judges its cash from the month
 * after the as-of month on, starting from the cash this baseline has there (the actual cash when
 * the state observes it). Months up to the as-of month are history: their cash is the state's,
 * not constrained again.
 *
 * @param asOfMonth the last month of history, k (1-based; 0 for none)
 * @param decided ids of the openings in the baseline (the scenario's pinned openings that were
 *     executed or committed before the re-plan)
 * @param flow the company's net cash flow of every month, history included: {@code [r][month - 1]}
 * @param balance the cash at the end of each month 1..k: {@code [r][month - 1]}
 * @param startCash the cash at the end of month k, from which the months after it are judged
 * @param oneOffRunRate what the terminal value's run-rate adds back to the baseline's last year
 *     (set-up costs and stake prices, less the stakes' dividends), as {@code CandidateRun.oneOff}
 * @param extraExit what the simulator's NPV holds beyond the surrogate's valuation of
 *     {@code flow} (the stakes' exit values, the replication's own terminal multiple), in yuan at
 *     the horizon: with no free opening the surrogate's NPV of a replication is the simulated one
 */
public record RestartBaseline(int asOfMonth, Set<String> decided, double[][] flow, double[][] balance,
    double[] startCash, long[] oneOffRunRate, double[] extraExit) {

  public RestartBaseline {
    decided = Set.copyOf(decided);
  }

  /** Whether the opening of this id is part of the baseline (a decision taken before the re-plan). */
  public boolean decided(String openingId) {
    return decided.contains(openingId);
  }

  public int replications() {
    return flow.length;
  }

  public double meanNpv(Valuation valuation) {
    double sum = 0;
    for (int r = 0; r < replications(); r++) {
      sum += npv(valuation, r);
    }
    return sum / replications();
  }

  /**
   * The same baseline with every replication's NPV moved by {@code meanNpvShift} (carried at the
   * horizon with the exit values, so the cash paths stay as simulated): its E[NPV] set to the mean
   * of more replications than the surrogate's, the luck of the surrogate's few taken out of every
   * plan alike.
   */
  public RestartBaseline shifted(double meanNpvShift, Valuation valuation) {
    double[] extra = extraExit.clone();
    for (int r = 0; r < extra.length; r++) {
      extra[r] += meanNpvShift / valuation.discount(valuation.months());
    }
    return new RestartBaseline(asOfMonth, decided, flow, balance, startCash, oneOffRunRate, extra);
  }

  /** The surrogate's NPV of replication r of the baseline alone: the simulated NPV. */
  double npv(Valuation v, int r) {
    double value = 0;
    double runRate = oneOffRunRate[r];
    int months = flow[r].length;
    for (int m = 1; m <= months; m++) {
      value += flow[r][m - 1] * v.discount(m);
      if (m >= v.runRateStart()) {
        runRate += flow[r][m - 1];
      }
    }
    return value + (v.terminalMultiple() * Math.max(0.0, runRate) + extraExit[r]) * v.discount(months);
  }

  /**
   * Simulates the decided openings on {@code replications} replications of {@code simulation} (the
   * scenario with only those openings, restarted from the as-of state).
   *
   * @param initialCash the cash month 1 starts from, when there is no history (k = 0)
   */
  public static RestartBaseline simulate(Simulation simulation, int asOfMonth, Set<String> decided, int replications,
      int threads, Valuation valuation, double initialCash) throws InterruptedException {
    int months = simulation.months();
    MetricLayout layout = simulation.layout();
    int net = layout.index("cash.net_flow");
    int cash = layout.index("cash.balance");
    int setup = layout.index("cost.setup");
    int stake = layout.index("cash.investment.equity");
    int dividends = layout.index("company.dividends");
    double[][] flow = new double[replications][months];
    double[][] balance = new double[replications][asOfMonth];
    double[] start = new double[replications];
    long[] oneOff = new long[replications];
    double[] extra = new double[replications];
    List<ReplicationResult> results = RestartedOpening.runAll(simulation, replications, threads);
    // filled in replication order, whatever order the threads finish in
    for (int r = 0; r < replications; r++) {
      ReplicationResult result = results.get(r);
      double[][] series = result.series();
      double runRateOneOff = 0;
      for (int m = 0; m < months; m++) {
        flow[r][m] = series[net][m];
        if (m < asOfMonth) {
          balance[r][m] = series[cash][m];
        }
        if (m + 1 >= valuation.runRateStart()) {
          runRateOneOff += series[setup][m] + series[stake][m] - series[dividends][m];
        }
      }
      start[r] = asOfMonth > 0 ? series[cash][asOfMonth - 1] : initialCash;
      oneOff[r] = Math.round(runRateOneOff);
      extra[r] = 0;
      RestartBaseline partial = new RestartBaseline(asOfMonth, decided, flow, balance, start, oneOff, extra);
      double surrogateNpv = partial.npv(valuation, r);
      extra[r] = (result.summary().chain().get("npv") - surrogateNpv) / valuation.discount(months);
    }
    return new RestartBaseline(asOfMonth, decided, flow, balance, start, oneOff, extra);
  }
}
