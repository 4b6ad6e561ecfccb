package chainsim.cli;

import chainsim.cluster.Tls;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * {@code --tls-keystore FILE --tls-truststore FILE} or {@code --tls-pem DIR} (a picocli mixin of
 * {@code worker}, {@code run} and {@code sweep}): TLS between the nodes of a cluster. Passwords come
 * from the environment, never the command line (where {@code ps} shows them to everyone).
 */
final class TlsOptions {
  /** Where the passwords are read: the process's environment (tests put their own map here). */
  static UnaryOperator<String> environment = System::getenv;

  @Option(names = "--tls-keystore", paramLabel = "FILE",
      description = "TLS between the nodes: this node's private key and certificate (PKCS12 or JKS; password in"
          + " $" + Tls.KeyStores.KEYSTORE_PASSWORD + ", the key's in $" + Tls.KeyStores.KEY_PASSWORD
          + " if it differs). Every node of the cluster must use TLS.")
  Path keyStore;

  @Option(names = "--tls-truststore", paramLabel = "FILE",
      description = "With --tls-keystore: the certificates (or CA) of the nodes to trust (password in $"
          + Tls.KeyStores.TRUSTSTORE_PASSWORD + ").")
  Path trustStore;

  @Option(names = "--tls-pem", paramLabel = "DIR",
      description = "TLS between the nodes from PEM files instead: DIR holds tls.key (RSA), tls.crt and ca.crt, as a"
          + " Kubernetes TLS secret from cert-manager does; re-read every 5 min, so renewed certificates are picked up.")
  Path pem;

  /** True when a TLS option was given. */
  boolean given() {
    return keyStore != null || trustStore != null || pem != null;
  }

  /** The transport asked for, its files read and checked: a problem is the user's to fix (exit 2, one line). */
  Tls tls() {
    if (pem != null && (keyStore != null || trustStore != null)) {
      throw new BadInputException("give either --tls-keystore and --tls-truststore, or --tls-pem, not both");
    }
    Tls tls;
    if (pem != null) {
      tls = new Tls.PemDirectory(pem);
    } else if (keyStore == null && trustStore == null) {
      return Tls.OFF;
    } else if (keyStore == null || trustStore == null) {
      throw new BadInputException("--tls-keystore and --tls-truststore go together");
    } else {
      String storePassword = password(Tls.KeyStores.KEYSTORE_PASSWORD, "--tls-keystore");
      String keyPassword = environment.apply(Tls.KeyStores.KEY_PASSWORD);
      tls = new Tls.KeyStores(keyStore, storePassword, keyPassword != null ? keyPassword : storePassword, trustStore,
          password(Tls.KeyStores.TRUSTSTORE_PASSWORD, "--tls-truststore"));
    }
    tls.check(); // a missing file, a wrong password: one line naming the file
    return tls;
  }

  private static String password(String variable, String option) {
    String password = environment.apply(variable);
    if (password == null) {
      throw new BadInputException(option + " needs its password in the environment variable " + variable);
    }
    return password;
  }
}
