package chainsim.cli;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.rebalance.calibration.CalibratedOverlay;
import chainsim.rebalance.calibration.ScenarioCalibration;
import chainsim.rebalance.observations.ActualsObservations;
import chainsim.report.calibration.CalibrationMarkdown;
import chainsim.report.run.AtomicDirectory;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenariosRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim calibrate SCENARIO --actuals DIR --as-of YYYY-MM [--out DIR] [--force]}. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Update the scenario's uncertain parameters from a directory of actuals (docs/calibration.md, 'From"
          + " actuals'): conversion, contacts per consultant, attrition and each marketing line's cost per lead of"
          + " each branch template (its branches pooled; leads by line from actuals/marketing.csv when given),"
          + " product prices, healthy churn when the scenario gives it a distribution. Checks the actuals first, as"
          + " 'chainsim actuals validate' does: on bad input prints every problem as 'file:line:column: message',"
          + " exits with 2 and writes nothing.",
      "Writes DIR/calibrated.yaml (an overlay that extends SCENARIO with the posteriors) and DIR/calibration.md"
          + " (the prior-vs-posterior table and what was not calibrated, for a pull request), both or neither;"
          + " an existing DIR is replaced only with --force. DIR must lie inside the scenarios' root (the directory"
          + " holding chainsim.schema.json) so that the overlay's extends resolves; the default is"
          + " ROOT/calibrated/<scenario file name>-<as-of>. Same inputs, same bytes."
    },
    footer = "%n--out defaults to ROOT/calibrated/<scenario>-<as-of>, ROOT being the scenarios' root.")
final class CalibrateCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CalibrateCommand.class);

  static final String OVERLAY = "calibrated.yaml";
  static final String TABLE = "calibration.md";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ActualsInput input;

  @CommandLine.Mixin OutputDirectoryOption output;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = input.load();
    Scenario scenario = loaded.scenario();
    Path scenarioFile = input.scenarioFile;
    Path actualsDir = input.dir;
    YearMonth asOf = input.asOf;
    Path root = ScenariosRoot.of(scenarioFile);
    Path target = output.chosen(root.resolve("calibrated").resolve(stem(scenarioFile) + "-" + asOf));
    Path targetAbsolute = OutputPaths.realAsFarAsItExists(target);
    if (!targetAbsolute.startsWith(root) || targetAbsolute.equals(root)) {
      throw new BadInputException(target + " is outside the scenarios' root " + root + " (the directory holding "
          + ScenariosRoot.MARKER + "): calibrated.yaml extends the scenario and must live below that root");
    }
    output.refuseExisting(target);

    if (input.printProblems(loaded, spec)) {
      return ChainsimCommand.EXIT_BAD_INPUT;
    }
    long started = System.nanoTime();
    Actuals actuals = ActualsReader.read(actualsDir, scenario, asOf);
    ActualsObservations observations = ActualsObservations.from(scenario, actuals);
    ScenarioCalibration calibration = ScenarioCalibration.of(scenario, observations.observations());
    LOG.info("{}: {} parameters calibrated, {} not, in {}", scenario.name(), calibration.parameters().size(),
        observations.notCalibrated().size(), Logging.seconds(started));

    String extendsPath = targetAbsolute.relativize(realFile(scenarioFile)).toString().replace('\\', '/');
    String name = scenario.name() + "-calibrated-" + asOf;
    String yaml = CalibratedOverlay.yaml(calibration, extendsPath, name, List.of(
        "Calibrated from the actuals to " + asOf + " by chainsim calibrate; regenerate rather than edit.",
        "The prior-vs-posterior table and what was not calibrated: " + TABLE + " next to this file."));
    String markdown = CalibrationMarkdown.of(scenario.name(), extendsPath, asOf, calibration.table(),
        observations.notCalibrated());
    output.write(target, into -> {
        Files.writeString(into.resolve(OVERLAY), yaml, StandardCharsets.UTF_8);
        Files.writeString(into.resolve(TABLE), markdown, StandardCharsets.UTF_8);
        // written aside at the same depth as the target: the overlay must load there before it is moved in
        List<Problem> overlayProblems = ScenarioLoader.validate(into.resolve(OVERLAY));
        if (!overlayProblems.isEmpty()) {
          Problem first = overlayProblems.get(0);
          throw new IOException("the calibrated overlay does not load (" + overlayProblems.size() + " problems), first: "
              + first.line() + ":" + first.column() + ": " + first.message());
        }
      });
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(CalibrationMarkdown.console(calibration.table()));
    printer.println(observations.notCalibrated().size() + " parameters not calibrated (see " + TABLE + ").");
    printer.println("Wrote " + Problem.displayPath(target.resolve(OVERLAY)) + " and "
        + Problem.displayPath(target.resolve(TABLE)));
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Path realFile(Path file) throws IOException {
    return file.toRealPath();
  }
}
