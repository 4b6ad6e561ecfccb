package chainsim.cli;

import chainsim.actuals.ActualsReader;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import picocli.CommandLine;

/**
 * The input every command that reads actuals shares (a picocli mixin): the scenario they report
 * on, the directory holding actuals/ and state/, and the as-of month; loaded and checked once.
 */
final class ActualsInput {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActualsInput.class);

  @CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario the actuals report on.")
  Path scenarioFile;

  @CommandLine.Option(names = "--actuals", required = true, paramLabel = "DIR",
      description = "The directory holding actuals/ and state/.")
  Path dir;

  @CommandLine.Option(names = "--as-of", required = true, paramLabel = "YYYY-MM",
      converter = ActualsCommand.MonthConverter.class, description = "The last month the actuals cover.")
  YearMonth asOf;

  /** The scenario, with the as-of month inside its horizon and the actuals directory present. */
  LoadedScenario load() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(scenarioFile);
    ActualsCommand.checkAsOf(loaded.scenario(), asOf);
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    return loaded;
  }

  /** Validates the actuals; prints every problem located on standard error and returns whether there were any. */
  boolean printProblems(LoadedScenario loaded, CommandLine.Model.CommandSpec spec) {
    List<Problem> problems = ActualsReader.validate(dir, loaded.scenario(), asOf);
    LOG.info("{}: {} problems against {} as of {}", Problem.displayPath(dir), problems.size(),
        loaded.scenario().name(), asOf);
    if (problems.isEmpty()) {
      return false;
    }
    new ProblemPrinter(spec.commandLine().getErr()).print(problems);
    return true;
  }
}
