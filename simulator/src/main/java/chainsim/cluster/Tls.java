package chainsim.cluster;

import chainsim.input.InputException;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.pekko.pki.pem.DERPrivateKeyLoader;
import org.apache.pekko.pki.pem.PEMDecoder;
import org.apache.pekko.pki.pem.PEMLoadingException;

/**
 * How the nodes of a cluster talk to each other: plain TCP ({@link #OFF}), or TLS 1.3 with mutual
 * authentication (Pekko Artery's {@code tls-tcp} transport), where a node is let in only if its
 * certificate is trusted and it trusts theirs. Two ways to hand a node its key and the certificates
 * it trusts:
 *
 * <ul>
 *   <li>{@link KeyStores}: a keystore (PKCS12 or JKS) with the node's key and certificate and a
 *       truststore with the certificates (or the CA) it trusts; Pekko's {@code ConfigSSLEngineProvider}.
 *   <li>{@link PemDirectory}: {@code tls.key}, {@code tls.crt} and {@code ca.crt} in one directory,
 *       the layout of a Kubernetes TLS secret written by cert-manager; Pekko's
 *       {@code RotatingKeysSSLEngineProvider}, which reads them again every five minutes (so renewed
 *       certificates are picked up) and also requires every peer's certificate to share a subject
 *       name with this node's.
 * </ul>
 *
 * <p>Every node of a cluster must use the same one: a TLS node and a plain one never connect. The
 * files are read here first ({@link #check()}), so that a missing file or a wrong password is one
 * line naming the file (an {@link InputException}) instead of a transport failing inside Pekko.
 */
public sealed interface Tls permits Tls.Off, Tls.KeyStores, Tls.PemDirectory {

  /** Plain TCP: no encryption, no authentication. */
  Tls OFF = new Off();

  /** The protocol every chainsim node speaks when TLS is on. */
  String PROTOCOL = "TLSv1.3";

  /** The cipher suites of {@link #PROTOCOL} a node accepts (Pekko's defaults). */
  List<String> ALGORITHMS = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384");

  /** The Pekko settings of this transport (no passwords in any file: they go into the config object only). */
  Config settings();

  /** Reads every file with its password: the one-line {@link InputException} says which file and what is wrong. */
  void check();

  /** An SSL context with this node's key and trust, as Artery builds it (for probing a seed); null when off. */
  SSLContext context();

  /** True unless {@link #OFF}. */
  default boolean on() {
    return !(this instanceof Off);
  }

  /** Plain TCP. */
  record Off() implements Tls {
    @Override
    public Config settings() {
      return ConfigFactory.parseString("pekko.remote.artery.transport = tcp");
    }

    @Override
    public void check() {}

    @Override
    public SSLContext context() {
      return null;
    }

    @Override
    public String toString() {
      return "plain TCP";
    }
  }

