package chainsim.report.plan;

import chainsim.expansion.ExpansionPlanner;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's cash by month: P5, P50 and P95 across replications, from the full simulation when
 * the plan was checked, else from the surrogate.
 */
public record CashFan(String label, boolean simulated, double[] p5, double[] p50, double[] p95) {

  public static CashFan of(ExpansionPlanner.Evaluated e) {
    MonteCarloResult sim = e.simulated();
    if (sim != null) {
      int months = sim.months();
      double[] p5 = new double[months];
      double[] p50 = new double[months];
      double[] p95 = new double[months];
      for (int m = 1; m <= months; m++) {
        Stats s = sim.monthly("cash.balance", m);
        p5[m - 1] = s.p5();
        p50[m - 1] = s.p50();
        p95[m - 1] = s.p95();
      }
      return new CashFan(e.label(), true, p5, p50, p95);
    }
    return new CashFan(e.label(), false, e.projection().cashQuantile(0.05), e.projection().cashQuantile(0.5),
        e.projection().cashQuantile(0.95));
  }

  /**
   * The simulated {@code q}-quantile cash path. The run keeps P5/P25/P50/P75/P95 per month: other
   * levels are read between them linearly (exact for the levels kept).
   */
  static double[] simulatedQuantile(MonteCarloResult sim, double q) {
    double[] out = new double[sim.months()];
    double[] levels = Arrays.stream(Stats.LEVELS).map(l -> l / 100).toArray();
    for (int m = 1; m <= out.length; m++) {
      Stats s = sim.monthly("cash.balance", m);
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < levels.length; i++) {
        values.add(s.percentile(i));
      }
      if (q <= levels[0]) {
        out[m - 1] = values.get(0);
        continue;
      }
      out[m - 1] = values.get(values.size() - 1);
      for (int i = 1; i < levels.length; i++) {
        if (q <= levels[i]) {
          double w = (q - levels[i - 1]) / (levels[i] - levels[i - 1]);
          out[m - 1] = values.get(i - 1) + w * (values.get(i) - values.get(i - 1));
          break;
        }
      }
    }
    return out;
  }
}
