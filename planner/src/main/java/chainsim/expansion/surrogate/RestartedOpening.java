package chainsim.expansion.surrogate;

import chainsim.engine.Simulation;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import java.util.Arrays;
import java.util.List;

/**
 * A re-plan's free opening as it would do in the company of the as-of state: the decided openings
 * and this one, simulated together restarted from the as-of state on the surrogate's replications
 * (the baseline's seeds), less the {@link RestartBaseline}. Its market is the as-of market (the
 * clients already won, the firms already taken), its parameters the calibrated ones, its cash and
 * gates the company's: what an opening simulated alone from month 1 of the scenario does not see.
 * With this run, a plan of the baseline and this one opening is valued by the surrogate as the
 * simulator values it, replication by replication.
 *
 * @param profile what the opening adds, by replication and month from {@code fromMonth} on (index
 *     0 is {@code fromMonth}): net cash flow and one-off costs (set-up, stake price, less
 *     dividends)
 * @param fromMonth the first month after the as-of month: what the opening changes before it opens
 *     (nothing, in the simulator as it is) is counted from there
 * @param exitYuan what the simulator's NPV of the baseline with this opening holds beyond the
 *     surrogate's valuation of its flows, at the horizon, in whole yuan, by replication (an equity
 *     stake's exit value, the terminal value's floor and the replication's own multiple): the
 *     opening's exit value in the plan's ledger
 */
public record RestartedOpening(OpeningProfile profile, int fromMonth, long[] exitYuan) {

  /**
   * Simulates {@code simulation} (the scenario with the baseline's openings and this one, restarted
   * from the baseline's as-of state, with the baseline's replications) and keeps what the opening
   * adds to {@code baseline}.
   */
  public static RestartedOpening simulate(Simulation simulation, RestartBaseline baseline, Valuation valuation,
      int threads) throws InterruptedException {
    int reps = baseline.replications();
    int months = simulation.months();
    int from = baseline.asOfMonth() + 1;
    int span = months - from + 1;
    MetricLayout layout = simulation.layout();
    int net = layout.index("cash.net_flow");
    int setup = layout.index("cost.setup");
    int stake = layout.index("cash.investment.equity");
    int dividends = layout.index("company.dividends");
    double[][] flow = new double[reps][span];
    double[][] oneOff = new double[reps][span];
    double[] npv = new double[reps];
    List<ReplicationResult> results = runAll(simulation, reps, threads);
    for (int r = 0; r < reps; r++) {
      double[][] series = results.get(r).series();
      double[] base = baseline.flow()[r];
      for (int m = from; m <= months; m++) {
        flow[r][m - from] = series[net][m - 1] - base[m - 1];
        oneOff[r][m - from] = series[setup][m - 1] + series[stake][m - 1] - series[dividends][m - 1];
      }
      // the baseline keeps its own one-offs (its oneOffRunRate): the opening adds the difference,
      // taken off in the horizon's last month, which every run-rate counts
      oneOff[r][span - 1] -= baseline.oneOffRunRate()[r];
      npv[r] = results.get(r).summary().chain().get("npv");
    }
    OpeningProfile profile = OpeningProfile.of(flow, oneOff, null, null, OpeningProfile.Regime.SIMULATED);
    long[] exit = new long[reps];
    for (int r = 0; r < reps; r++) {
      exit[r] = Math.round(exitBeyondFlows(profile, from, baseline, valuation, r, npv[r]));
    }
    return new RestartedOpening(profile, from, exit);
  }

  /**
   * What replication r's simulated NPV holds beyond the surrogate's valuation of the baseline with
   * this opening's flows (as the plan's ledger adds them: whole yuan, the one-offs rounded), at
   * the horizon.
   */
  private static double exitBeyondFlows(OpeningProfile p, int from, RestartBaseline b, Valuation v, int r,
      double simulatedNpv) {
    int months = v.months();
    double value = 0;
    double runRate = b.oneOffRunRate()[r] + p.oneOffRunRate(r, from, months);
    for (int m = 1; m <= months; m++) {
      double net = b.flow()[r][m - 1] + (m >= from ? p.flowYuan()[r][m - from] : 0);
      value += net * v.discount(m);
      if (m >= v.runRateStart()) {
        runRate += net;
      }
    }
    double terminal = v.terminalMultiple() * Math.max(0.0, runRate) + b.extraExit()[r];
    double surrogateNpv = value + terminal * v.discount(months);
    return (simulatedNpv - surrogateNpv) / v.discount(months);
  }

  /** Runs every replication of {@code simulation} on the sequential engine over {@code threads}; in replication order. */
  static List<ReplicationResult> runAll(Simulation simulation, int replications, int threads)
      throws InterruptedException {
    ReplicationResult[] out = new ReplicationResult[replications];
    MonteCarlo.forEachReplication(simulation, replications, Math.max(1, threads), EngineKind.SEQUENTIAL,
        result -> out[result.replication()] = result);
    return Arrays.asList(out);
  }
}
