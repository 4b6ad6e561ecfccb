package chainsim.cli;

import chainsim.cluster.BatchPlan;
import chainsim.cluster.BatchedRun;
import chainsim.cluster.Endpoint;
import chainsim.engine.Simulation;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim bench cluster}: the same replications on one process, then on 1, 2, 4 worker
 * processes of this machine that the bench starts and stops itself, with wall time, throughput
 * against the single process and efficiency per thread in one table.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Time a scenario's replications on one process (--threads threads), then on a cluster of N worker processes"
          + " of this machine (--workers, each --worker-threads threads) started and stopped by the bench, and print"
          + " one table: wall time, replications/s, throughput against the single process and efficiency per"
          + " thread. Each configuration first runs --warmup replications untimed (the JIT). Run it on a quiet"
          + " machine: the numbers are only as good as the machine is idle."
    })
final class BenchClusterCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "scenarios/national.yaml",
      description = "Scenario (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "40",
      description = "Replications timed per configuration (default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "4",
      description = "Replications run first, untimed, in every configuration (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--workers", paramLabel = "N,N,...", split = ",", defaultValue = "1,2,4",
      description = "Cluster sizes to time, in worker processes (default: ${DEFAULT-VALUE}).")
  List<Integer> workers;

  @Option(names = "--worker-threads", paramLabel = "T", defaultValue = "1",
      description = "Threads of each worker process (default: ${DEFAULT-VALUE}).")
  int workerThreads;

  @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "1g",
      description = "Java heap of each worker process, as -Xmx takes it (default: ${DEFAULT-VALUE}).")
  String workerHeap;

  @Option(names = "--batch-size", paramLabel = "B", defaultValue = "2",
      description = "Replications per batch handed to a worker (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @CommandLine.Mixin ThreadsOption threads;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as Markdown to this file.")
  Path out;

  /** One timed configuration. */
  record Measurement(String setup, int processes, int threadsEach, int replications, double seconds) {
    double perSecond() {
      return replications / seconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(file);
    if (replications < 1 || warmup < 0 || batchSize < 1 || workerThreads < 1 || workerThreads > ThreadsOption.MAX) {
      throw new BadInputException("--replications and --batch-size must be at least 1, --warmup at least 0 and"
          + " --worker-threads between 1 and " + ThreadsOption.MAX);
    }
    for (int n : workers) {
      if (n < 1 || n > 64) {
        throw new BadInputException("--workers must list sizes between 1 and 64, not " + n);
      }
    }
    if (!workerHeap.matches("[1-9][0-9]*[kmgKMG]")) {
      throw new BadInputException("--worker-heap must be a size such as 512m or 2g, not '" + workerHeap + "'");
    }
    int cores = threads.workers();
    PrintWriter err = spec.commandLine().getErr();
    Scenario scenario = loaded.scenario();
    List<Measurement> runs = new ArrayList<>();
    // one process, as 'chainsim run' does it
    Simulation warm = new Simulation(scenario.withRun(scenario.seed(), Math.max(1, warmup)));
    if (warmup > 0) {
      MonteCarlo.run(warm, warmup, cores, EngineKind.ACTOR, done -> {});
    }
    Simulation timed = new Simulation(scenario.withRun(scenario.seed(), replications));
    long start = System.nanoTime();
    MonteCarlo.run(timed, replications, cores, EngineKind.ACTOR, done -> {});
    runs.add(new Measurement("one process", 1, cores, replications, (System.nanoTime() - start) / 1e9));
    report(err, runs.get(0));
    Path logs = Files.createTempDirectory("chainsim-bench-cluster");
    try {
      for (int n : workers) {
        runs.add(onCluster(scenario, n, logs, err));
        report(err, runs.get(runs.size() - 1));
      }
    } finally {
      deleteQuietly(logs);
    }
    String table = table(loaded, runs);
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(table);
    printer.flush();
    if (out != null) {
      Files.writeString(out, table);
    }
    return ChainsimCommand.EXIT_OK;
  }

  private static void report(PrintWriter err, Measurement m) {
    err.println(String.format(Locale.ROOT, "bench: %s: %d replications in %.2f s", m.setup(), m.replications(),
        m.seconds()));
    err.flush();
  }

  /** Starts {@code n} workers, times a warm-up and then the replications on them, and stops them. */
  private Measurement onCluster(Scenario scenario, int n, Path logs, PrintWriter err) throws Exception {
    List<Process> started = new ArrayList<>();
    try {
      Endpoint seed = new Endpoint("127.0.0.1", freePort());
      for (int w = 0; w < n; w++) {
        Endpoint bind = w == 0 ? seed : new Endpoint("127.0.0.1", freePort());
        Path log = logs.resolve("worker-" + n + "-" + w + ".err");
        started.add(worker(bind, seed, log));
        // one at a time: the first forms the cluster, the others join it
        waitUntilUp(started.get(w), log);
      }
      err.println("bench: " + n + " worker process(es) of " + workerThreads + " thread(s) up");
      err.flush();
      if (warmup > 0) {
        timeOnCluster(scenario, warmup, seed);
      }
      double seconds = timeOnCluster(scenario, replications, seed);
      return new Measurement(n + " worker process" + (n == 1 ? "" : "es"), n, workerThreads, replications, seconds);
    } finally {
      for (Process p : started) {
        p.destroy();
      }
      for (Process p : started) {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  /**
   * Seconds from the coordinator's start to the last replication in: the join counts (every cluster
   * run pays it), the coordinator's leaving after the last result does not.
   */
  private double timeOnCluster(Scenario scenario, int reps, Endpoint seed) throws InterruptedException {
    Scenario asRun = scenario.withRun(scenario.seed(), reps);
    Simulation simulation = new Simulation(asRun);
    AtomicLong last = new AtomicLong();
    long start = System.nanoTime();
    BatchedRun.run(simulation, new BatchPlan(reps, batchSize), null,
        BatchedRun.cluster(new Endpoint("127.0.0.1", 0), seed, ScenarioWriter.write(asRun), EngineKind.ACTOR),
        done -> {
          if (done == reps) {
            last.set(System.nanoTime());
          }
        });
    return (last.get() - start) / 1e9;
  }

  private Process worker(Endpoint bind, Endpoint seed, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + workerHeap,
        "-cp", System.getProperty("java.class.path"), ChainsimCommand.class.getName(),
        "-v", "worker", "--bind", bind.toString(), "--join", seed.toString(),
        "--threads", Integer.toString(workerThreads)));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile()).start();
  }

  private static void waitUntilUp(Process worker, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("up in the cluster")) {
        return;
      }
      if (!worker.isAlive()) {
        throw new IllegalStateException("a worker process stopped before it was up: "
            + Files.readString(log, StandardCharsets.UTF_8).strip());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("a worker process was not up in the cluster within 120 s (see " + log + ")");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory of logs: the system cleans it up otherwise
    }
  }

  /**
   * The table: per configuration the wall time, replications a second, throughput against the
   * single process, and efficiency = that ratio divided by the ratio of threads used.
   */
  static String table(LoadedScenario loaded, List<Measurement> runs) {
    StringBuilder t = new StringBuilder();
    Measurement base = runs.get(0);
    t.append(String.format(Locale.ROOT, "Scenario %s; %d cores available; single process on %d thread(s)%n%n",
        loaded.scenario().name(), Runtime.getRuntime().availableProcessors(), base.threadsEach()));
    t.append("| setup | processes | threads each | replications | seconds | replications/s | vs one process"
        + " | efficiency |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement m : runs) {
      double ratio = m.perSecond() / base.perSecond();
      double threadRatio = (double) (m.processes() * m.threadsEach()) / base.threadsEach();
      t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2fx | %.0f%% |%n", m.setup(),
          m.processes(), m.threadsEach(), m.replications(), m.seconds(), m.perSecond(), ratio,
          100 * ratio / threadRatio));
    }
    t.append(String.format(Locale.ROOT, "%nCluster seconds run from the coordinator's start (joining included) to the"
        + " last replication in; each configuration ran %s first, untimed. Efficiency = throughput against one"
        + " process / threads against one process's.%n", "its warm-up"));
    return t.toString();
  }
}
