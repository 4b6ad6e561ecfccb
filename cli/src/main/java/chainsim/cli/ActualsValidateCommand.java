package chainsim.cli;

import chainsim.actuals.ActualsReader;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim actuals validate SCENARIO --actuals DIR --as-of YYYY-MM}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a directory of actuals against the scenario they report on: every file present with its header, every"
          + " cell (known branches, products, accounts, roles and skills; months inside the horizon and not after"
          + " --as-of; no negative counts or amounts where impossible), no duplicate rows, and the totals that must"
          + " add up (clients, headcount, cash; the state against the as-of month).",
      "Prints every problem as 'file:line:column: message' on standard error (column: the CSV column of the cell)"
          + " and exits with 2; prints 'DIR: ok' otherwise. Writes nothing."
    })
final class ActualsValidateCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActualsValidateCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario the actuals report on.")
  Path scenarioFile;

  @CommandLine.Option(names = "--actuals", required = true, paramLabel = "DIR",
      description = "The directory holding actuals/ and state/.")
  Path dir;

  @CommandLine.Option(names = "--as-of", required = true, paramLabel = "YYYY-MM",
      converter = ActualsCommand.MonthConverter.class, description = "The last month the actuals cover.")
  YearMonth asOf;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioFile).scenario();
    ActualsCommand.checkAsOf(scenario, asOf);
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    List<Problem> problems = ActualsReader.validate(dir, scenario, asOf);
    LOG.info("{}: {} problems against {} as of {}", Problem.displayPath(dir), problems.size(), scenario.name(), asOf);
    if (!problems.isEmpty()) {
      new ProblemPrinter(spec.commandLine().getErr()).print(problems);
      return ChainsimCommand.EXIT_BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(Problem.displayPath(dir) + ": ok");
    out.flush();
    return ChainsimCommand.EXIT_OK;
  }
}
