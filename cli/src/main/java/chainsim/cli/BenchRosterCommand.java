package chainsim.cli;

import chainsim.input.Durations;
import chainsim.roster.bench.BenchmarkReport;
import chainsim.roster.bench.BenchmarkRow;
import chainsim.roster.bench.ReferenceCosts;
import chainsim.roster.bench.RosterBenchmark;
import chainsim.roster.solver.RosterSolverSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim bench roster DIR}: solves every INRC-2010 instance in DIR and reports the
 * competition cost against the best-known and peer costs of DIR's README.md.
 */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = {
      "Solve every *.xml INRC-2010 instance in DIR (sorted by name) and print a Markdown table:",
      "cost, best known, gap, the OptaPlanner example's cost, time to best, moves per second.",
      "Reference costs come from DIR/README.md. Time-limited runs depend on the machine's speed and load;",
      "--moves and --steps give the same table on any machine and load (the time limit then only caps)."
    })
public final class BenchRosterCommand implements Callable<Integer> {


  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory of INRC-2010 *.xml instances.")
  Path dir;

  @Option(names = "--time-limit", paramLabel = "DURATION",
      description = "Solver time per instance, e.g. 60s, 500ms, 2m (default: 60s; with --moves or --steps none,"
          + " or a cap when given).")
  String timeLimit;

