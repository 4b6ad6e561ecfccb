package chainsim.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code chainsim} command. Subcommands do the work; this class owns what they share:
 * the version, the {@code --verbose} switch and the exit codes.
 *
 * <p>Exit codes: 0 ok, 1 the run failed, 2 bad input or usage.
 */
@Command(
    name = "chainsim",
    mixinStandardHelpOptions = true,
    versionProvider = ChainsimCommand.Version.class,
    description = "Simulate and plan the expansion of a chain of enterprise-service branches.",
    subcommands = {CommandLine.HelpCommand.class, BenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:the run failed (an internal error or an interrupted run)",
      "2:bad input or usage (an invalid scenario, an unknown option)"
    })
public final class ChainsimCommand implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_RUN_FAILURE = 1;
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress details to standard error.",
      scope = CommandLine.ScopeType.INHERIT)
  void setVerbose(boolean verbose) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(verbose ? Level.INFO : Level.WARN);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cmd = new CommandLine(new ChainsimCommand());
    cmd.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? EXIT_BAD_INPUT : EXIT_RUN_FAILURE);
    return cmd;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"chainsim " + version()};
    }
  }

  /** The version the build stamped into the jar. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = ChainsimCommand.class.getResourceAsStream("/chainsim-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the version resource", e);
    }
    return p.getProperty("chainsim.version", "unknown");
  }
}
