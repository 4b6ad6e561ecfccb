package chainsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import chainsim.input.InputException;
import chainsim.scenario.ScenarioException;
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
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class,
      SweepCommand.class,
      ReportCommand.class,
      CompareCommand.class,
      PlanCommand.class,
      BenchCommand.class,
      ValidateCommand.class,
      ShowCommand.class,
      SchemaCommand.class,
      ActualsCommand.class,
      CalibrateCommand.class,
      RebalanceCommand.class,
      WorkerCommand.class
    },
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

  /** Set by {@code --verbose}; an internal error then shows its stack trace. */
  static volatile boolean verbose;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log what chainsim does and how long it takes to standard error (files and bases read,"
          + " problems found, engine, replications, planner phases, timings); -vv logs every step.",
      scope = CommandLine.ScopeType.INHERIT)
  void setVerbose(boolean[] flags) {
    int level = flags == null ? 0 : flags.length;
    ChainsimCommand.verbose = level > 0;
    Logging.verbosity(level);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  public static void main(String[] args) {
    // Start logging before any actor does, so SLF4J has nothing to replay from other threads.
    LoggerFactory.getILoggerFactory();
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    return execute(newCommandLine(), args);
  }

  /** Runs the command line with its output and errors going to the given writers (tests). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = newCommandLine();
    cmd.setOut(out);
    cmd.setErr(err);
    return execute(cmd, args);
  }

  /**
   * Out of memory is the one failure picocli does not hand to {@link #handleFailure}: a line that
   * says how to give Java more (the {@code chainsim} script passes CHAINSIM_JAVA_OPTS), exit 1.
   */
  private static int execute(CommandLine cmd, String... args) {
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      PrintWriter err = cmd.getErr();
      err.println("chainsim: out of memory (the Java heap is limited to " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); give Java more, e.g. CHAINSIM_JAVA_OPTS=-Xmx4g ./chainsim ...");
      err.flush();
      return EXIT_RUN_FAILURE;
    }
  }

  static CommandLine newCommandLine() {
    verbose = false;
    Logging.verbosity(0);
    CommandLine cmd = new CommandLine(new ChainsimCommand());
    cmd.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? EXIT_BAD_INPUT : EXIT_RUN_FAILURE);
    cmd.setExecutionExceptionHandler(ChainsimCommand::handleFailure);
    versionEverywhere(cmd, new Version());
    return cmd;
  }

  /**
   * Every subcommand offers {@code -V, --version} (mixinStandardHelpOptions), but picocli does not
   * inherit the version provider: without this, {@code chainsim validate --version} printed nothing.
   */
  private static void versionEverywhere(CommandLine cmd, CommandLine.IVersionProvider version) {
    cmd.getCommandSpec().versionProvider(version);
    cmd.getSubcommands().values().forEach(sub -> versionEverywhere(sub, version));
  }

  /**
   * The one exception-to-exit-code mapping. Bad input is the user's to fix, exit 2: an invalid scenario or actuals
   * (its problems, one line each), any {@link InputException} (one line), a path that cannot be read or written.
   * Anything else is ours: one line (a run's {@link IllegalStateException} or a replication's
   * failure, its message; any other exception, also its class), and the stack trace only with
   * {@code --verbose}.
   */
  private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof ScenarioException invalid) {
      new ProblemPrinter(err).print(invalid.problems());
      return EXIT_BAD_INPUT;
    }
    if (e instanceof InputException) {
      // every planner's, reader's and option's "the user must fix this": the one mapping to exit 2
      err.println("chainsim: " + e.getMessage());
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      // A path the user gave that cannot be read or written (no such directory, no permission).
      err.println("chainsim: " + (fs.getFile() == null ? "" : fs.getFile() + ": ") + reason(fs));
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return EXIT_BAD_INPUT;
    }
    // a run that could not go on says why in its message (a cluster it could not join, a stall, a
    // worker's failure): that sentence alone; anything else is a defect of ours, named by its class
    boolean said = (e instanceof IllegalStateException || e instanceof chainsim.engine.ReplicationFailure)
        && e.getMessage() != null;
    err.println("chainsim: " + (said ? e.getMessage() : e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return EXIT_RUN_FAILURE;
  }

  /** Why a file operation failed, as a person says it. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
