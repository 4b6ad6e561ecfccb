package chainsim.cli;

import chainsim.cluster.BatchPlan;
import chainsim.cluster.BatchedRun;
import chainsim.cluster.CoordinatorSession;
import chainsim.cluster.Endpoint;
import chainsim.cluster.Tls;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
          + " thread; then a second one that does not depend on the machine's load: CPU seconds a replication of the"
          + " coordinator and of the workers, GC seconds, the workers' busy share and idle time between batches, and"
          + " the bytes of a result on the wire. Each configuration first runs --warmup replications untimed (the"
          + " JIT; on a cluster at least two batches a worker, on a coordinator that then runs the timed run too)."
          + " With --tls-keystore/--tls-truststore or --tls-pem, the workers and the coordinator talk TLS. Run it on"
          + " a quiet machine: the wall times are only as good as the machine is idle."
    })
final class BenchClusterCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "scenarios/national.yaml",
      description = "Scenario (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "160",
      description = "Replications timed per configuration (default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "400",
      description = "Replications run first, untimed, in every configuration (default: ${DEFAULT-VALUE}: a fresh"
          + " worker JVM keeps compiling national for a few hundred replications, and a long-lived worker has"
          + " done so long before).")
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

  @Option(names = "--batch-size", paramLabel = "B", defaultValue = "10",
      description = "Replications per batch handed to a worker (default: ${DEFAULT-VALUE}, as chainsim run's).")
  int batchSize;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin TlsOptions tls;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as Markdown to this file.")
  Path out;

  /**
   * One timed configuration, and what it cost in CPU (figures that do not depend on how busy the
   * machine is): seconds of CPU of the coordinator (the process that aggregates: the bench's own)
   * and of the workers, their GC seconds, the workers' share of the wall time spent inside batches
   * and their idle time between batches, and the bytes a replication's result took on the wire.
   */
  record Measurement(String setup, int processes, int threadsEach, int replications, double seconds,
      double coordinatorCpu, double workersCpu, double coordinatorGc, double workersGc, double workersJit,
      double busyShare, double idleMsPerBatch, double bytesPerReplication) {
    double perSecond() {
      return replications / seconds;
    }
  }

  /** CPU and GC seconds of this process so far. */
  private static double[] ownCpuAndGc() {
    double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    long gc = 0;
    for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, bean.getCollectionTime());
    }
    return new double[] {cpu, gc / 1e3};
  }

  /** CPU seconds of the worker processes so far. */
  private static double cpuOf(List<Process> processes) {
    double total = 0;
    for (Process p : processes) {
      total += p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }
    return total;
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
    Tls transport = tls.tls(); // a missing file or password is the user's to fix before anything runs
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
    double[] before = ownCpuAndGc();
    long start = System.nanoTime();
    MonteCarlo.run(timed, replications, cores, EngineKind.ACTOR, done -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] after = ownCpuAndGc();
    runs.add(new Measurement("one process", 1, cores, replications, seconds, after[0] - before[0], 0,
        after[1] - before[1], 0, 0, Double.NaN, Double.NaN, 0));
    report(err, runs.get(0));
    Path logs = Files.createTempDirectory("chainsim-bench-cluster");
    try {
      for (int n : workers) {
        runs.add(onCluster(scenario, n, logs, err, transport));
        report(err, runs.get(runs.size() - 1));
      }
    } finally {
      deleteQuietly(logs);
    }
    String table = table(loaded, runs, transport);
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

  /**
   * Starts {@code n} workers, then one coordinator that joins once and runs the warm-up (at least
   * two batches a worker, of the timed run's own scenario text, so the workers' JIT and their
   * simulation cache are warm) and then the timed replications; stops them all.
   */
  private Measurement onCluster(Scenario scenario, int n, Path logs, PrintWriter err, Tls transport)
      throws Exception {
    List<Process> started = new ArrayList<>();
    List<Path> workerLogs = new ArrayList<>();
    try {
      Endpoint seed = new Endpoint("127.0.0.1", freePort());
      for (int w = 0; w < n; w++) {
        Endpoint bind = w == 0 ? seed : new Endpoint("127.0.0.1", freePort());
        Path log = logs.resolve("worker-" + n + "-" + w + ".err");
        workerLogs.add(log);
        started.add(worker(bind, seed, log));
        // one at a time: the first forms the cluster, the others join it
        waitUntilUp(started.get(w), log);
      }
      err.println("bench: " + n + " worker process(es) of " + workerThreads + " thread(s) up");
      err.flush();
      Scenario asRun = scenario.withRun(scenario.seed(), replications);
      Simulation simulation = new Simulation(asRun);
      String yaml = ScenarioWriter.write(asRun);
      long joining = System.nanoTime();
      try (CoordinatorSession session = CoordinatorSession.join(new Endpoint("127.0.0.1", 0), seed, transport)) {
        double joinSeconds = (System.nanoTime() - joining) / 1e9;
        err.println(String.format(Locale.ROOT, "bench: coordinator joined in %.2f s", joinSeconds));
        err.flush();
        if (warmup > 0) {
          time(session, simulation, yaml, Math.min(replications, Math.max(warmup, 2 * n * batchSize)));
        }
        double[] before = ownCpuAndGc();
        double workersBefore = cpuOf(started);
        CoordinatorSession.Received receivedBefore = session.received();
        double seconds = time(session, simulation, yaml, replications);
        double[] after = ownCpuAndGc();
        double workersAfter = cpuOf(started);
        CoordinatorSession.Received received = session.received();
        long count = received.replications() - receivedBefore.replications();
        Batches batches = Batches.read(workerLogs, session.lastRun());
        return new Measurement(n + " worker process" + (n == 1 ? "" : "es"), n, workerThreads, replications, seconds,
            after[0] - before[0], workersAfter - workersBefore, after[1] - before[1], batches.gcSeconds(),
            batches.jitSeconds(), batches.busySeconds() / (n * seconds), batches.idleMsPerBatch(),
            count == 0 ? Double.NaN : (double) (received.bytes() - receivedBefore.bytes()) / count);
      }
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

  /** Seconds from the run's start on the joined coordinator to the last replication in. */
  private double time(CoordinatorSession session, Simulation simulation, String yaml, int reps)
      throws InterruptedException {
    AtomicLong last = new AtomicLong();
    long start = System.nanoTime();
    BatchedRun.run(simulation, new BatchPlan(reps, batchSize), null, session.executor(yaml, EngineKind.ACTOR),
        done -> {
          if (done == reps) {
            last.set(System.nanoTime());
          }
        });
    return (last.get() - start) / 1e9;
  }

  /**
   * What the workers logged of one run's batches ({@code WorkerNode}: "run R batch B done: N
   * replications in X ms, Y ms idle before it, gc Z ms, jit J ms"): time inside batches, idle time
   * between them, GC and JIT compilation time, summed over the workers.
   */
  record Batches(int count, double busySeconds, double idleSeconds, double gcSeconds, double jitSeconds) {
    private static final Pattern LINE = Pattern.compile("run (\\S+) batch \\d+ done: \\d+ replications in (\\d+) ms,"
        + " (\\d+) ms idle before it, gc (\\d+) ms, jit (\\d+) ms");

    static Batches read(List<Path> logs, String run) throws IOException {
      int count = 0;
      long busy = 0;
      long idle = 0;
      long gc = 0;
      long jit = 0;
      for (Path log : logs) {
        Matcher m = LINE.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
          if (m.group(1).equals(run)) {
            count++;
            busy += Long.parseLong(m.group(2));
            idle += Long.parseLong(m.group(3));
            gc += Long.parseLong(m.group(4));
            jit += Long.parseLong(m.group(5));
          }
        }
      }
      return new Batches(count, busy / 1e3, idle / 1e3, gc / 1e3, jit / 1e3);
    }

    double idleMsPerBatch() {
      return count == 0 ? Double.NaN : idleSeconds * 1e3 / count;
    }
  }

  private Process worker(Endpoint bind, Endpoint seed, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + workerHeap,
        "-cp", System.getProperty("java.class.path"), ChainsimCommand.class.getName(),
        "-v", "worker", "--bind", bind.toString(), "--join", seed.toString(),
        "--threads", Integer.toString(workerThreads)));
    // the same TLS as the coordinator's (keystore passwords reach the workers through the environment)
    if (tls.pem != null) {
      command.addAll(List.of("--tls-pem", tls.pem.toAbsolutePath().toString()));
    } else if (tls.keyStore != null) {
      command.addAll(List.of("--tls-keystore", tls.keyStore.toAbsolutePath().toString(), "--tls-truststore",
          tls.trustStore.toAbsolutePath().toString()));
    }
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
   * single process, and efficiency = that ratio divided by the ratio of threads used; then the
   * diagnostics, which do not depend on the machine's load: CPU seconds a replication (coordinator,
   * workers, all), GC seconds, the workers' busy share and idle time per batch, bytes a replication.
   */
  static String table(LoadedScenario loaded, List<Measurement> runs, Tls transport) {
    StringBuilder t = new StringBuilder();
    Measurement base = runs.get(0);
    t.append(String.format(Locale.ROOT, "Scenario %s; %d cores available; single process on %d thread(s); cluster over"
        + " %s%n%n", loaded.scenario().name(), Runtime.getRuntime().availableProcessors(), base.threadsEach(),
        transport));
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
    t.append(String.format(Locale.ROOT, "%nCluster seconds run from the timed run's start on a coordinator already in"
        + " the cluster to the last replication in; each configuration ran %s first, untimed, on the same processes."
        + " Efficiency = throughput against one process / threads against one process's.%n%n", "its warm-up"));
    t.append("| setup | CPU s/replication: coordinator | workers | all | GC s: coordinator | workers"
        + " | JIT s: workers | workers busy | idle ms/batch | KB/replication |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement m : runs) {
      boolean cluster = m != base;
      t.append(String.format(Locale.ROOT, "| %s | %.3f | %s | %.3f | %.2f | %s | %s | %s | %s | %s |%n", m.setup(),
          m.coordinatorCpu() / m.replications(),
          cluster ? String.format(Locale.ROOT, "%.3f", m.workersCpu() / m.replications()) : "-",
          (m.coordinatorCpu() + m.workersCpu()) / m.replications(), m.coordinatorGc(),
          cluster ? String.format(Locale.ROOT, "%.2f", m.workersGc()) : "-",
          cluster ? String.format(Locale.ROOT, "%.2f", m.workersJit()) : "-",
          cluster ? String.format(Locale.ROOT, "%.0f%%", 100 * m.busyShare()) : "-",
          cluster ? String.format(Locale.ROOT, "%.0f", m.idleMsPerBatch()) : "-",
          cluster ? String.format(Locale.ROOT, "%.0f", m.bytesPerReplication() / 1e3) : "-"));
    }
    t.append(String.format(Locale.ROOT, "%nCPU seconds (user + system) of each process over the timed run, per"
        + " replication: the one process, or the coordinator (this process: receiving, decoding, aggregating) and the"
        + " worker processes; they do not depend on how busy the machine is, the wall times above do. Workers busy ="
        + " time inside batches / (workers x wall time); idle = a worker's wait between its batches of the run"
        + " (the acknowledgement's round trip and the wait for work). JIT = the workers' compilers' time in the"
        + " timed run (a fresh JVM compiles the model for many CPU seconds: warm up longer with --warmup if it is"
        + " large). KB = a result's frame on the wire.%n"));
    return t.toString();
  }
}
