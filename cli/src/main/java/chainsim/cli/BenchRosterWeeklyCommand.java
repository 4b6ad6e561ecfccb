package chainsim.cli;

import chainsim.roster.inrc2.WeeklyBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim bench roster-weekly DIR}: solves INRC-II instances week by week, each week seeing
 * only its own demand and the history the weeks before left, and prints the competition cost
 * against the reference costs of DIR/README.md.
 */
@Command(
    name = "roster-weekly",
    mixinStandardHelpOptions = true,
    description = {
      "Solve INRC-II instances (DIR/<dataset>/Sc-, H0-, WD-*.txt) one week at a time and print a Markdown table:",
      "the validator's cost by term, the reference cost and the gap. Each week gets the competition's time,",
      "10 + 3 (N - 20) seconds for N nurses, times --time-scale. Time-limited runs depend on the machine and its load."
    })
public final class BenchRosterWeeklyCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory of INRC-II datasets, e.g. benchmarks/roster/inrc2.")
  Path dir;

  @Option(names = "--instances", split = ",", paramLabel = "NAME",
      description = "Instances such as n030w4_1_6-2-9-1 (default: those in DIR/README.md's table).")
  List<String> instances;

  @Option(names = "--time-scale", defaultValue = "1", paramLabel = "X",
      description = "Share of the competition's time per week (default: ${DEFAULT-VALUE}).")
  double timeScale;

  @Option(names = "--steps", paramLabel = "N",
      description = "At most N moves a week: with it a run is reproducible and the time only a cap.")
  Long steps;

  @Option(names = "--seed", defaultValue = "1", description = "Solver random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "runs/bench-roster-weekly.md",
      description = "Where to write the Markdown table (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--solutions", paramLabel = "DIR",
      description = "Also write each instance's weeks as DIR/<instance>/sol-week<w>.txt for the competition's validator.")
  Path solutions;

  @Option(names = "--whole",
      description = {"Offline reference, not the competition's process: solve each instance's weeks all at once, seeing",
          "every week's data, with the weeks' budgets added up. Tells the week-by-week loss from the search's."})
  boolean whole;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    if (!(timeScale > 0) || timeScale > 100) {
      throw new BadInputException("--time-scale must be above 0 and at most 100, not " + timeScale);
    }
    if (steps != null && steps < 1) {
      throw new BadInputException("--steps must be at least 1, not " + steps);
    }
    Map<String, Integer> references = WeeklyBenchmark.references(dir.resolve("README.md"));
    List<String> chosen = instances != null ? instances : new ArrayList<>(references.keySet());
    if (chosen.isEmpty()) {
      throw new BadInputException(dir + ": no instances named (--instances, or a table in README.md)");
    }
    List<WeeklyBenchmark.Row> rows;
    try {
      rows = WeeklyBenchmark.run(dir, chosen, references, timeScale, steps == null ? Long.MAX_VALUE : steps, seed,
          solutions, whole, line -> {
            err.println(line);
            err.flush();
          });
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    String table = WeeklyBenchmark.markdown(rows, String.format(Locale.ROOT,
        (whole ? "INRC-II all weeks at once (offline reference)" : "INRC-II week by week") + ": %s, %s x the competition's time per week%s, seed %d", dir.getFileName(),
        java.math.BigDecimal.valueOf(timeScale).stripTrailingZeros().toPlainString(), steps == null ? "" : ", at most " + steps + " moves a week" + (whole ? " (added up over the weeks)" : ""), seed));
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
}
