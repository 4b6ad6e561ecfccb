package chainsim.expansion;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.solver.ChainProjection;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The full simulator in the planner's loop, on common random numbers (the validation
 * replications, the same seeds for every plan):
 *
 * <ul>
 *   <li><b>before the search</b>, the greedy baseline is simulated and a {@link SurrogateCorrection}
 *       fitted on it is put into the surrogate, so the search ranks plans on the corrected
 *       surrogate;
 *   <li><b>after it</b>, the {@link #FINALISTS} best plans on the corrected surrogate are simulated
 *       and the plan is the finalist (or greedy) with the best simulated objective (E[NPV] less the
 *       risk weight times the CVaR shortfall, as the scenario's objective) among those whose
 *       simulated P(cash &lt; 0) is not significantly higher than greedy's: the replications where
 *       the plan runs dry and greedy does not, less those where greedy does and the plan does not,
 *       at most one standard error of that difference ({@code sqrt} of their sum, McNemar's), so a
 *       plan may not be riskier than the baseline by more than the validation run can tell
 *       apart from chance (with 200 replications: one replication more, of one discordant, passes;
 *       three more of three do not).
 * </ul>
 *
 * Every plan is simulated once: results are kept by the plan's openings, and the checks reuse them.
 * The choice is made on the replications the plan's figures are then reported on, so among
 * {@link #FINALISTS} plans the reported figure of the chosen one is slightly optimistic (the best of
 * a few noisy means); the paired differences are what decide.
 */
final class SimulatedSelection {
  /** Plans, best first on the corrected surrogate, simulated in full to choose the plan from. */
  static final int FINALISTS = 3;

  private final Scenario scenario;
  private final int replications;
  private final int threads;
  private final Function<Scenario, Simulation> simulations;
  private final Map<List<Opening>, MonteCarloResult> simulated = new HashMap<>();

  /** How a finalist did in simulation, for the notes. */
  record Finalist(String openings, double meanNpv, double objective, double probCashBelowZero, boolean chosen) {}

  SimulatedSelection(Scenario scenario, int replications, int threads, Function<Scenario, Simulation> simulations) {
    this.scenario = scenario;
    this.replications = replications;
    this.threads = threads;
    this.simulations = simulations;
  }

  /** The plan's full simulation on the validation replications, simulated once. */
  MonteCarloResult simulate(List<Opening> openings, IntConsumer progress) throws InterruptedException {
    MonteCarloResult r = simulated.get(openings);
    if (r == null) {
      r = PlanCheck.simulate(scenario, openings, replications, threads, progress, simulations);
      simulated.put(List.copyOf(openings), r);
    }
    return r;
  }

  /** The simulation of these openings if it was made, else null. */
  MonteCarloResult simulated(List<Opening> openings) {
    return simulated.get(openings);
  }

  /**
   * Fits the correction on the greedy baseline's simulation and puts it into the surrogate (which
   * must be uncorrected); returns it.
   */
  SurrogateCorrection correct(ExpansionPlan greedy, Surrogate surrogate, IntConsumer progress)
      throws InterruptedException {
    MonteCarloResult r = simulate(PlanOpenings.toScenario(scenario, greedy.getCells()), progress);
    double surrogateNpv = SurrogateCorrection.meanNpv(greedy);
    SurrogateCorrection correction = SurrogateCorrection.fit(List.of(new SurrogateCorrection.Observation(
        SurrogateCorrection.contributions(greedy), surrogateNpv, mean(r.npvByReplication()))));
    surrogate.correct(correction.factors());
    return correction;
  }

  /** The finalists' simulations and the plan chosen among them and greedy (see the class comment). */
  record Choice(ExpansionPlan plan, List<Finalist> finalists) {}

  Choice choose(List<ExpansionPlan> ranked, ExpansionPlan greedy, ExpansionRules rules,
      java.util.function.BiConsumer<Integer, Integer> progress) throws InterruptedException {
    List<Opening> greedyOpenings = PlanOpenings.toScenario(scenario, greedy.getCells());
    MonteCarloResult g = simulate(greedyOpenings, done -> {});
    List<ExpansionPlan> finalists = new ArrayList<>(ranked.subList(0, Math.min(FINALISTS, ranked.size())));
    if (!finalists.contains(greedy)) {
      finalists.add(greedy);
    }
    ExpansionPlan best = null;
    double bestObjective = Double.NEGATIVE_INFINITY;
    List<Finalist> out = new ArrayList<>();
    List<double[]> figures = new ArrayList<>();
    for (int i = 0; i < finalists.size(); i++) {
      ExpansionPlan p = finalists.get(i);
      int k = i + 1;
      MonteCarloResult r = simulate(PlanOpenings.toScenario(scenario, p.getCells()),
          done -> progress.accept(k, done));
      double objective = objective(r.npvByReplication(), rules);
      double below = probCashBelowZero(r);
      figures.add(new double[] {mean(r.npvByReplication()), objective, below});
      if (noRiskierThan(r, g) && objective > bestObjective) {
        best = p;
        bestObjective = objective;
      }
    }
    for (int i = 0; i < finalists.size(); i++) {
      ExpansionPlan p = finalists.get(i);
      out.add(new Finalist(PlanOpenings.openings(p.getCells()).size() + " openings" + (p == greedy ? " (greedy)" : ""),
          figures.get(i)[0], figures.get(i)[1], figures.get(i)[2], p == best));
    }
    return new Choice(best, out);
  }

  /** The scenario's objective on simulated NPVs: the mean less the risk weight times the CVaR shortfall. */
  static double objective(double[] npv, ExpansionRules rules) {
    double mean = mean(npv);
    if (!rules.cvar()) {
      return mean;
    }
    return mean - rules.riskWeight() * Math.max(0.0, mean - ChainProjection.tailMean(npv, rules.cvarAlpha()));
  }

  /**
   * Whether the plan runs dry in no more replications than greedy, up to one standard error of the
   * paired difference: {@code b - c <= sqrt(b + c)}, b the replications below zero for the plan
   * only, c for greedy only.
   */
  static boolean noRiskierThan(MonteCarloResult plan, MonteCarloResult greedy) {
    return noRiskierThan(plan.minCashByReplication(), greedy.minCashByReplication());
  }

  static boolean noRiskierThan(double[] planMinCash, double[] greedyMinCash) {
    int b = 0;
    int c = 0;
    for (int r = 0; r < planMinCash.length; r++) {
      boolean p = planMinCash[r] < 0;
      boolean g = greedyMinCash[r] < 0;
      if (p && !g) {
        b++;
      } else if (g && !p) {
        c++;
      }
    }
    return b - c <= Math.sqrt(b + c);
  }

  static double probCashBelowZero(MonteCarloResult r) {
    return r.chain().get("cash_below_zero").mean();
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }
}
