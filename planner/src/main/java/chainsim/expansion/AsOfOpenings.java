package chainsim.expansion;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.surrogate.RestartBaseline;
import chainsim.expansion.surrogate.RestartedOpening;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A re-plan's free openings learnt where they would open: each free opening a plan uses is
 * simulated with the decided openings, restarted from the as-of state, on the surrogate's
 * replications (the {@link RestartBaseline}'s seeds), and the surrogate values it by what it adds
 * to that baseline ({@link RestartedOpening}) instead of by its stand-alone run from month 1 of
 * the scenario. The plans learnt from are the greedy baseline and each search round's best, as the
 * stand-alone estimates are learnt ({@code SurrogateRefiner}); every simulation is deterministic
 * (the scenario's seed, replications 0..n-1, the opening's id in the plan file).
 */
final class AsOfOpenings {
  private final Scenario scenario;
  private final Surrogate surrogate;
  private final List<Opening> decided;
  private final RestartBaseline baseline;
  private final Function<Scenario, Simulation> simulations;
  private final int threads;

  /**
   * @param decided the baseline's openings, in the scenario's order (the decided openings of the re-plan)
   * @param baseline the decided openings simulated on the surrogate's replications, as simulated (not
   *     shifted to the validation replications' mean): what each free opening's run is taken from
   * @param simulations prepares a scenario restarted from the as-of state
   */
  AsOfOpenings(Scenario scenario, Surrogate surrogate, List<Opening> decided, RestartBaseline baseline,
      Function<Scenario, Simulation> simulations, int threads) {
    this.scenario = scenario;
    this.surrogate = surrogate;
    this.decided = List.copyOf(decided);
    this.baseline = baseline;
    this.simulations = simulations;
    this.threads = threads;
  }

  /** The free openings of these plans that have no restarted run yet, each once, with the opening the simulator takes. */
  Map<Surrogate.AsOfKey, Opening> unknown(List<ExpansionPlan> plans) {
    Map<Surrogate.AsOfKey, Opening> out = new LinkedHashMap<>();
    for (ExpansionPlan plan : plans) {
      for (PlanOpenings.Decided d : PlanOpenings.decidedByPlan(scenario, plan.getCells())) {
        var p = d.planned();
        Surrogate.AsOfKey key = new Surrogate.AsOfKey(p.region(), p.mode(), p.mask(), p.quarter());
        if (p.mask() != 0 && surrogate.runs(p.region(), p.mode()) != null && !surrogate.restartedKnown(key)) {
          out.putIfAbsent(key, d.opening());
        }
      }
    }
    return out;
  }

  /** Simulates and learns the free openings of these plans not yet learnt; returns how many. */
  int learn(List<ExpansionPlan> plans, IntConsumer progress) throws InterruptedException {
    Map<Surrogate.AsOfKey, Opening> todo = unknown(plans);
    int done = 0;
    for (Map.Entry<Surrogate.AsOfKey, Opening> e : todo.entrySet()) {
      List<Opening> openings = new ArrayList<>(decided);
      openings.add(e.getValue());
      Simulation simulation = simulations.apply(
          scenario.withExpansion(openings).withRun(scenario.seed(), surrogate.replications()));
      surrogate.learnRestarted(e.getKey(),
          RestartedOpening.simulate(simulation, baseline, surrogate.valuation(), threads));
      progress.accept(++done);
    }
    return done;
  }
}
