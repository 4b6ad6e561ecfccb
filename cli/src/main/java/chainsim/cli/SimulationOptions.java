package chainsim.cli;

import chainsim.cluster.BatchPlan;
import chainsim.cluster.Bootstrap;
import chainsim.cluster.BatchedRun;
import chainsim.cluster.Checkpoints;
import chainsim.cluster.Endpoint;
import chainsim.cluster.Tls;
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
 * ({@code --resume}), or on a cluster's workers ({@code --cluster} with a seed, or
 * {@code --cluster-bootstrap}; over TLS with {@code --tls-*}). Every way gives the same bytes.
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

  @Option(names = "--cluster-bootstrap", paramLabel = "METHOD",
      description = "Instead of --cluster: find the workers' cluster as they find each other, with Pekko Management's"
          + " cluster bootstrap through kubernetes-api (the pods labelled app=--service) or config (the --contact"
          + " endpoints); no seed address needed. The run only joins a cluster, never forms one.")
  String clusterBootstrap;

  @picocli.CommandLine.Mixin BootstrapOptions where;

  @picocli.CommandLine.Mixin TlsOptions tls;

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
    return onCluster() || resume;
  }

  /** True when the run goes to a cluster's workers. */
  private boolean onCluster() {
    return cluster != null || clusterBootstrap != null;
  }

  /**
   * How this run reaches the cluster's workers (null when it runs here): through the seed, or
   * through a bootstrap; over TLS or not. Every option is checked first: a wrong combination, a
   * missing file or a wrong password is the user's to fix.
   */
  private BatchedRun.Executor clusterExecutor(String yaml, EngineKind kind) {
    if (cluster != null && clusterBootstrap != null) {
      throw new BadInputException("give either --cluster SEED_HOST:SEED_PORT or --cluster-bootstrap, not both");
    }
    if (!onCluster()) {
      if (tls.given()) {
        throw new BadInputException("--tls-keystore, --tls-truststore and --tls-pem are for a run on a cluster"
            + " (--cluster or --cluster-bootstrap)");
      }
      if (where.management != null || !where.contacts.isEmpty()) {
        throw new BadInputException("--management and --contact are for --cluster-bootstrap");
      }
      return null;
    }
    Tls transport = tls.tls();
    if (cluster != null) {
      if (where.management != null || !where.contacts.isEmpty()) {
        throw new BadInputException("--management and --contact are for --cluster-bootstrap, not --cluster");
      }
      return BatchedRun.cluster(bind, cluster, transport, yaml, kind);
    }
    Bootstrap.Method method;
    try {
      method = Bootstrap.Method.of(clusterBootstrap);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--cluster-bootstrap expects kubernetes-api or config, not '" + clusterBootstrap + "'");
    }
    if (method == Bootstrap.Method.CONFIG && where.contacts.isEmpty()) {
      throw new BadInputException("--cluster-bootstrap config needs the workers' management endpoints: --contact"
          + " HOST:PORT, once for each");
    }
    if (method == Bootstrap.Method.KUBERNETES_API && !where.contacts.isEmpty()) {
      throw new BadInputException("--contact is for --cluster-bootstrap config; Kubernetes finds the pods itself");
    }
    Endpoint management = where.management != null ? where.management : new Endpoint(bind.host(), freePort());
    try {
      return BatchedRun.cluster(bind, new Bootstrap(method, where.service, management, 1, where.contacts), transport,
          yaml, kind);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /** A port free on this machine now, for a coordinator's management endpoint that nobody else needs to find. */
  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot find a free port for Pekko Management", e);
    }
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
    String yaml = ScenarioWriter.write(asRun);
    BatchedRun.Executor onCluster = clusterExecutor(yaml, kind);
    if (!batched()) {
      return new Simulated(MonteCarlo.run(simulation, reps, threads, kind, progress), null, "");
    }
    int batch = batchSize();
    BatchPlan plan = new BatchPlan(reps, batch);
    Checkpoints checkpoints = Checkpoints.beside(runDirectory, yaml, plan, asRun.seed());
    BatchedRun.Executor executor = onCluster == null ? BatchedRun.local(threads, kind) : onCluster;
    BatchedRun.Outcome outcome = BatchedRun.run(simulation, plan, checkpoints, executor, progress);
    String reused = outcome.batchesReused() == 0 ? "" : "Resumed: " + outcome.batchesReused() + " of "
        + plan.batches() + " batches of " + batch + " reused from " + checkpoints.directory();
    return new Simulated(outcome.result(), checkpoints, reused);
  }
}
