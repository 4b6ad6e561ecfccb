package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.cluster.Tls;
import chainsim.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and bootstrap options that cannot work are the user's to fix before anything starts: exit 2,
 * one line naming the file or the options, nothing written. Passwords come from the environment.
 */
class ClusterOptionsTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";

  @TempDir static Path keys;
  static Path keyStore;
  static Path trustStore;

  @TempDir Path temp;
  private final Map<String, String> env = new HashMap<>();

  @BeforeAll
  static void makeKeys() throws Exception {
    keyStore = TestKeys.keyStore(keys, "node", "secret1");
    trustStore = TestKeys.trustStore(keys, "trust", "secret2", "secret1", keyStore);
  }

  @AfterEach
  void restoreEnvironment() {
    TlsOptions.environment = System::getenv;
  }

  private CliRun run(String... tlsAndMore) {
    TlsOptions.environment = env::get;
    List<String> args = new ArrayList<>(List.of("run", BASELINE, "--no-report", "--replications", "2", "--out",
        temp.resolve("x").toString()));
    args.addAll(List.of(tlsAndMore));
    return CliRun.of(args.toArray(String[]::new));
  }

  private void assertBadInput(CliRun run, String message) {
    assertThat(run.err()).isEqualTo("chainsim: " + message + "\n");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(temp.resolve("x")).doesNotExist();
  }

  @Test
  void aMissingFileOrAWrongPasswordIsOneLineNamingTheFile() {
    env.put(Tls.KeyStores.KEYSTORE_PASSWORD, "secret1");
    env.put(Tls.KeyStores.TRUSTSTORE_PASSWORD, "secret2");
    Path missing = temp.resolve("missing.p12");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", missing.toString(), "--tls-truststore",
        trustStore.toString()), missing + ": no such file (--tls-keystore)");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        missing.toString()), missing + ": no such file (--tls-truststore)");
    env.put(Tls.KeyStores.TRUSTSTORE_PASSWORD, "secret1");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        trustStore.toString()),
        trustStore + ": wrong password (CHAINSIM_TLS_TRUSTSTORE_PASSWORD) for --tls-truststore");
    env.put(Tls.KeyStores.TRUSTSTORE_PASSWORD, "secret2");
    env.put(Tls.KeyStores.KEYSTORE_PASSWORD, "secret2");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        trustStore.toString()), keyStore + ": wrong password (CHAINSIM_TLS_KEYSTORE_PASSWORD) for --tls-keystore");
    env.put(Tls.KeyStores.KEYSTORE_PASSWORD, "secret1");
    env.put(Tls.KeyStores.KEY_PASSWORD, "secret2");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        trustStore.toString()), keyStore + ": wrong password for the key 'node' (CHAINSIM_TLS_KEY_PASSWORD, or"
        + " CHAINSIM_TLS_KEYSTORE_PASSWORD when that is not set)");
    env.remove(Tls.KeyStores.KEY_PASSWORD);
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", trustStore.toString(), "--tls-truststore",
        trustStore.toString()), trustStore + ": wrong password (CHAINSIM_TLS_KEYSTORE_PASSWORD) for --tls-keystore");
    Path notAStore = keys.resolve("node.crt");
    assertThat(run("--cluster", "127.0.0.1:2552", "--tls-keystore", notAStore.toString(), "--tls-truststore",
        trustStore.toString()).err()).startsWith("chainsim: " + notAStore + ": not a PKCS12 or JKS keystore"
        + " (--tls-keystore)");
    Path pem = temp.resolve("pem");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-pem", pem.toString()),
        pem + ": no such directory (--tls-pem)");
  }

  @Test
  void passwordsComeFromTheEnvironmentAndOptionsMustFitTogether() throws Exception {
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        trustStore.toString()),
        "--tls-keystore needs its password in the environment variable CHAINSIM_TLS_KEYSTORE_PASSWORD");
    env.put(Tls.KeyStores.KEYSTORE_PASSWORD, "secret1");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-truststore",
        trustStore.toString()),
        "--tls-truststore needs its password in the environment variable CHAINSIM_TLS_TRUSTSTORE_PASSWORD");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString()),
        "--tls-keystore and --tls-truststore go together");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-keystore", keyStore.toString(), "--tls-pem",
        keys.toString()), "give either --tls-keystore and --tls-truststore, or --tls-pem, not both");
    assertBadInput(run("--tls-pem", keys.toString()),
        "--tls-keystore, --tls-truststore and --tls-pem are for a run on a cluster (--cluster or --cluster-bootstrap)");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--cluster-bootstrap", "config"),
        "give either --cluster SEED_HOST:SEED_PORT or --cluster-bootstrap, not both");
    assertBadInput(run("--cluster-bootstrap", "dns"), "--cluster-bootstrap expects kubernetes-api or config, not 'dns'");
    assertBadInput(run("--cluster-bootstrap", "config"),
        "--cluster-bootstrap config needs the workers' management endpoints: --contact HOST:PORT, once for each");
    assertBadInput(run("--cluster-bootstrap", "kubernetes-api", "--contact", "127.0.0.1:8558"),
        "--contact is for --cluster-bootstrap config; Kubernetes finds the pods itself");
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--contact", "127.0.0.1:8558"),
        "--management and --contact are for --cluster-bootstrap, not --cluster");
    Path pem = Files.createDirectories(temp.resolve("empty-pem"));
    assertBadInput(run("--cluster", "127.0.0.1:2552", "--tls-pem", pem.toString()), pem.toAbsolutePath()
        .resolve("tls.key") + ": no such file (--tls-pem needs tls.key, tls.crt and ca.crt)");
  }

  @Test
  void aSweepTakesTheSameOptions() {
    Path pem = temp.resolve("pem");
    CliRun sweep = CliRun.of("sweep", BASELINE, "--vary", "capital.initial=3000000,12000000", "--replications", "2",
        "--out", temp.resolve("x").toString(), "--cluster", "127.0.0.1:2552", "--tls-pem", pem.toString());
    assertBadInput(sweep, pem + ": no such directory (--tls-pem)");
  }

  @Test
  void aWorkerChecksItsKeysBeforeItStarts() {
    TlsOptions.environment = env::get;
    env.put(Tls.KeyStores.KEYSTORE_PASSWORD, "wrong");
    env.put(Tls.KeyStores.TRUSTSTORE_PASSWORD, "secret2");
    CliRun worker = CliRun.of("worker", "--bind", "127.0.0.1:2552", "--join", "127.0.0.1:2552", "--tls-keystore",
        keyStore.toString(), "--tls-truststore", trustStore.toString());
    assertThat(worker.err())
        .isEqualTo("chainsim: " + keyStore + ": wrong password (CHAINSIM_TLS_KEYSTORE_PASSWORD) for --tls-keystore\n");
    assertThat(worker.exit()).isEqualTo(2);
  }
}
