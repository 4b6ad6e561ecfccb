package chainsim.cli;

import chainsim.cluster.Bootstrap;
import chainsim.cluster.Endpoint;
import chainsim.cluster.Tls;
import chainsim.cluster.WorkerNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainsim worker --bind HOST:PORT --join SEED_HOST:SEED_PORT}: a worker node of the
 * chainsim cluster, up until it is stopped; {@code chainsim run --cluster} hands it batches. With
 * {@code --bootstrap kubernetes-api|config} instead of {@code --join}, the workers find each other
 * through Pekko Management's cluster bootstrap (see docs/cluster.md, "Kubernetes").
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Start a worker node of a chainsim cluster and keep it up until stopped (Ctrl-C). 'chainsim run SCENARIO"
          + " --cluster SEED' hands it batches of replications; runs come and go, the worker stays.",
      "The first worker joins its own address (--join equal to --bind) and so forms the cluster; the others"
          + " join it. Nothing listens beyond the address given: loopback unless asked.",
      "Or, instead of --join, --bootstrap: the workers find each other through Pekko Management's cluster bootstrap,"
          + " on Kubernetes (kubernetes-api: the pods labelled app=SERVICE) or a static fleet (config: the --contact"
          + " endpoints).",
      "With --tls-keystore and --tls-truststore (or --tls-pem) the nodes talk TLS 1.3 and let in only nodes whose"
          + " certificate they trust; every node of the cluster, and every run, must then use TLS."
    })
final class WorkerCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:2552",
      converter = EndpointConverter.class,
      description = "Address this worker listens on (default: ${DEFAULT-VALUE}).")
  Endpoint bind;

  @Option(names = "--join", paramLabel = "SEED_HOST:SEED_PORT", converter = EndpointConverter.class,
      description = "A worker already in the cluster (the seed node); for the first worker, its own --bind.")
  Endpoint join;

  @Option(names = "--bootstrap", paramLabel = "METHOD",
      description = "Instead of --join: find the other workers with Pekko Management's cluster bootstrap, through"
          + " kubernetes-api or config.")
  String bootstrap;

  @Option(names = "--contact-points", paramLabel = "N", defaultValue = "2",
      description = "With --bootstrap: how many workers must be seen before the first forms the cluster (default:"
          + " ${DEFAULT-VALUE}).")
  int contactPoints;

  @CommandLine.Mixin BootstrapOptions where;

  @CommandLine.Mixin TlsOptions tls;

  @CommandLine.Mixin ThreadsOption threads;

  @Override
  public Integer call() throws Exception {
    int t = threads.workers();
    if (bind.port() == 0) {
      throw new BadInputException("--bind needs a port other workers and runs can reach, not 0");
    }
    if ((join == null) == (bootstrap == null)) {
      throw new BadInputException("give either --join SEED_HOST:SEED_PORT or --bootstrap kubernetes-api|config");
    }
    Tls transport = tls.tls();
    String over = transport.on() ? " over " + transport : "";
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (join != null) {
        WorkerNode.runUntilStopped(bind, join, t, transport, () -> {
          out.println("Worker " + bind + " on " + t + " threads, joined through " + join + over + "; Ctrl-C to stop");
          out.flush();
        });
      } else {
        Bootstrap found = bootstrap();
        WorkerNode.runUntilStopped(bind, found, t, transport, () -> {
          out.println("Worker " + bind + " on " + t + " threads, finding the cluster through " + found.method().key()
              + " (service " + found.service() + ", management at " + found.management() + ")" + over
              + "; Ctrl-C to stop");
          out.flush();
        });
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the worker stopped: " + e.getCause(), e.getCause());
    }
    return ChainsimCommand.EXIT_OK;
  }

  private Bootstrap bootstrap() {
    try {
      return new Bootstrap(Bootstrap.Method.of(bootstrap), where.service,
          where.management != null ? where.management : new Endpoint(bind.host(), 8558), contactPoints, where.contacts);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /** {@code HOST:PORT}; anything else is the user's to fix. */
  static final class EndpointConverter implements CommandLine.ITypeConverter<Endpoint> {
    @Override
    public Endpoint convert(String value) {
      try {
        return Endpoint.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
