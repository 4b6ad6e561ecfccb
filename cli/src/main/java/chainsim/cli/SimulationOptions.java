package chainsim.cli;

import chainsim.cluster.BatchPlan;
import chainsim.cluster.BatchedRun;
import chainsim.cluster.Checkpoints;
import chainsim.cluster.Endpoint;
import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import picocli.CommandLine.Option;

/**
 * How a scenario's replications are simulated (a picocli mixin of {@code run} and {@code sweep}):
 * how many, the seed, the engine, and where: on this machine at once, in checkpointed batches
 * ({@code --resume}), or on a cluster's workers ({@code --cluster}). Every way gives the same bytes.
 */
final class SimulationOptions {
  static final int DEFAULT_BATCH = 10;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of every random stream (default: the scenario's).")
  Long seed;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "actor",
      description = "actor (Pekko, default) or sequential (a plain loop over the same model).")
  String engine;

  @Option(names = "--cluster", paramLabel = "SEED_HOST:SEED_PORT", converter = WorkerCommand.EndpointConverter.class,
      description = "Run the replications on the workers of the cluster this seed node belongs to ('chainsim worker');"
          + " the run directory has the same bytes as on this machine.")
  Endpoint cluster;

  @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
      converter = WorkerCommand.EndpointConverter.class,
      description = "With --cluster: the address this process listens on while it coordinates the run"
          + " (default: ${DEFAULT-VALUE}, loopback and any free port; workers on other machines need one they reach).")
  Endpoint bind;

  @Option(names = "--batch-size", paramLabel = "B",
      description = "Replications per batch: what a worker takes at a time and what a checkpoint holds (default: "
          + DEFAULT_BATCH + ").")
  Integer batchSize;

  @Option(names = "--resume", description = "Keep finished batches on disk (beside the run directory) and reuse the"
      + " ones an earlier, interrupted attempt of the same run kept: only the rest is computed. Always on with"
      + " --cluster.")
  boolean resume;

  /** The replications to run: {@code --replications} or the scenario's, checked. */
  int replications(Scenario scenario) {
    int reps = replications != null ? replications : scenario.replications();
    if (reps < 1 || reps > 1_000_000) {
      throw new BadInputException("--replications must be between 1 and 1000000, not " + reps);
    }
    return reps;
  }

  long seed(Scenario scenario) {
    return seed != null ? seed : scenario.seed();
  }

  int batchSize() {
    int batch = batchSize != null ? batchSize : DEFAULT_BATCH;
    if (batch < 1 || batch > 1_000_000) {
      throw new BadInputException("--batch-size must be between 1 and 1000000, not " + batch);
    }
    return batch;
  }

  EngineKind engine() {
    for (EngineKind k : EngineKind.values()) {
      if (k.key().equals(engine)) {
        return k;
      }
    }
    throw new BadInputException("--engine must be actor or sequential, not '" + engine + "'");
  }

  /** True when the run goes in checkpointed batches (on a cluster, or resumable). */
  boolean batched() {
    return cluster != null || resume;
  }

  /** A simulated run, the checkpoints it kept (null when none) and the "Resumed: ..." line (empty when none). */
  record Simulated(MonteCarloResult result, Checkpoints checkpoints, String reused) {}

  /**
   * Simulates {@code asRun} (its seed and replications as run) on {@code threads} threads, or on the
   * cluster; checkpoints, when kept, go beside {@code runDirectory}.
   */
  Simulated simulate(Simulation simulation, Scenario asRun, int threads, Path runDirectory, IntConsumer progress)
      throws InterruptedException {
    EngineKind kind = engine();
    int reps = asRun.replications();
    if (!batched()) {
      return new Simulated(MonteCarlo.run(simulation, reps, threads, kind, progress), null, "");
    }
    int batch = batchSize();
    BatchPlan plan = new BatchPlan(reps, batch);
    String yaml = ScenarioWriter.write(asRun);
    Checkpoints checkpoints = Checkpoints.beside(runDirectory, yaml, plan, asRun.seed());
    BatchedRun.Executor executor = cluster == null ? BatchedRun.local(threads, kind)
        : BatchedRun.cluster(bind, cluster, yaml, kind);
    BatchedRun.Outcome outcome = BatchedRun.run(simulation, plan, checkpoints, executor, progress);
    String reused = outcome.batchesReused() == 0 ? "" : "Resumed: " + outcome.batchesReused() + " of "
        + plan.batches() + " batches of " + batch + " reused from " + checkpoints.directory();
    return new Simulated(outcome.result(), checkpoints, reused);
  }
}
