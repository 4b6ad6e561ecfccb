package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.cluster.Endpoint;
import chainsim.cluster.WorkerNode;
import chainsim.testing.FileTrees;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chainsim run --cluster} and {@code --resume} with real actor systems and real JVMs on
 * loopback: the run directory is the single machine's, byte for byte (all but the command line in
 * the manifest), with one worker or two, any batch size, a worker killed with {@code kill -9}
 * half way, and a coordinator killed half way and its run resumed on one machine.
 */
@Tag("slow")
class ClusterRunCommandTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";

  /** What a worker logs (with -v) when it starts a batch. */
  private static final Pattern BATCH = Pattern.compile("batch (\\d+): replications");

  @TempDir Path temp;

  private Path run(String name, int replications, String... extra) {
    Path dir = temp.resolve(name);
    String[] args = Stream.concat(Stream.of("run", BASELINE, "--replications", String.valueOf(replications), "--out",
        dir.toString(),
        "--no-report"), Stream.of(extra)).toArray(String[]::new);
    CliRun o = CliRun.of(args);
    assertThat(o.exit()).as(o.err()).isZero();
    return dir;
  }

  /**
   * The run directory's files (all text with --no-report), byte for byte as UTF-8, the manifest
   * without its command line (the one thing that differs).
   */
  static Map<String, String> outputs(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    FileTrees.bytes(dir).forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));
    files.put("manifest.json", files.get("manifest.json").replaceAll("\"command_line\" : \\[[^]]*]", ""));
    return files;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void badAddressesAndBatchSizesAreTheUsersToFix() {
    CliRun noPort = CliRun.of("run", BASELINE, "--cluster", "127.0.0.1", "--out", temp.resolve("x").toString());
    assertThat(noPort.exit()).isEqualTo(2);
    assertThat(noPort.err()).startsWith("Invalid value for option '--cluster': expected HOST:PORT, not '127.0.0.1'");
    CliRun anyPort = CliRun.of("worker", "--bind", "127.0.0.1:0", "--join", "127.0.0.1:2552");
    assertThat(anyPort.exit()).isEqualTo(2);
    assertThat(anyPort.err()).isEqualTo("chainsim: --bind needs a port other workers and runs can reach, not 0\n");
    CliRun neither = CliRun.of("worker", "--bind", "127.0.0.1:2552");
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err())
        .isEqualTo("chainsim: give either --join SEED_HOST:SEED_PORT or --bootstrap kubernetes-api|config\n");
    CliRun dns = CliRun.of("worker", "--bind", "127.0.0.1:2552", "--bootstrap", "dns");
    assertThat(dns.exit()).isEqualTo(2);
    assertThat(dns.err()).isEqualTo("chainsim: --bootstrap expects kubernetes-api or config, not 'dns'\n");
    CliRun alone = CliRun.of("worker", "--bind", "127.0.0.1:2552", "--bootstrap", "config", "--contact",
        "127.0.0.1:8558");
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).isEqualTo(
        "chainsim: --bootstrap config needs at least --contact-points (2) --contact endpoints, not 1\n");
    CliRun batch = CliRun.of("run", BASELINE, "--resume", "--batch-size", "0", "--out", temp.resolve("x").toString());
    assertThat(batch.exit()).isEqualTo(2);
    assertThat(batch.err()).isEqualTo("chainsim: --batch-size must be between 1 and 1000000, not 0\n");
    CliRun restart = CliRun.of("run", BASELINE, "--resume", "--restart-from", temp.toString(), "--as-of", "2027-06",
        "--out", temp.resolve("x").toString());
    assertThat(restart.exit()).isEqualTo(2);
    assertThat(restart.err()).isEqualTo("chainsim: --restart-from does not work with --cluster or --resume yet\n");
    assertThat(temp.resolve("x")).doesNotExist();
  }

  @Test
  void clusterRunWritesTheSingleMachineBytesWithOneWorkerOrTwoAndAnyBatchSize() throws Exception {
    Map<String, String> reference = outputs(run("local", 8, "--threads", "1"));
    Endpoint seed = new Endpoint("127.0.0.1", freePort());
    List<ActorSystem<?>> workers = new ArrayList<>();
    try {
      workers.add(WorkerNode.start(seed, seed, 1));
      String cluster = seed.toString();
      assertThat(outputs(run("one-worker", 8, "--cluster", cluster, "--batch-size", "3"))).isEqualTo(reference);
      workers.add(WorkerNode.start(new Endpoint("127.0.0.1", 0), seed, 2));
      assertThat(outputs(run("two-workers", 8, "--cluster", cluster, "--batch-size", "1")))
          .isEqualTo(reference);
      assertThat(outputs(run("one-batch", 8, "--cluster", cluster, "--batch-size", "8"))).isEqualTo(reference);
      assertThat(temp.resolve(".one-batch.batches")).as("checkpoints go once the run is written").doesNotExist();
    } finally {
      workers.forEach(ActorSystem::terminate);
    }
  }

  @Test
  void aWorkerKilledHalfWayLeavesItsBatchesToTheOthersAndTheBytesUnchanged() throws Exception {
    Map<String, String> reference = outputs(run("local", 12, "--threads", "1", "--engine", "sequential"));
    int seedPort = freePort();
    String seed = "127.0.0.1:" + seedPort;
    Process first = worker(seed, seed, "first");
    Process second = worker("127.0.0.1:" + freePort(), seed, "second");
    try {
      // both up before the run: then the survivor and the coordinator are the majority after the kill
      waitFor(temp.resolve("first.err"), "up in the cluster", 90);
      waitFor(temp.resolve("second.err"), "up in the cluster", 90);
      CompletableFuture<Path> clustered = CompletableFuture.supplyAsync(() ->
          run("cluster", 12, "--cluster", seed, "--batch-size", "2", "--engine", "sequential"));
      String victim = waitForEither("first", "second", " batch ", 90);
      Process killed = victim.equals("first") ? first : second;
      String survivor = victim.equals("first") ? "second" : "first";
      killed.destroyForcibly(); // SIGKILL: no leaving, no goodbye, an unconfirmed batch in hand
      assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Matcher started = BATCH.matcher(Files.readString(temp.resolve(victim + ".err"), StandardCharsets.UTF_8));
      String lost = null;
      while (started.find()) {
        lost = started.group(1);
      }
      Path dir = clustered.get(120, TimeUnit.SECONDS);
      assertThat(outputs(dir)).isEqualTo(reference);
      assertThat(Files.readString(temp.resolve(survivor + ".err"), StandardCharsets.UTF_8))
          .as("the batch the killed worker had in hand ran on the other").contains("batch " + lost + ":");
      assertThat((victim.equals("first") ? second : first).isAlive()).as("the survivor stays up").isTrue();
    } finally {
      first.destroyForcibly();
      second.destroyForcibly();
    }
  }

  /** The name of the first of two processes whose standard error says {@code text}. */
  private String waitForEither(String one, String other, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      for (String name : List.of(one, other)) {
        Path log = temp.resolve(name + ".err");
        if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
          return name;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("neither " + one + " nor " + other + " said '" + text + "'");
  }

  @Test
  void aCoordinatorKilledHalfWayLeavesItsBatchesOnDiskAndResumeOnOneMachineFinishesToTheSameBytes()
      throws Exception {
    int replications = 60;
    Map<String, String> reference = outputs(run("local", replications, "--threads", "1", "--engine", "sequential"));
    Endpoint seed = new Endpoint("127.0.0.1", freePort());
    ActorSystem<WorkerNode.Command> worker = WorkerNode.start(seed, seed, 1);
    Path dir = temp.resolve("resumed");
    List<String> args = List.of("run", BASELINE, "--replications", String.valueOf(replications), "--out",
        dir.toString(), "--no-report", "--threads", "1", "--engine", "sequential", "--batch-size", "1", "--resume");
    Path checkpoints = temp.resolve(".resumed.batches");
    try {
      List<String> onCluster = new ArrayList<>(args);
      onCluster.addAll(List.of("--cluster", seed.toString()));
      Process coordinator = chainsim(onCluster, "coordinator");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (batchFiles(checkpoints) < 2 && coordinator.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      // no more work is done once the only worker is gone: the coordinator is killed part-way, however fast the
      // batches ran (with a worker still up, a quiet machine finished all of them before the kill)
      worker.terminate();
      coordinator.destroyForcibly(); // SIGKILL
      coordinator.waitFor(10, TimeUnit.SECONDS);
    } finally {
      worker.terminate();
    }
    long kept = batchFiles(checkpoints);
    assertThat(kept).as("batches checkpointed before the kill").isBetween(2L, replications - 1L);
    assertThat(dir).as("nothing half written").doesNotExist();

    CliRun resumed = CliRun.of(args.toArray(String[]::new)); // this time on one machine
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("Resumed: " + kept + " of " + replications + " batches of 1 reused from ");
    assertThat(outputs(dir)).isEqualTo(reference);
    assertThat(checkpoints).doesNotExist();
  }

  /**
   * The finished batches checkpointed so far. The coordinator moves files into place while this
   * walks, so a walk can meet a file that is gone by the time it looks (a renamed {@code .partial}):
   * then it walks again.
   */
  private static long batchFiles(Path checkpoints) throws IOException {
    for (int attempt = 1; ; attempt++) {
      if (!Files.isDirectory(checkpoints)) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(checkpoints)) {
        return files.filter(p -> p.getFileName().toString().endsWith(".bin")).count();
      } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  private Process worker(String bind, String seed, String name) throws IOException {
    return chainsim(List.of("-v", "worker", "--bind", bind, "--join", seed, "--threads", "1"), name);
  }

  /** {@code chainsim} in a JVM of its own, its output in NAME.out and NAME.err under the test's directory. */
  private Process chainsim(List<String> args, String name) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), ChainsimCommand.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectOutput(temp.resolve(name + ".out").toFile())
        .redirectError(temp.resolve(name + ".err").toFile()).start();
  }

  private static void waitFor(Path log, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(log + " never said '" + text + "'");
  }
}
