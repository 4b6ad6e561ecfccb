package chainsim.cli;

import chainsim.cluster.Endpoint;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where Pekko Management's cluster bootstrap looks for the workers (a picocli mixin of
 * {@code worker --bootstrap} and {@code run}/{@code sweep --cluster-bootstrap}): their service name
 * (on Kubernetes, their pods' app label), this node's management endpoint, and with {@code config}
 * discovery the workers' management endpoints.
 */
final class BootstrapOptions {

  @Option(names = "--service", paramLabel = "NAME", defaultValue = "chainsim-worker",
      description = "With a bootstrap: the workers' service name (on Kubernetes, their pods' app label; default:"
          + " ${DEFAULT-VALUE}).")
  String service;

  @Option(names = "--management", paramLabel = "HOST:PORT", converter = WorkerCommand.EndpointConverter.class,
      description = "With a bootstrap: where this node serves Pekko Management (default: a worker's --bind host, port"
          + " 8558; a run's --bind host, any free port).")
  Endpoint management;

  @Option(names = "--contact", paramLabel = "HOST:PORT", converter = WorkerCommand.EndpointConverter.class,
      description = "With config discovery: a worker's management endpoint (repeat for each; a worker lists its own"
          + " too).")
  List<Endpoint> contacts = new ArrayList<>();
}
