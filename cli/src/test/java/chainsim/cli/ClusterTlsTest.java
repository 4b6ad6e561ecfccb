package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.cluster.Bootstrap;
import chainsim.cluster.Endpoint;
import chainsim.cluster.Tls;
import chainsim.cluster.WorkerNode;
import chainsim.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster over TLS, with keys made in the test: worker JVMs started by {@code chainsim worker
 * --tls-keystore --tls-truststore} (passwords in their environment) and a run coordinated from this
 * JVM write the single machine's bytes; a worker whose certificate the cluster does not trust never
 * gets in (and says why); a coordinator without TLS fails within its join deadline saying the seed
 * speaks TLS, instead of waiting for the 5-minute stall. The PEM directory of a Kubernetes TLS
 * secret works the same way, with workers and a run that find each other by the bootstrap.
 */
@Tag("slow")
class ClusterTlsTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";

  @TempDir Path temp;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() {
    processes.forEach(Process::destroyForcibly);
    TlsOptions.environment = System::getenv;
    System.clearProperty("chainsim.cluster.joinWithinSeconds");
  }

  private Path run(String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", BASELINE, "--replications", "6", "--out",
        temp.resolve(name).toString(), "--no-report", "--engine", "sequential"));
    args.addAll(List.of(extra));
    CliRun o = CliRun.of(args.toArray(String[]::new));
    assertThat(o.exit()).as(o.err()).isZero();
    return temp.resolve(name);
  }

  @Test
  void aTlsClusterRunsToTheSameBytesAndLetsInNoWorkerWithoutTheRightCertificate() throws Exception {
    Path cluster = TestKeys.keyStore(temp, "cluster", "store-secret");
    Path trust = TestKeys.trustStore(temp, "trust", "trust-secret", "store-secret", cluster);
    Path rogue = TestKeys.keyStore(temp, "rogue", "store-secret"); // trusts the cluster, is not trusted by it
    Map<String, String> env = Map.of(Tls.KeyStores.KEYSTORE_PASSWORD, "store-secret",
        Tls.KeyStores.TRUSTSTORE_PASSWORD, "trust-secret");
    Map<String, String> reference = ClusterRunCommandTest.outputs(run("local", "--threads", "1"));

    String seed = "127.0.0.1:" + ClusterRunCommandTest.freePort();
    List<String> tls = List.of("--tls-keystore", cluster.toString(), "--tls-truststore", trust.toString());
    List<String> worker = new ArrayList<>(List.of("-v", "worker", "--bind", seed, "--join", seed, "--threads", "1"));
    worker.addAll(tls);
    chainsim("worker", env, worker);
    waitFor(temp.resolve("worker.err"), "up in the cluster", 90);
    String rogueBind = "127.0.0.1:" + ClusterRunCommandTest.freePort();
    chainsim("rogue", env, List.of("-v", "worker", "--bind", rogueBind, "--join", seed, "--threads", "1",
        "--tls-keystore", rogue.toString(), "--tls-truststore", trust.toString()));

    TlsOptions.environment = env::get;
    List<String> coordinated = new ArrayList<>(List.of("--cluster", seed, "--batch-size", "2"));
    coordinated.addAll(tls);
    assertThat(ClusterRunCommandTest.outputs(run("tls", coordinated.toArray(String[]::new)))).isEqualTo(reference);

    waitFor(temp.resolve("rogue.err"), "not in the cluster after 5 s of joining through " + seed
        + ": it does not trust this node's certificate; still trying", 90);
    String rogueLog = Files.readString(temp.resolve("rogue.err"), StandardCharsets.UTF_8);
    assertThat(rogueLog).doesNotContain("up in the cluster").doesNotContain(" batch ");
    assertThat(Files.readString(temp.resolve("worker.err"), StandardCharsets.UTF_8))
        .as("the trusted worker ran every batch").contains("batch 0:", "batch 1:", "batch 2:");

    // a coordinator without TLS is told so within its join deadline, not after the stall
    System.setProperty("chainsim.cluster.joinWithinSeconds", "5");
    long started = System.nanoTime();
    CliRun plain = CliRun.of("run", BASELINE, "--replications", "6", "--out", temp.resolve("plain").toString(),
        "--no-report", "--cluster", seed);
    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err()).isEqualTo("chainsim: could not join the cluster through "
        + seed + " in 5 s: it speaks TLS and this node does not (give it the cluster's --tls-keystore and"
        + " --tls-truststore, or --tls-pem)\n");
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(60);
    assertThat(temp.resolve("plain")).doesNotExist();
  }

  @Test
  void workersAndARunThatBootstrapFindEachOtherOverThePemFilesOfAKubernetesTlsSecret() throws Exception {
    Path store = TestKeys.keyStore(temp, "cluster", "store-secret");
    Path pem = TestKeys.pemDirectory(temp, "secret", store, "store-secret");
    Tls tls = new Tls.PemDirectory(pem);
    Map<String, String> reference = ClusterRunCommandTest.outputs(run("local", "--threads", "1"));
    List<Endpoint> management = List.of(new Endpoint("127.0.0.1", ClusterRunCommandTest.freePort()),
        new Endpoint("127.0.0.1", ClusterRunCommandTest.freePort()));
    List<ActorSystem<WorkerNode.Command>> workers = new ArrayList<>();
    try {
      for (Endpoint m : management) {
        workers.add(WorkerNode.start(new Endpoint("127.0.0.1", ClusterRunCommandTest.freePort()),
            new Bootstrap(Bootstrap.Method.CONFIG, "chainsim-tls", m, 2, management), 1, tls));
      }
      // no seed anywhere: the run finds the workers' cluster through their management endpoints, as they did
      assertThat(ClusterRunCommandTest.outputs(run("pem", "--cluster-bootstrap", "config", "--service", "chainsim-tls",
          "--contact", management.get(0).toString(), "--contact", management.get(1).toString(), "--tls-pem",
          pem.toString(), "--batch-size", "1"))).isEqualTo(reference);
      // a plain node that finds the cluster the same way is never let in
      System.setProperty("chainsim.cluster.joinWithinSeconds", "5");
      CliRun plain = CliRun.of("run", BASELINE, "--replications", "6", "--out", temp.resolve("plain").toString(),
          "--no-report", "--cluster-bootstrap", "config", "--service", "chainsim-tls", "--contact",
          management.get(0).toString());
      assertThat(plain.exit()).isEqualTo(1);
      assertThat(plain.err()).isEqualTo("chainsim: could not join the cluster through"
          + " config discovery of service 'chainsim-tls' in 5 s: are the workers up (and ready), and do they use the"
          + " same --tls-* options as this run (plain TCP)?\n");
    } finally {
      workers.forEach(ActorSystem::terminate);
    }
  }

  /** {@code chainsim ARGS} in a JVM of its own with {@code env} added, its output in NAME.out and NAME.err. */
  private void chainsim(String name, Map<String, String> env, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-Dchainsim.cluster.joinWithinSeconds=5", "-cp", System.getProperty("java.class.path"),
        ChainsimCommand.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(temp.resolve(name + ".out").toFile())
        .redirectError(temp.resolve(name + ".err").toFile());
    builder.environment().putAll(env);
    processes.add(builder.start());
  }

  private static void waitFor(Path log, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(log + " never said '" + text + "':\n"
        + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)"));
  }
}
