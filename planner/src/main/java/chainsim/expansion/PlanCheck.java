package chainsim.expansion;

import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Checks a plan with the full simulator: the scenario with the plan's openings, run with the
 * scenario's seed and replications 0..n-1. Every plan checked this way sees the same futures
 * (same parameter draws and random streams per replication), so their differences are the
 * plans', not the dice's.
 */
public final class PlanCheck {
  private PlanCheck() {}

  public static MonteCarloResult simulate(Scenario scenario, List<Opening> openings, int replications, int threads,
      IntConsumer progress) throws InterruptedException {
    return simulate(scenario, openings, replications, threads, progress, Simulation::new);
  }

  /**
   * @param simulations prepares the scenario with the plan's openings for simulation: from month
   *     1, or restarted from an as-of state when rebalancing
   */
  public static MonteCarloResult simulate(Scenario scenario, List<Opening> openings, int replications, int threads,
      IntConsumer progress, Function<Scenario, Simulation> simulations) throws InterruptedException {
    Simulation simulation = simulations.apply(scenario.withExpansion(openings).withRun(scenario.seed(), replications));
    return MonteCarlo.run(simulation, replications, threads, EngineKind.SEQUENTIAL, progress);
  }
}
