package chainsim.cli;

import chainsim.cluster.Endpoint;
import chainsim.cluster.WorkerNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainsim worker --bind HOST:PORT --join SEED_HOST:SEED_PORT}: a worker node of the
 * chainsim cluster, up until it is stopped; {@code chainsim run --cluster} hands it batches.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Start a worker node of a chainsim cluster and keep it up until stopped (Ctrl-C). 'chainsim run SCENARIO"
          + " --cluster SEED' hands it batches of replications; runs come and go, the worker stays.",
      "The first worker joins its own address (--join equal to --bind) and so forms the cluster; the others"
          + " join it. Nothing listens beyond the address given: loopback unless asked."
    })
final class WorkerCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:2552",
      converter = EndpointConverter.class,
      description = "Address this worker listens on (default: ${DEFAULT-VALUE}).")
  Endpoint bind;

  @Option(names = "--join", paramLabel = "SEED_HOST:SEED_PORT", required = true, converter = EndpointConverter.class,
      description = "A worker already in the cluster (the seed node); for the first worker, its own --bind.")
  Endpoint join;

  @CommandLine.Mixin ThreadsOption threads;

  @Override
  public Integer call() throws Exception {
    int t = threads.workers();
    if (bind.port() == 0) {
      throw new BadInputException("--bind needs a port other workers and runs can reach, not 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      WorkerNode.runUntilStopped(bind, join, t, () -> {
        out.println("Worker " + bind + " on " + t + " threads, joined through " + join + "; Ctrl-C to stop");
        out.flush();
      });
    } catch (ExecutionException e) {
      throw new IllegalStateException("the worker stopped: " + e.getCause(), e.getCause());
    }
    return ChainsimCommand.EXIT_OK;
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
