package chainsim.cluster;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Why a node could not join through a seed, found out by opening one TCP connection to it and
 * trying a TLS handshake: whether anything listens there, whether it speaks TLS, and, for a node
 * with TLS, whether the two accept each other's certificates. Only asked after a join timed out,
 * so that the message says what to fix instead of "timed out".
 */
final class SeedProbe {
  private static final int TIMEOUT_MS = 5_000;

  private SeedProbe() {}

  /** A phrase saying what was found at {@code seed} for a node with {@code tls}, e.g. "it speaks TLS and this node does not". */
  static String diagnose(Endpoint seed, Tls tls) {
    if (!tls.on()) {
      return switch (handshake(seed, trustingAnyone(), false)) {
        case REFUSED -> "nothing listens there";
        case NO_ANSWER -> "it does not answer";
        case ACCEPTED, REJECTED_THIS_NODE, UNTRUSTED_SEED -> "it speaks TLS and this node does not (give it the"
            + " cluster's --tls-keystore and --tls-truststore, or --tls-pem)";
        case NOT_TLS -> "it answers without TLS, as this node does: is it a chainsim node of this version?";
      };
    }
    return switch (handshake(seed, tls.context(), true)) {
      case REFUSED -> "nothing listens there";
      case NO_ANSWER -> "it does not answer";
      case NOT_TLS -> "it does not speak TLS and this node does (run every node of the cluster with the same --tls-*"
          + " options)";
      case UNTRUSTED_SEED -> "its certificate is not trusted by this node's truststore (or CA)";
      case REJECTED_THIS_NODE -> "it does not trust this node's certificate";
      case ACCEPTED -> "it accepts this node's certificate (look at the seed's log for why it did not let this node"
          + " in)";
    };
  }

  /** What a TLS handshake with the seed came to. */
  enum Outcome { REFUSED, NO_ANSWER, NOT_TLS, UNTRUSTED_SEED, REJECTED_THIS_NODE, ACCEPTED }

  static Outcome handshake(Endpoint seed, SSLContext context, boolean ownTrust) {
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(seed.host(), seed.port()), TIMEOUT_MS);
      plain.setSoTimeout(TIMEOUT_MS);
      try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, seed.host(), seed.port(), false)) {
        tls.setUseClientMode(true);
        tls.setEnabledProtocols(new String[] {Tls.PROTOCOL});
        try {
          tls.startHandshake();
        } catch (SSLHandshakeException e) {
          return handshakeFailure(e, ownTrust);
        } catch (SSLException | EOFException e) {
          return Outcome.NOT_TLS; // "Unsupported or unrecognized SSL message", or the peer closed on the hello
        }
        // TLS 1.3: the server checks the client's certificate after the client's side of the handshake is done,
        // and says so with an alert; an Artery server otherwise sends nothing until the client does
        tls.setSoTimeout(2_000);
        try {
          int read = tls.getInputStream().read();
          return read < 0 ? Outcome.REJECTED_THIS_NODE : Outcome.ACCEPTED;
        } catch (SocketTimeoutException e) {
          return Outcome.ACCEPTED;
        } catch (SSLException e) {
          return Outcome.REJECTED_THIS_NODE;
        }
      }
    } catch (ConnectException e) {
      return Outcome.REFUSED;
    } catch (SocketTimeoutException e) {
      return Outcome.NO_ANSWER;
    } catch (IOException e) {
      return Outcome.NO_ANSWER;
    }
  }

  private static Outcome handshakeFailure(SSLHandshakeException e, boolean ownTrust) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Received fatal alert")) {
      return Outcome.REJECTED_THIS_NODE; // it speaks TLS and refused this side (bad_certificate, certificate_required)
    }
    if (ownTrust && (message.contains("PKIX") || message.contains("certificate"))) {
      return Outcome.UNTRUSTED_SEED;
    }
    if (message.contains("Remote host terminated") || message.contains("Unsupported or unrecognized")) {
      return Outcome.NOT_TLS;
    }
    return Outcome.NOT_TLS;
  }

  /** A context that takes any certificate: only to see whether a seed speaks TLS at all. */
  private static SSLContext trustingAnyone() {
    try {
      SSLContext context = SSLContext.getInstance(Tls.PROTOCOL);
      context.init(null, new TrustManager[] {new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }}, null);
      return context;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + Tls.PROTOCOL, e);
    }
  }
}
