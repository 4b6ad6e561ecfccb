package chainsim.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keys and certificates made for a test with the JDK's own {@code keytool} (no test keys checked in):
 * a node's keystore with a new self-signed RSA key, a truststore holding chosen nodes' certificates,
 * and the same key as the PEM files of a Kubernetes TLS secret.
 */
public final class TestKeys {
  private TestKeys() {}

  /** A new PKCS12 keystore {@code NAME.p12} in {@code dir}: an RSA key and its self-signed certificate for CN=NAME. */
  public static Path keyStore(Path dir, String name, String password) throws IOException, InterruptedException {
    Path file = dir.resolve(name + ".p12");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name,
        "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass",
        password);
    return file;
  }

  /** The certificate of a keystore made by {@link #keyStore}, as PEM in {@code NAME.crt} beside it. */
  public static Path certificate(Path keyStore, String password) throws IOException, InterruptedException {
    Path file = keyStore.resolveSibling(keyStore.getFileName().toString().replace(".p12", ".crt"));
    keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keyStore.toString(), "-storepass", password,
        "-file", file.toString());
    return file;
  }

  /** A new PKCS12 truststore {@code NAME.p12} in {@code dir} trusting the certificates of {@code keyStores}. */
  public static Path trustStore(Path dir, String name, String password, String keyStorePassword, Path... keyStores)
      throws IOException, InterruptedException {
    Path file = dir.resolve(name + ".p12");
    int i = 0;
    for (Path ks : keyStores) {
      keytool("-importcert", "-noprompt", "-alias", "trusted-" + i++, "-file", certificate(ks, keyStorePassword)
          .toString(), "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password);
    }
    return file;
  }

  /**
   * A directory {@code NAME} in {@code dir} with a keystore's key as {@code tls.key} (PKCS#8 PEM), its
   * certificate as {@code tls.crt}, and that same self-signed certificate as the CA, {@code ca.crt}.
   */
  public static Path pemDirectory(Path dir, String name, Path keyStore, String password)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path pem = Files.createDirectories(dir.resolve(name));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      ks.load(in, password.toCharArray());
    }
    Key key = ks.getKey("node", password.toCharArray());
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
    Files.writeString(pem.resolve("tls.key"), "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
        StandardCharsets.US_ASCII);
    Path crt = certificate(keyStore, password);
    Files.copy(crt, pem.resolve("tls.crt"));
    Files.copy(crt, pem.resolve("ca.crt"));
    return pem;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }
}
