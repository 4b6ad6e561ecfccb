package chainsim.cli;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsSynthesizer;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim actuals synthesize TRUE_SCENARIO --as-of YYYY-MM --replication K --out DIR}. */
@Command(
    name = "synthesize",
    mixinStandardHelpOptions = true,
    description = {
      "Write the actuals a finance team would report if TRUE_SCENARIO were the world: months from the horizon's"
          + " start to --as-of of one replication, run by the sequential engine, and the state at the end of"
          + " --as-of. Same scenario, replication and month, same bytes.",
      "What the simulator does not observe is approximated or left empty as docs/actuals.md says (hires and"
          + " leavers as net changes; hire months from the line's growth; receivables without due months)."
    })
final class ActualsSynthesizeCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActualsSynthesizeCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", paramLabel = "TRUE_SCENARIO", description = "The scenario taken as the truth.")
  Path scenarioFile;

  @CommandLine.Option(names = "--as-of", required = true, paramLabel = "YYYY-MM",
      converter = ActualsCommand.MonthConverter.class, description = "The last month to report.")
  YearMonth asOf;

  @CommandLine.Option(names = "--replication", paramLabel = "K", defaultValue = "0",
      description = "Which replication is the truth (default ${DEFAULT-VALUE}).")
  int replication;

  @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write actuals/ and state/ into.")
  Path out;

  @CommandLine.Option(names = "--force", description = "Replace existing DIR/actuals and DIR/state.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioFile).scenario();
    ActualsCommand.checkAsOf(scenario, asOf);
    if (replication < 0 || replication >= 1_000_000) {
      throw new BadInputException("--replication must be between 0 and 999999, not " + replication);
    }
    long started = System.nanoTime();
    Actuals actuals = new ActualsSynthesizer(scenario).synthesize(asOf, replication);
    LOG.info("{}: replication {} simulated to {} in {}", scenario.name(), replication, asOf,
        Logging.seconds(started));
    selfCheck(actuals, scenario);
    ActualsFolders.write(out, force, actuals);
    var printer = spec.commandLine().getOut();
    printer.println("Wrote the actuals of " + scenario.name() + ", replication " + replication + ", "
        + scenario.horizon().start() + " to " + asOf + ", to " + out);
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  /**
   * The synthesized actuals must pass the checks a finance team's do: if the model's books stop
   * adding up (a change to the business model), this says so, exit 1, instead of writing them.
   */
  private void selfCheck(Actuals actuals, Scenario scenario) throws java.io.IOException {
    Path scratch = java.nio.file.Files.createTempDirectory("chainsim-actuals-");
    try {
      chainsim.actuals.ActualsWriter.write(scratch, actuals);
      var problems = chainsim.actuals.ActualsReader.validate(scratch, scenario, asOf);
      if (!problems.isEmpty()) {
        var first = problems.get(0);
        throw new IllegalStateException("the synthesized actuals do not pass validation (" + problems.size()
            + " problems), first: " + scratch.relativize(first.file()) + ":" + first.line() + ":" + first.column()
            + ": " + first.message());
      }
    } finally {
      try (var walk = java.nio.file.Files.walk(scratch)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.deleteIfExists(p);
        }
      }
    }
  }
}
