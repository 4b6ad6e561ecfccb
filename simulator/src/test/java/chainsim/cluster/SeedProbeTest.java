package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** What the probe of a seed says when nothing listens, and when something that is no TLS server does. */
class SeedProbeTest {

  @Test
  void nothingListening() throws Exception {
    Endpoint closed = new Endpoint("127.0.0.1", ClusterRunTest.freePort());
    assertThat(SeedProbe.diagnose(closed, Tls.OFF)).isEqualTo("nothing listens there");
  }

  @Test
  void aPlainServerThatHangsUpOnTheHelloIsNoTlsServer() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try (Socket s = server.accept()) {
          s.getInputStream().read(new byte[5]); // the start of a ClientHello: not what a plain Artery node expects
        } catch (java.io.IOException ignored) {
          // the probe hung up first
        }
      });
      acceptor.start();
      assertThat(SeedProbe.handshake(new Endpoint("127.0.0.1", server.getLocalPort()),
          javax.net.ssl.SSLContext.getDefault(), true)).isEqualTo(SeedProbe.Outcome.NOT_TLS);
      acceptor.join(10_000);
    }
  }
}
