package chainsim.report.plan;

import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.Stats;

/**
 * One plan's headline figures, the surrogate's and the simulator's side by side.
 *
 * @param simulatedNpv null when the plan was not simulated (likewise the other simulated figures)
 * @param simulatedNeverOpened openings of the plan the gates held back to the horizon's end, mean per future
 * @param simulatedDelayMonths months an opening opened after its planned month, mean over openings
 *     and the futures in which they opened: the plan that runs is the plan only where both are 0
 */
public record PlanRow(
    String label,
    int openings,
    long hardScore,
    long softScore,
    double surrogateNpv,
    double surrogateTailNpv,
    double surrogateProbBelowZero,
    double surrogateProbBelowReserve,
    double surrogateLowestQuantileCash,
    Stats simulatedNpv,
    Stats simulatedBelowZero,
    Stats simulatedBelowReserve,
    Stats simulatedPeakFunding,
    double simulatedLowestQuantileCash,
    double simulatedTailNpv,
    PairedDifference versusGreedy,
    double simulatedNpvOnSurrogateReplications,
    double simulatedNeverOpened,
    double simulatedDelayMonths) {

  /**
   * A plan's simulated NPV less the greedy baseline's, replication by replication: both ran on the
   * same futures, so the difference's standard error is far smaller than either plan's.
   */
  public record PairedDifference(double mean, double stdError, int replications) {
    public static PairedDifference of(double[] a, double[] b) {
      int n = Math.min(a.length, b.length);
      if (n == 0) {
        return null;
      }
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += (a[i] - b[i]) / n;
      }
      double var = 0;
      for (int i = 0; i < n; i++) {
        double d = a[i] - b[i] - mean;
        var += d * d;
      }
      double se = n > 1 ? Math.sqrt(var / (n - 1) / n) : 0.0;
      return new PairedDifference(mean, se, n);
    }
  }

  public static PlanRow of(ExpansionPlanner.Evaluated e, ExpansionRules rules, ExpansionPlanner.Evaluated greedy) {
    double q = 1 - rules.reserveConfidence();
    double lowest = Double.POSITIVE_INFINITY;
    for (double v : e.projection().cashQuantile(q)) {
      lowest = Math.min(lowest, v);
    }
    MonteCarloResult sim = e.simulated();
    Stats npv = null;
    Stats zero = null;
    Stats reserve = null;
    Stats peak = null;
    double simLowest = Double.NaN;
    double simTail = Double.NaN;
    double never = Double.NaN;
    double delay = Double.NaN;
    if (sim != null) {
      never = sim.chain().get("openings_blocked").mean();
      delay = meanDelay(sim, e);
      npv = sim.chain().get("npv");
      zero = sim.chain().get("cash_below_zero");
      reserve = sim.chain().get("cash_below_reserve");
      peak = sim.chain().get("peak_funding_need");
      simLowest = Double.POSITIVE_INFINITY;
      for (double v : CashFan.simulatedQuantile(sim, q)) {
        simLowest = Math.min(simLowest, v);
      }
      simTail = chainsim.expansion.solver.ChainProjection.tailMean(sim.npvByReplication(), rules.cvarAlpha());
    }
    int n = e.projection().replications();
    return new PlanRow(e.label(), e.openings().size(), e.score().hardScore(), e.score().softScore(),
        e.outlook().meanNpv(), e.outlook().tailNpv(), e.outlook().probCashBelowZero(n),
        e.outlook().probCashBelowReserve(), lowest, npv, zero, reserve, peak, simLowest, simTail,
        sim != null && greedy.simulated() != null && e != greedy
            ? PairedDifference.of(sim.npvByReplication(), greedy.simulated().npvByReplication()) : null,
        sim != null && sim.replications() >= n ? java.util.Arrays.stream(sim.npvByReplication()).limit(n).average()
            .orElse(Double.NaN) : Double.NaN, never, delay);
  }

  private static double meanDelay(MonteCarloResult sim, ExpansionPlanner.Evaluated e) {
    double months = 0;
    long opened = 0;
    for (chainsim.scenario.Opening o : e.openings()) {
      var entity = sim.entities().get(o.id());
      Stats month = entity == null ? null : entity.get("opening_month");
      if (month != null && month.n() > 0) {
        months += (month.mean() - o.month()) * month.n();
        opened += month.n();
      }
    }
    return opened == 0 ? Double.NaN : months / opened;
  }

  public boolean simulated() {
    return simulatedNpv != null;
  }
}