  /**
   * A keystore with this node's private key and certificate, and a truststore with what it trusts.
   * The passwords come from the environment (never the command line): {@code keyPassword} is the
   * key's own, usually the keystore's.
   */
  record KeyStores(Path keyStore, String keyStorePassword, String keyPassword, Path trustStore,
      String trustStorePassword) implements Tls {

    /** Where the command line reads the keystore's password. */
    public static final String KEYSTORE_PASSWORD = "CHAINSIM_TLS_KEYSTORE_PASSWORD";

    /** Where the command line reads the key's password (the keystore's when not set). */
    public static final String KEY_PASSWORD = "CHAINSIM_TLS_KEY_PASSWORD";

    /** Where the command line reads the truststore's password. */
    public static final String TRUSTSTORE_PASSWORD = "CHAINSIM_TLS_TRUSTSTORE_PASSWORD";

    @Override
    public Config settings() {
      Map<String, Object> s = new LinkedHashMap<>();
      String engine = "pekko.remote.artery.ssl.config-ssl-engine.";
      s.put("pekko.remote.artery.transport", "tls-tcp");
      s.put("pekko.remote.artery.ssl.ssl-engine-provider", "org.apache.pekko.remote.artery.tcp.ConfigSSLEngineProvider");
      s.put(engine + "key-store", keyStore.toAbsolutePath().toString());
      s.put(engine + "key-store-password", keyStorePassword);
      s.put(engine + "key-password", keyPassword);
      s.put(engine + "trust-store", trustStore.toAbsolutePath().toString());
      s.put(engine + "trust-store-password", trustStorePassword);
      s.put(engine + "protocol", PROTOCOL);
      s.put(engine + "enabled-algorithms", ALGORITHMS);
      s.put(engine + "require-mutual-authentication", true);
      // nodes find each other by address (pod IPs), not names: the certificate is checked against the trust, not the host
      s.put(engine + "hostname-verification", false);
      return ConfigFactory.parseMap(s);
    }

    @Override
    public void check() {
      context();
    }

    @Override
    public SSLContext context() {
      KeyStore keys = load(keyStore, keyStorePassword, "--tls-keystore", KEYSTORE_PASSWORD);
      KeyStore trust = load(trustStore, trustStorePassword, "--tls-truststore", TRUSTSTORE_PASSWORD);
      try {
        String alias = null;
        for (String a : Collections.list(keys.aliases())) {
          if (keys.isKeyEntry(a) && alias == null) {
            alias = a;
          }
        }
        if (alias == null) {
          throw new InputException(keyStore + ": --tls-keystore holds no private key (it needs this node's key and"
              + " certificate)");
        }
        try {
          keys.getKey(alias, keyPassword.toCharArray());
        } catch (UnrecoverableKeyException e) {
          throw new InputException(keyStore + ": wrong password for the key '" + alias + "' (" + KEY_PASSWORD
              + ", or " + KEYSTORE_PASSWORD + " when that is not set)");
        }
        boolean anyTrusted = false;
        for (String a : Collections.list(trust.aliases())) {
          anyTrusted |= trust.getCertificate(a) != null;
        }
        if (!anyTrusted) {
          throw new InputException(trustStore + ": --tls-truststore holds no certificate to trust");
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, keyPassword.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance(PROTOCOL);
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
      } catch (GeneralSecurityException e) {
        throw new InputException(keyStore + ": cannot use it for TLS: " + e.getMessage(), e);
      }
    }

    /** A keystore as Artery loads it (the JDK's default type, which reads PKCS12 and JKS). */
    private static KeyStore load(Path file, String password, String option, String variable) {
      if (!Files.isRegularFile(file)) {
        throw new InputException(file + ": no such file (" + option + ")");
      }
      try (InputStream in = Files.newInputStream(file)) {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(in, password.toCharArray());
        return store;
      } catch (IOException e) {
        if (e.getCause() instanceof UnrecoverableKeyException) {
          throw new InputException(file + ": wrong password (" + variable + ") for " + option, e);
        }
        throw new InputException(file + ": not a PKCS12 or JKS keystore (" + option + "): " + e.getMessage(), e);
      } catch (GeneralSecurityException e) {
        throw new InputException(file + ": cannot read it as a keystore (" + option + "): " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return "TLS with keystore " + keyStore + " and truststore " + trustStore; // never the passwords
    }
  }

  /**
   * A directory with {@code tls.key} (RSA, PKCS#1 or unencrypted PKCS#8 PEM), {@code tls.crt} (this
   * node's certificate, issued by the root CA) and {@code ca.crt} (that CA): a Kubernetes TLS secret
   * as cert-manager writes it, mounted as a volume.
   */
  record PemDirectory(Path directory) implements Tls {
    /** The private key's file in the directory. */
    public static final String KEY = "tls.key";
    /** This node's certificate's file. */
    public static final String CERTIFICATE = "tls.crt";
    /** The CA's certificate's file. */
    public static final String CA = "ca.crt";

    @Override
    public Config settings() {
      Map<String, Object> s = new LinkedHashMap<>();
      String engine = "pekko.remote.artery.ssl.rotating-keys-engine.";
      s.put("pekko.remote.artery.transport", "tls-tcp");
      s.put("pekko.remote.artery.ssl.ssl-engine-provider",
          "org.apache.pekko.remote.artery.tcp.ssl.RotatingKeysSSLEngineProvider");
      s.put(engine + "key-file", file(KEY).toString());
      s.put(engine + "cert-file", file(CERTIFICATE).toString());
      s.put(engine + "ca-cert-file", file(CA).toString());
      s.put(engine + "protocol", PROTOCOL);
      s.put(engine + "enabled-algorithms", ALGORITHMS);
      return ConfigFactory.parseMap(s);
    }

    private Path file(String name) {
      return directory.toAbsolutePath().resolve(name);
    }

    @Override
    public void check() {
      context();
    }

    @Override
    public SSLContext context() {
      if (!Files.isDirectory(directory)) {
        throw new InputException(directory + ": no such directory (--tls-pem)");
      }
      PrivateKey key;
      try {
        key = DERPrivateKeyLoader.load(PEMDecoder.decode(read(KEY)));
      } catch (PEMLoadingException e) {
        throw new InputException(file(KEY) + ": not an unencrypted RSA private key in PEM (PKCS#1 or PKCS#8): "
            + e.getMessage(), e);
      }
      X509Certificate certificate = certificate(CERTIFICATE);
      X509Certificate ca = certificate(CA);
      try {
        certificate.verify(ca.getPublicKey());
      } catch (GeneralSecurityException e) {
        throw new InputException(file(CERTIFICATE) + ": not issued by " + file(CA) + " (" + e.getMessage() + ")", e);
      }
      try {
        KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
        keys.load(null, null);
        char[] none = new char[0];
        keys.setKeyEntry("node", key, none, new Certificate[] {certificate});
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, none);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance(PROTOCOL);
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
      } catch (GeneralSecurityException | IOException e) {
        throw new InputException(directory + ": cannot use it for TLS: " + e.getMessage(), e);
      }
    }

    private String read(String name) {
      Path file = file(name);
      if (!Files.isRegularFile(file)) {
        throw new InputException(file + ": no such file (--tls-pem needs " + KEY + ", " + CERTIFICATE + " and " + CA
            + ")");
      }
      try {
        return Files.readString(file, StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new InputException(file + ": cannot read it: " + e.getMessage(), e);
      }
    }

    private X509Certificate certificate(String name) {
      String pem = read(name);
      try (InputStream in = new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))) {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      } catch (CertificateException | IOException e) {
        throw new InputException(file(name) + ": not an X.509 certificate in PEM: " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return "TLS with the PEM files in " + directory;
    }
  }
}
