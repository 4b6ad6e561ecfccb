package chainsim.cli;

import chainsim.scenario.Scenario;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim actuals ...}: the files a finance or operations team reports each month. */
@Command(
    name = "actuals",
    mixinStandardHelpOptions = true,
    description = "Actuals and the state at the as-of month, as CSV files (docs/actuals.md): write empty files to"
        + " fill, check filled ones against a scenario, or synthesize them from a \"true\" scenario.",
    subcommands = {ActualsCommand.Template.class, ActualsValidateCommand.class, ActualsSynthesizeCommand.class})
final class ActualsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing subcommand: see 'chainsim actuals --help'");
  }

  /** {@code --as-of YYYY-MM}: a calendar month; anything else is a usage error (exit 2). */
  static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      if (value != null && value.matches("[0-9]{4}-[0-9]{2}")) {
        try {
          return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a month as YYYY-MM, e.g. 2027-06");
    }
  }

  /** The as-of month must be one of the scenario's months. */
  static void checkAsOf(Scenario scenario, YearMonth asOf) {
    YearMonth start = YearMonth.parse(scenario.horizon().start());
    YearMonth end = start.plusMonths(scenario.horizon().months() - 1L);
    if (asOf.isBefore(start) || asOf.isAfter(end)) {
      throw new BadInputException("--as-of " + asOf + " is outside the horizon of " + scenario.name() + " (" + start
          + " to " + end + ")");
    }
  }

  /** {@code chainsim actuals template SCENARIO --as-of YYYY-MM --out DIR}. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = {
        "Write every actuals file with its header line and no rows, under DIR/actuals and DIR/state, to be filled"
            + " by finance and operations. Refuses to replace existing DIR/actuals or DIR/state without --force;"
            + " each is written complete or not at all.",
        "The header of every file is in docs/actuals.md."
      })
  static final class Template implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario the actuals report on.")
    java.nio.file.Path scenarioFile;

    @CommandLine.Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
        description = "The last month the actuals will cover.")
    YearMonth asOf;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write to.")
    java.nio.file.Path out;

    @CommandLine.Option(names = "--force", description = "Replace existing DIR/actuals and DIR/state.")
    boolean force;

    @Override
    public Integer call() throws Exception {
      Scenario scenario = chainsim.scenario.ScenarioLoader.load(scenarioFile).scenario();
      checkAsOf(scenario, asOf);
      ActualsFolders.write(out, force, chainsim.actuals.Actuals.empty(asOf));
      spec.commandLine().getOut().println("Wrote " + chainsim.actuals.ActualsFormat.TABLES.size()
          + " empty actuals files for " + scenario.name() + " to " + out + " (fill months up to " + asOf
          + "; the columns are in docs/actuals.md)");
      spec.commandLine().getOut().flush();
      return ChainsimCommand.EXIT_OK;
    }
  }
}