  @Option(names = "--instances", split = ",", paramLabel = "NAME",
      description = "Only these instances (file names without .xml), e.g. sprint01,medium02.")
  List<String> instances;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "runs/bench-roster.md",
      description = "Where to write the Markdown table (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--solutions", paramLabel = "DIR",
      description = "Also write each roster as DIR/<instance>.solution.xml in the competition's solution format.")
  Path solutions;

  @Option(names = "--moves", paramLabel = "N",
      description = "Stop after N evaluated moves per instance (and search) instead of the time (reproducible).")
  Long moves;

  @Option(names = "--steps", paramLabel = "N",
      description = "Stop after N local search steps per instance (and search) instead of the time (reproducible).")
  Long steps;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Independent searches side by side, one thread each, 1 to 64, the best roster kept (the first"
          + " with --seed, so never worse than one thread at the same budget per search; default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--move-threads", defaultValue = "1", paramLabel = "T",
      description = "Instead: one search whose moves T threads evaluate (OptaPlanner's multithreaded move evaluation;"
          + " measured slower than one thread here). Not with --threads or --moves (default: ${DEFAULT-VALUE}).")
  int moveThreads;

  @Option(names = "--redeal", paramLabel = "SHARE",
      description = "Give up to SHARE of the time limit (above 0 to 0.9; 0 for none) to re-dealing whole lines among"
          + " everyone (column generation over GLOP's simplex, then a dive) after the first part of the local"
          + " search; what it does not use goes back to the search. Under a time limit alone, exact cover (as"
          + " INRC-2010's) and one thread per search; see docs/roster.md (default: 0.55 there with a time limit of"
          + " 30 s or more, else none).")
  Double redeal;

  /** The re-deal's share when {@code --redeal} is not given and a time limit alone bounds the search. */
  static final double DEFAULT_REDEAL = 0.55;
  /**
   * The shortest time limit the re-deal is the default at: below it the re-deal was measured worse than
   * the local search alone (5 s and 15 s), at it and above better (30 s, 60 s); docs/roster.md.
   */
  static final Duration REDEAL_FROM = Duration.ofSeconds(30);

  /** More threads than this only contend for the same cores. */
  static final int MAX_THREADS = 64;

  @Option(names = "--seed", defaultValue = "1", description = "Solver random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Duration limit = timeLimit != null ? Durations.parse(timeLimit, "--time-limit")
        : moves == null && steps == null ? Duration.ofSeconds(60) : null;
    RosterSolverSettings settings = settings(limit);
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    List<Path> files = RosterBenchmark.instanceFiles(dir);
    if (files.isEmpty()) {
      throw new BadInputException(dir + ": no *.xml instances in this directory");
    }
    if (instances != null) {
      List<Path> chosen = new ArrayList<>();
      for (String name : instances) {
        Path file = files.stream().filter(f -> RosterBenchmark.instanceName(f).equals(name)).findFirst().orElse(null);
        if (file == null) {
          throw new BadInputException(dir + ": no instance named " + name);
        }
        chosen.add(file);
      }
      files = chosen;
    }
    ReferenceCosts references = ReferenceCosts.read(dir.resolve("README.md"));
    List<BenchmarkRow> rows;
    rows = RosterBenchmark.run(files, references, settings, solutions, line -> {
      err.println(line);
      err.flush();
    });
    String table = BenchmarkReport.markdown(rows, String.format(Locale.ROOT,
        "INRC-2010 roster benchmark: %s, %s per instance%s, %s, seed %d", dir.getFileName(), budget(),
        threads > 1 && (moves != null || steps != null) ? " and search" : "", threading(), seed) + (redealShare() == 0 ? "" : String.format(Locale.ROOT, ", line re-deal up to %.0f %% of the time", redealShare() * 100)));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(table);
    stdout.flush();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, table);
    err.println("wrote " + out);
    return ChainsimCommand.EXIT_OK;
  }

  /** The budget the options give, checked: one kind of count at most, and threads the count can follow. */
  RosterSolverSettings settings(Duration limit) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new BadInputException("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
    }
    if (moveThreads < 1 || moveThreads > MAX_THREADS) {
      throw new BadInputException("--move-threads must be between 1 and " + MAX_THREADS + ", not " + moveThreads);
    }
    if (threads > 1 && moveThreads > 1) {
      throw new BadInputException("--threads runs independent searches, --move-threads one search on several"
          + " threads: give one");
    }
    if (moves != null && steps != null) {
      throw new BadInputException("--moves and --steps are two budgets: give one");
    }
    if ((moves != null && moves < 1) || (steps != null && steps < 1)) {
      throw new BadInputException((moves != null ? "--moves" : "--steps") + " must be at least 1, not "
          + (moves != null ? moves : steps));
    }
    if (moves != null && moveThreads > 1) {
      throw new BadInputException("--moves counts the moves of one thread: with --move-threads " + moveThreads
          + " give --steps or --time-limit");
    }
    RosterSolverSettings base = moves != null ? RosterSolverSettings.forMoveLimit(moves, seed).withTimeLimit(limit)
        : steps != null ? RosterSolverSettings.forStepLimit(steps, seed).withTimeLimit(limit)
        : RosterSolverSettings.forTimeLimit(limit, seed);
    if (redeal != null && !(redeal >= 0 && redeal <= 0.9)) {
      throw new BadInputException("--redeal must be 0 (none) or above 0 and at most 0.9, not " + redeal);
    }
    if (redeal != null && redeal > 0) {
      if (moves != null || steps != null) {
        throw new BadInputException("--redeal shares a time limit: not with --moves or --steps");
      }
      if (moveThreads > 1) {
        throw new BadInputException("--redeal runs on the search's own thread: not with --move-threads");
      }
    }
    double share = redealShare();
    if (share > 0) {
      base = base.withRedeal(share);
    }
    return base.withMoveThreads(moveThreads).withSearches(threads);
  }

  /** The re-deal's share: as given, else {@link #defaultRedeal}. */
  private double redealShare() {
    if (redeal != null) {
      return redeal;
    }
    Duration limit = timeLimit != null ? Durations.parse(timeLimit, "--time-limit") : Duration.ofSeconds(60);
    return defaultRedeal(limit, moves != null || steps != null, moveThreads);
  }

  /**
   * The share when none is given: {@link #DEFAULT_REDEAL} under a time limit alone of at least
   * {@link #REDEAL_FROM} on one thread per search, else none.
   */
  static double defaultRedeal(Duration limit, boolean budget, int moveThreads) {
    return !budget && moveThreads <= 1 && limit.compareTo(REDEAL_FROM) >= 0 ? DEFAULT_REDEAL : 0;
  }

  /** How the threads are used, for the table's title. */
  private String threading() {
    return moveThreads > 1 ? "one search, " + moveThreads + " move threads"
        : threads == 1 ? "1 thread" : threads + " independent searches, one thread each";
  }

  private String budget() {
    return moves != null ? String.format(Locale.ROOT, "%,d moves", moves)
        : steps != null ? String.format(Locale.ROOT, "%,d steps", steps) : timeLimit != null ? timeLimit : "60s";
  }
}
