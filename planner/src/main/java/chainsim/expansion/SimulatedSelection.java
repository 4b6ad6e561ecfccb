package chainsim.expansion;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.solver.ChainProjection;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li><b>after it</b>, the {@link #FINALISTS} best plans on the corrected surrogate are simulated,
 *       then the search's {@link RiskFrontier} is bisected for its best point no riskier than greedy
 *       (at most {@link #FRONTIER_SIMULATIONS} simulations); the finalists and frontier points that
 *       run dry more often than greedy are repaired by {@link RiskRepair} (their
 *       neighbours that plausibly lower that risk, simulated in full on the same replications, up
 *       to {@code planning.expansion.repair_simulations}), predicted on the correction extended to
 *       the modes greedy does not use (fitted on greedy's and the finalists' simulations);
 *   <li>the plan is the one simulated (finalist, repaired plan or greedy) with the best simulated
 *       objective (E[NPV] less the risk weight times the CVaR shortfall, as the scenario's
 *       objective) among those <b>no riskier than greedy, strictly</b> ({@link CashRisk}): below
 *       zero in no more of the validation replications than greedy, and below the reserve in no
 *       more. Greedy always qualifies, so the plan is never worse than greedy in simulation on these
 *       replications nor more often dry.
 * </ul>
 *
 * Every plan is simulated once: results are kept by the plan's openings, and the checks reuse them.
 * The choice is made on the replications the plan's figures are then reported on, so among
 * the plans simulated the reported figure of the chosen one is slightly optimistic (the best of
 * several noisy means); the paired differences are what decide.
 */
final class SimulatedSelection {
  /** Plans, best first on the corrected surrogate, simulated in full to choose the plan from. */
  static final int FINALISTS = 3;
  /** Full simulations, at most, of the bisection over the risk frontier ({@link RiskFrontier#walk}). */
  static final int FRONTIER_SIMULATIONS = 5;

  private final Scenario scenario;
  private final ExpansionRules rules;
  private final int replications;
  private final int threads;
  private final Function<Scenario, Simulation> simulations;
  private final Map<List<Opening>, MonteCarloResult> simulated = new HashMap<>();

  /**
   * How a finalist did in simulation, for the notes.
   *
   * @param risk its replications below zero and below the reserve, and the paired view against greedy's
   * @param noRiskier whether it is no riskier than greedy by the strict rule
   */
  record Finalist(String openings, double meanNpv, double objective, double probCashBelowZero, String risk,
      boolean noRiskier, boolean chosen) {}

  SimulatedSelection(Scenario scenario, ExpansionRules rules, int replications, int threads,
      Function<Scenario, Simulation> simulations) {
    this.scenario = scenario;
    this.rules = rules;
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

  /**
   * The finalists' simulations, the repair phase's and the plan chosen among them and greedy (see the
   * class comment).
   *
   * @param repaired the plans the repair phase simulated, in order; empty without one
   * @param repair what the repair phase did; null when no finalist was riskier than greedy or no budget
   */
  record Choice(ExpansionPlan plan, List<Finalist> finalists, List<Finalist> repaired, RiskRepair.Outcome repair,
      SurrogateCorrection repairCorrection, List<Finalist> frontier) {}

  Choice choose(List<ExpansionPlan> ranked, ExpansionPlan greedy, java.util.function.BiConsumer<Integer, Integer> progress,
      RiskRepair repair) throws InterruptedException {
    return choose(ranked, null, greedy, progress, repair);
  }

  /**
   * @param frontier the search's risk frontier, walked after the finalists (see {@link RiskFrontier}); null for none
   */
  Choice choose(List<ExpansionPlan> ranked, RiskFrontier frontier, ExpansionPlan greedy,
      java.util.function.BiConsumer<Integer, Integer> progress, RiskRepair repair) throws InterruptedException {
    MonteCarloResult g = simulate(openings(greedy), done -> {});
    CashRisk greedyRisk = risk(g);
    List<ExpansionPlan> finalists = new ArrayList<>(ranked.subList(0, Math.min(FINALISTS, ranked.size())));
    if (!finalists.contains(greedy)) {
      finalists.add(greedy);
    }
    List<RiskRepair.Simulated> simulatedFinalists = new ArrayList<>();
    for (int i = 0; i < finalists.size(); i++) {
      ExpansionPlan p = finalists.get(i);
      int k = i + 1;
      MonteCarloResult r = simulate(openings(p), done -> progress.accept(k, done));
      simulatedFinalists.add(new RiskRepair.Simulated(p, r, objective(r), risk(r), ""));
    }
    RiskRepair.Simulated best = bestNoRiskier(simulatedFinalists, greedyRisk, null);
    List<RiskRepair.Simulated> probed = walk(frontier, greedyRisk, progress, finalists.size());
    best = bestNoRiskier(probed, greedyRisk, best);
    // the repair starts from every riskier plan simulated: the finalists and the frontier's points
    List<RiskRepair.Simulated> tried = new ArrayList<>(simulatedFinalists);
    tried.addAll(probed);
    List<RiskRepair.Simulated> riskier = tried.stream()
        .filter(f -> !f.risk().noRiskierThan(greedyRisk)).toList();
    RiskRepair.Outcome outcome = null;
    SurrogateCorrection refit = null;
    if (repair != null && !riskier.isEmpty()) {
      Set<List<Opening>> seen = new HashSet<>(simulated.keySet());
      Surrogate surrogate = greedy.getContext().surrogate();
      Map<Mode, Double> fitted = surrogate.correction();
      try {
        refit = refit(tried, surrogate);
        outcome = repair.repair(riskier, best.objective(), greedyRisk, seen);
      } finally {
        surrogate.correct(fitted);
      }
      best = bestNoRiskier(outcome.simulated(), greedyRisk, best);
    }
    List<Finalist> out = new ArrayList<>();
    for (RiskRepair.Simulated f : simulatedFinalists) {
      out.add(finalist(f, (f.plan() == greedy ? " (greedy)" : ""), greedyRisk, f == best));
    }
    List<Finalist> repaired = new ArrayList<>();
    if (outcome != null) {
      for (RiskRepair.Simulated f : outcome.simulated()) {
        repaired.add(finalist(f, " (" + f.moves() + ")", greedyRisk, f == best));
      }
    }
    List<Finalist> walked = new ArrayList<>();
    for (RiskRepair.Simulated f : probed) {
      walked.add(finalist(f, " (" + f.moves() + ")", greedyRisk, f == best));
    }
    return new Choice(best.plan(), out, repaired, outcome, refit, walked);
  }

  /**
   * The bisection over the risk frontier for its best-scored point no riskier than greedy in full
   * simulation; the points it simulated, in order (a point simulated before, as a finalist, is known
   * and costs nothing). At most {@link #FRONTIER_SIMULATIONS} simulations.
   */
  private List<RiskRepair.Simulated> walk(RiskFrontier frontier, CashRisk greedyRisk,
      java.util.function.BiConsumer<Integer, Integer> progress, int before) throws InterruptedException {
    List<RiskRepair.Simulated> probed = new ArrayList<>();
    if (frontier == null || frontier.points().isEmpty()) {
      return probed;
    }
    List<RiskFrontier.Point> points = frontier.points();
    InterruptedException[] stopped = new InterruptedException[1];
    RiskFrontier.walk(points.size(), FRONTIER_SIMULATIONS, i -> {
      MonteCarloResult r = simulated(openings(points.get(i).plan()));
      return r == null ? -1 : risk(r).noRiskierThan(greedyRisk) ? 1 : 0;
    }, i -> {
      if (stopped[0] != null) {
        return false;
      }
      RiskFrontier.Point p = points.get(i);
      int k = before + probed.size() + 1;
      try {
        MonteCarloResult r = simulate(openings(p.plan()), done -> progress.accept(k, done));
        RiskRepair.Simulated s = new RiskRepair.Simulated(p.plan(), r, objective(r), risk(r),
            "frontier " + (i + 1) + " of " + points.size() + ", " + RiskFrontier.describe(p));
        probed.add(s);
        return s.risk().noRiskierThan(greedyRisk);
      } catch (InterruptedException e) {
        stopped[0] = e;
        return false;
      }
    });
    if (stopped[0] != null) {
      throw stopped[0];
    }
    return probed;
  }

  /**
   * Extends the correction to the modes greedy does not use, fitted on every plan simulated (greedy
   * and the finalists; {@link SurrogateCorrection#extend}), and puts it into the surrogate for the
   * repair's predictions. Fitted on greedy alone, the correction knows nothing of a mode greedy does
   * not use: on the two-cities fixture greedy opens two partner desks, the surrogate values a direct
   * branch several times what it simulates to, and every repair of a finalist that gives up a direct
   * branch was predicted below greedy, so none was simulated (the best plan no riskier than greedy
   * was one such move away). The caller restores the search's correction afterwards: the plan's
   * pages check the greedy-fitted correction out of sample.
   */
  private static SurrogateCorrection refit(List<RiskRepair.Simulated> plans, Surrogate surrogate) {
    Map<Mode, Double> fixed = surrogate.correction();
    surrogate.correct(Map.of());
    List<SurrogateCorrection.Observation> observations = new ArrayList<>();
    for (RiskRepair.Simulated p : plans) {
      observations.add(new SurrogateCorrection.Observation(SurrogateCorrection.contributions(p.plan()),
          SurrogateCorrection.meanNpv(p.plan()), mean(p.result().npvByReplication())));
    }
    SurrogateCorrection correction = SurrogateCorrection.extend(fixed, observations);
    surrogate.correct(correction.factors());
    return correction;
  }

  private Finalist finalist(RiskRepair.Simulated f, String label, CashRisk greedyRisk, boolean chosen) {
    return new Finalist(PlanOpenings.openings(f.plan().getCells()).size() + " openings" + label,
        mean(f.result().npvByReplication()), f.objective(), probCashBelowZero(f.result()),
        f.risk().describe(greedyRisk), f.risk().noRiskierThan(greedyRisk), chosen);
  }

  /** The best objective among the plans no riskier than greedy (the strict rule), or {@code best} if none beats it. */
  static RiskRepair.Simulated bestNoRiskier(List<RiskRepair.Simulated> plans, CashRisk greedy,
      RiskRepair.Simulated best) {
    for (RiskRepair.Simulated p : plans) {
      if (p.risk().noRiskierThan(greedy) && (best == null || p.objective() > best.objective())) {
        best = p;
      }
    }
    return best;
  }

  /** The plan's openings, as the simulator takes them. */
  List<Opening> openings(ExpansionPlan plan) {
    return PlanOpenings.toScenario(scenario, plan.getCells());
  }

  /** The scenario's objective on the result's NPVs (see {@link #objective(double[], ExpansionRules)}). */
  double objective(MonteCarloResult r) {
    return objective(r.npvByReplication(), rules);
  }

  /** The reserve at the expected initial capital, yuan. */
  double reserve() {
    return scenario.capital().reserveAmount();
  }

  /** The result's replications below zero and below the reserve. */
  CashRisk risk(MonteCarloResult r) {
    return CashRisk.of(r, scenario.capital().reserveAmount());
  }

  /** The scenario's objective on simulated NPVs: the mean less the risk weight times the CVaR shortfall. */
  static double objective(double[] npv, ExpansionRules rules) {
    double mean = mean(npv);
    if (!rules.cvar()) {
      return mean;
    }
    return mean - rules.riskWeight() * Math.max(0.0, mean - ChainProjection.tailMean(npv, rules.cvarAlpha()));
  }

  static double probCashBelowZero(MonteCarloResult r) {
    return r.chain().get("cash_below_zero").mean();
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }
}
