package chainsim.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of a node of the chainsim cluster, worker or coordinator. One actor-system name
 * ({@value #SYSTEM}) for the whole cluster; Artery TCP bound to the address given (loopback unless
 * asked otherwise), plain or TLS ({@link Tls}); messages in CBOR through Pekko's Jackson serializer with Java serialization
 * off; the split-brain resolver downs a node that stays unreachable (a worker killed with
 * {@code kill -9}), so the cluster heals and the next run's coordinator can join.
 */
public final class ClusterSettings {
  /** The actor system's name: every node of a cluster must use the same one. */
  public static final String SYSTEM = "chainsim";

  /** The role of a worker node: only these take batches. */
  public static final String WORKER = "worker";

  /** The role of a run's coordinator. */
  public static final String COORDINATOR = "coordinator";

  /** How long a run may go without hearing from any worker before it fails, unless set otherwise: 5 minutes. */
  public static final Duration STALL_AFTER = Duration.ofMinutes(5);

  private ClusterSettings() {}

  /**
   * How long a run on the cluster may go without any progress (no worker asking for work, no
   * result, no batch finished) before it fails: {@link #STALL_AFTER}, or the system property
   * {@code chainsim.cluster.stallAfterSeconds}.
   */
  public static Duration stallAfter() {
    String set = System.getProperty("chainsim.cluster.stallAfterSeconds");
    if (set == null || set.isBlank()) {
      return STALL_AFTER;
    }
    try {
      return Duration.ofMillis(Math.round(Double.parseDouble(set.trim()) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("chainsim.cluster.stallAfterSeconds must be a number, not '" + set + "'");
    }
  }

  /**
   * How long a run's coordinator may take to join the cluster before it gives up, unless set
   * otherwise: 30 s (a join on loopback takes one or two).
   */
  public static final Duration JOIN_WITHIN = Duration.ofSeconds(30);

  /**
   * How long a run's coordinator may take to join: {@link #JOIN_WITHIN}, or the system property
   * {@code chainsim.cluster.joinWithinSeconds}.
   */
  public static Duration joinWithin() {
    String set = System.getProperty("chainsim.cluster.joinWithinSeconds");
    if (set == null || set.isBlank()) {
      return JOIN_WITHIN;
    }
    try {
      return Duration.ofMillis(Math.round(Double.parseDouble(set.trim()) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("chainsim.cluster.joinWithinSeconds must be a number, not '" + set + "'");
    }
  }

  /** As {@link #node(Endpoint, Endpoint, String, Tls)} over plain TCP. */
  public static Config node(Endpoint bind, Endpoint seed, String role) {
    return node(bind, seed, role, Tls.OFF);
  }

  /**
   * The configuration of a node bound to {@code bind} that joins the cluster through {@code seed},
   * over {@code tls}. A run's coordinator tries every address the seed's host name resolves to as
   * well (a Kubernetes headless service names all the workers' pods), and the name as given first.
   */
  public static Config node(Endpoint bind, Endpoint seed, String role, Tls tls) {
    List<String> seeds = role.equals(COORDINATOR) ? seedAddresses(seed) : List.of(seed.toString());
    String list = seeds.stream().map(a -> "\"pekko://" + SYSTEM + "@" + a + "\"")
        .collect(Collectors.joining(", "));
    return ConfigFactory.parseString("pekko.cluster.seed-nodes = [" + list + "]").withFallback(common(bind, role, tls));
  }

  /** The configuration of a worker bound to {@code bind} that finds the cluster through {@code bootstrap}, plain TCP. */
  public static Config node(Endpoint bind, Bootstrap bootstrap) {
    return node(bind, bootstrap, WORKER, Tls.OFF);
  }

  /**
   * The configuration of a node bound to {@code bind} that finds the cluster through
   * {@code bootstrap}, over {@code tls}. A coordinator only joins a cluster the workers formed.
   */
  public static Config node(Endpoint bind, Bootstrap bootstrap, String role, Tls tls) {
    return ConfigFactory.parseString(bootstrap.settings(role.equals(COORDINATOR))).withFallback(common(bind, role, tls));
  }

  /** {@code seed} as given, then every other address its host resolves to, in a stable order. */
  static List<String> seedAddresses(Endpoint seed) {
    Set<String> addresses = new LinkedHashSet<>();
    addresses.add(seed.toString());
    try {
      Arrays.stream(InetAddress.getAllByName(seed.host()))
          .map(a -> new Endpoint(a.getHostAddress(), seed.port()).toString()).sorted().forEach(addresses::add);
    } catch (UnknownHostException e) {
      // the name as given is all there is; joining will say it found nobody
    }
    return List.copyOf(addresses);
  }

  private static Config common(Endpoint bind, String role, Tls tls) {
    String settings = String.join("\n", List.of(
        "pekko.actor.provider = cluster",
        "pekko.remote.artery.canonical.hostname = \"" + bind.host() + "\"",
        "pekko.remote.artery.canonical.port = " + bind.port(),
        // one replication of the national scenario is ~0.2 MB packed (0.6 MB of doubles); the default is 256 KiB
        "pekko.remote.artery.advanced.maximum-frame-size = 4 MiB",
        "pekko.remote.artery.advanced.buffer-pool-size = 32",
        "pekko.cluster.roles = [" + role + "]",
        "pekko.cluster.downing-provider-class = \"org.apache.pekko.cluster.sbr.SplitBrainResolverProvider\"",
        "pekko.cluster.split-brain-resolver.active-strategy = keep-majority",
        "pekko.cluster.split-brain-resolver.stable-after = 5s",
        // runs come and go: coordinators joining and leaving are not a flaky network
        "pekko.cluster.split-brain-resolver.down-all-when-unstable = off",
        "pekko.cluster.jmx.enabled = off",
        "pekko.cluster.log-info = off",
        "pekko.loglevel = WARNING",
        "pekko.stdout-loglevel = OFF",
        "pekko.log-dead-letters = off",
        "pekko.log-dead-letters-during-shutdown = off",
        "pekko.loggers = [\"org.apache.pekko.event.slf4j.Slf4jLogger\"]",
        "pekko.logging-filter = \"org.apache.pekko.event.slf4j.Slf4jLoggingFilter\""));
    return tls.settings().withFallback(ConfigFactory.parseString(settings)).withFallback(serialization())
        .withFallback(ConfigFactory.load());
  }

  /**
   * How messages cross the network: Java serialization off; every {@link ClusterMessage} in CBOR
   * through Pekko's Jackson serializer, but a replication's result ({@link ClusterRun.ReplicationDone}),
   * which is packed doubles and LZ4 through {@link ReplicationSerializer} (Pekko takes the binding of
   * the most specific class).
   */
  static Config serialization() {
    return ConfigFactory.parseString(String.join("\n", List.of(
        "pekko.actor.allow-java-serialization = off",
        "pekko.actor.serializers." + ReplicationSerializer.NAME + " = \"" + ReplicationSerializer.class.getName() + "\"",
        "pekko.actor.serialization-bindings { \"" + ClusterMessage.class.getName() + "\" = jackson-cbor, \""
            + ClusterRun.ReplicationDone.class.getName() + "\" = " + ReplicationSerializer.NAME + " }",
        // the batches carry the scenario's text (~40 KB for national): lz4 makes it a fraction
        "pekko.serialization.jackson.jackson-cbor.compression.algorithm = lz4",
        "pekko.serialization.jackson.jackson-cbor.compression.compress-larger-than = 32 KiB")));
  }
}
