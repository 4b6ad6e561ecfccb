package chainsim.cli;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code chainsim validate FILE...}: every problem of every file, one line each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check scenario files: bases merged, then every key, type, range, distribution and reference.",
      "Prints every problem as 'file:line:column: key.path: message' on standard error, in file and position"
          + " order (a problem of a base two files share, once; at most " + ProblemPrinter.MAX_PER_FILE + " per file),"
          + " and 'FILE: ok' on standard output for each valid file. Exits with 2 when any file has a problem."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ValidateCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allOk = true;
    // Two variants of one broken base share its problems: each is printed once.
    ProblemPrinter printer = new ProblemPrinter(err);
    for (Path file : files) {
      List<Problem> problems = ScenarioLoader.validate(file);
      if (problems.isEmpty()) {
        out.println(Problem.displayPath(file) + ": ok");
      } else {
        allOk = false;
        int shown = printer.print(problems);
        if (shown < problems.size()) {
          LOG.info("{}: {} problems, {} of them printed above already", Problem.displayPath(file), problems.size(),
              problems.size() - shown);
        }
      }
    }
    out.flush();
    err.flush();
    return allOk ? ChainsimCommand.EXIT_OK : ChainsimCommand.EXIT_BAD_INPUT;
  }
}
