package chainsim.expansion;

import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a re-plan's surrogate and its restarted simulation part, for the plan's notes: what the
 * as-of state changes in the free openings' values ({@link AsOfOpenings}), what the plan's
 * openings share, the luck of the surrogate's few replications, and the corrected figures.
 */
final class ReplanGap {
  private ReplanGap() {}

  /**
   * A re-plan's surrogate E[NPV] taken apart against its restarted simulation: the free openings
   * valued alone from month 1, then as learnt from the as-of state (the state's effect), the plan
   * simulated on the surrogate's own replications (what its openings share), on the validation
   * replications (the luck of the surrogate's few), and the figure the search ranked on (the
   * baseline on the validation replications' mean, corrected per mode), and that figure corrected
   * instead by the other plans simulated in full (out of sample).
   */
  static String note(ExpansionPlanner.Evaluated planner, Surrogate surrogate, double luck,
      List<ExpansionPlan> simulatedPlans, SimulatedSelection selection, int validationReplications) {
    Map<Mode, Double> factors = surrogate.correction();
    double learnt;
    double alone;
    SurrogateCorrection others;
    double refitted;
    surrogate.correct(Map.of());
    try {
      learnt = SurrogateCorrection.meanNpv(planner.plan()) - luck;
      others = fitOnOtherPlans(planner.plan(), simulatedPlans, selection);
      refitted = others.corrected(learnt + luck, SurrogateCorrection.contributions(planner.plan()));
      surrogate.ignoreRestarted(true);
      alone = SurrogateCorrection.meanNpv(planner.plan()) - luck;
    } finally {
      surrogate.ignoreRestarted(false);
      surrogate.correct(factors);
    }
    // replication r of the check is replication r of the surrogate (the same seeds): its first ones are the surrogate's
    int reps = Math.min(surrogate.replications(), planner.simulated().npvByReplication().length);
    double own = Arrays.stream(planner.simulated().npvByReplication()).limit(reps).average().orElse(Double.NaN);
    double simulated = ExpansionPlanner.mean(planner.simulated());
    double ranked = planner.outlook().meanNpv();
    return String.format(Locale.ROOT, "the re-plan's surrogate against its restarted simulation: the"
        + " free openings valued alone from month 1 %.1fM (%+.1f%%); learnt from the as-of state %.1fM (%+.1fM);"
        + " the plan simulated on the surrogate's %d replications %.1fM (%+.1fM, what its openings share); on the"
        + " %d validation replications %.1fM (%+.1fM, the luck of %d replications); the surrogate with the decided"
        + " openings at their validation mean (%+.1fM) and corrected per mode %.1fM (%+.1f%%); corrected instead"
        + " by the %d other plans simulated in full (greedy and the finalists, not the plan itself; per mode: %s)"
        + " %.1fM (%+.1f%%)",
        alone / 1e6, pct(alone, simulated), learnt / 1e6, (learnt - alone) / 1e6, reps, own / 1e6,
        (own - learnt) / 1e6, validationReplications, simulated / 1e6, (simulated - own) / 1e6, reps,
        luck / 1e6, ranked / 1e6, pct(ranked, simulated), others.observations(),
        others.describe().isEmpty() ? "none" : others.describe(), refitted / 1e6, pct(refitted, simulated));
  }

  /**
   * The correction fitted on every plan of {@code plans} the selection simulated in full (on the
   * validation replications), each once, but {@code plan} itself: an out-of-sample correction of
   * it. The surrogate must be uncorrected.
   */
  static SurrogateCorrection fitOnOtherPlans(ExpansionPlan plan, List<ExpansionPlan> plans,
      SimulatedSelection selection) {
    List<Opening> own = selection.openings(plan);
    List<List<Opening>> seen = new ArrayList<>();
    List<SurrogateCorrection.Observation> observations = new ArrayList<>();
    for (ExpansionPlan p : plans) {
      List<Opening> openings = selection.openings(p);
      MonteCarloResult r = selection.simulated(openings);
      if (r == null || openings.equals(own) || seen.contains(openings)) {
        continue;
      }
      seen.add(openings);
      observations.add(new SurrogateCorrection.Observation(SurrogateCorrection.contributions(p),
          SurrogateCorrection.meanNpv(p), ExpansionPlanner.mean(r)));
    }
    return SurrogateCorrection.fit(observations);
  }

  private static double pct(double estimate, double simulated) {
    return 100 * (estimate - simulated) / Math.abs(simulated);
  }
}
