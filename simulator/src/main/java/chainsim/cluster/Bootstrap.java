package chainsim.cluster;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.management.cluster.bootstrap.ClusterBootstrap;
import org.apache.pekko.management.javadsl.PekkoManagement;

/**
 * How a worker finds the others without a seed address given to it, and a run's coordinator finds
 * the cluster they formed: Pekko Management's cluster bootstrap. Each worker serves Pekko Management's HTTP endpoint at {@code management}, discovers
 * the others' endpoints (its contact points) through {@code method}, and once it sees
 * {@code contactPoints} of them either joins the cluster they already form or, if there is none
 * yet and it has the lowest address, forms it. Made for Kubernetes ({@code kubernetes-api}: the
 * pods labelled {@code app=SERVICE} in the pod's namespace) and usable on a static fleet
 * ({@code config}: the management endpoints listed in {@code contacts}).
 */
public record Bootstrap(Method method, String service, Endpoint management, int contactPoints,
    List<Endpoint> contacts) {

  /** Where the contact points come from. */
  public enum Method {
    /** The Kubernetes API server: the pods labelled {@code app=SERVICE}, at their port named "management". */
    KUBERNETES_API,
    /** A fixed list of management endpoints, given on the command line. */
    CONFIG;

    /** The name on the command line and in Pekko's configuration. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The method of a command-line name; the message says which names there are. */
    public static Method of(String key) {
      for (Method m : values()) {
        if (m.key().equals(key)) {
          return m;
        }
      }
      throw new IllegalArgumentException("--bootstrap expects kubernetes-api or config, not '" + key + "'");
    }
  }

  public Bootstrap {
    contacts = List.copyOf(contacts);
    if (contactPoints < 1) {
      throw new IllegalArgumentException("--contact-points must be at least 1, not " + contactPoints);
    }
    if (method == Method.CONFIG && contacts.size() < contactPoints) {
      throw new IllegalArgumentException("--bootstrap config needs at least --contact-points (" + contactPoints
          + ") --contact endpoints, not " + contacts.size());
    }
    if (method == Method.KUBERNETES_API && !contacts.isEmpty()) {
      throw new IllegalArgumentException("--contact is for --bootstrap config; Kubernetes finds the pods itself");
    }
    if (management.port() == 0) {
      throw new IllegalArgumentException("--management needs a port the other workers can reach, not 0");
    }
  }

  /** The settings this adds to a worker's configuration (no seed nodes: the bootstrap finds them). */
  String settings() {
    return settings(false);
  }

  /**
   * The settings this adds to a node's configuration (no seed nodes: the bootstrap finds them). A
   * run's {@code coordinator} never forms a cluster of its own ({@code new-cluster-enabled = off}):
   * it joins the one the workers formed as soon as one contact point names its members.
   */
  String settings(boolean coordinator) {
    StringBuilder s = new StringBuilder();
    s.append("pekko.management.http.hostname = \"").append(management.host()).append("\"\n");
    s.append("pekko.management.http.port = ").append(management.port()).append('\n');
    s.append("pekko.management.cluster.bootstrap.contact-point-discovery.service-name = \"").append(service)
        .append("\"\n");
    s.append("pekko.management.cluster.bootstrap.contact-point-discovery.discovery-method = ").append(method.key())
        .append('\n');
    s.append("pekko.management.cluster.bootstrap.contact-point-discovery.required-contact-point-nr = ")
        .append(coordinator ? 1 : contactPoints).append('\n');
    if (coordinator) {
      s.append("pekko.management.cluster.bootstrap.new-cluster-enabled = off\n");
      s.append("pekko.management.cluster.bootstrap.contact-point-discovery.contact-with-all-contact-points = false\n");
    }
    if (method == Method.KUBERNETES_API) {
      // the pod's container port that serves Pekko Management carries this name in the manifest
      s.append("pekko.management.cluster.bootstrap.contact-point-discovery.port-name = management\n");
    } else {
      s.append("pekko.discovery.config.services.\"").append(service).append("\".endpoints = [")
          .append(contacts.stream().map(c -> "{ host = \"" + c.host() + "\", port = " + c.port() + " }")
              .collect(Collectors.joining(", ")))
          .append("]\n");
      // the listed endpoints may use different ports (several workers on one machine): keep them all, not only
      // those on this worker's own management port
      s.append("pekko.management.cluster.bootstrap.contact-point.filter-on-fallback-port = false\n");
      // a static fleet answers at once: look again every second instead of every five
      s.append("pekko.management.cluster.bootstrap.contact-point-discovery.interval = 1s\n");
    }
    return s.toString();
  }

  /**
   * Starts the management endpoint and the bootstrap on {@code system}: it then joins or forms the
   * cluster (a coordinator's only joins).
   */
  void start(ActorSystem<?> system) {
    PekkoManagement.get(system.classicSystem()).start();
    ClusterBootstrap.get(system.classicSystem()).start();
  }
}
