package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Uncertain;
import chainsim.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chainsim calibrate} on the worked example (scenarios/actuals against the baseline, as of
 * 2027-06), in a copy of the scenarios' root so the default output lands in a temporary directory.
 */
class CalibrateCommandTest {
  static final Path SCENARIOS = Path.of("../scenarios");

  @TempDir Path root;
  Path baseline;
  Path actuals;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void copyTheScenariosRoot() throws IOException {
    FileTrees.copy(SCENARIOS.resolve("chainsim.schema.json"), root.resolve("chainsim.schema.json"));
    FileTrees.copy(SCENARIOS.resolve("baseline.yaml"), root.resolve("baseline.yaml"));
    FileTrees.copy(SCENARIOS.resolve("employees"), root.resolve("employees"));
    FileTrees.copy(SCENARIOS.resolve("actuals/actuals"), root.resolve("actuals/actuals"));
    FileTrees.copy(SCENARIOS.resolve("actuals/state"), root.resolve("actuals/state"));
    baseline = root.resolve("baseline.yaml");
    actuals = root.resolve("actuals");
  }

  @Test
  void calibrateWritesAnOverlayThatLoadsWithTheWorkedExamplesPosteriorsAndATable() throws Exception {
    CliRun r = run("calibrate", baseline.toString(), "--actuals", actuals.toString(), "--as-of", "2027-06");
    assertThat(r.exit()).as(r.err()).isZero();
    Path out = root.resolve("calibrated/baseline-2027-06");
    assertThat(FileTrees.bytes(out)).containsOnlyKeys("calibrated.yaml", "calibration.md");
    Path overlay = out.resolve("calibrated.yaml");
    assertThat(Files.readString(overlay)).contains("extends: ../../baseline.yaml\n");
    assertThat(ScenarioLoader.validate(overlay)).isEmpty();
    Map<String, Uncertain> calibrated = ParameterCatalog.of(ScenarioLoader.load(overlay).scenario()).parameters();
    // Beta(6, 24) and 78 new clients of 417 firms with a need worked (65 qualified contacts + 352 leads),
    // 67 of the leads from the events line (marketing.csv), converting at 1.3 x: 437.1 effective trials
    assertThat(calibrated.get("branch_templates[standard_direct].productivity.conversion_rate"))
        .isEqualTo(new Uncertain.Beta(84.0, 383.1, null, null, Uncertain.Draw.REPLICATION));
    // spend / leads by line (marketing.csv): the truth's replication 0 draws 527.80 and 1102.24
    assertThat(calibrated.get("branch_templates[standard_direct].marketing[online].cost_per_lead").mean())
        .isCloseTo(526.3, within(0.1));
    assertThat(calibrated.get("branch_templates[standard_direct].attrition_monthly").mean()).isBetween(0.0385, 0.0389);
    // the truth's replication 0 prices, stated to the yuan by the orders signed
    assertThat(calibrated.get("products[tax_bookkeeping].price").mean()).isCloseTo(13559.25, within(0.1));
    assertThat(calibrated.get("products[high_tech_cert].price").mean()).isCloseTo(76565.01, within(0.1));
    assertThat(r.out()).contains("branch_templates[standard_direct].productivity.conversion_rate", "0.1798",
        "78/417 (effective 437.1) over 6 months", "36.21", "691 over exposure 19.25", "4/64 over 6 months",
        "products[high_tech_cert].price", "23 items in 5 months, mean 76565, noise sd 1", "9 parameters not calibrated");
    String table = Files.readString(out.resolve("calibration.md"));
    assertThat(table).contains("| `branch_templates[standard_direct].attrition_monthly` | replication | uniform | 0.035 |")
        .contains("| `clients.churn_monthly_healthy` | a fixed number in the scenario (0.025)")
        .doesNotContain("no order count per product");
  }

  @Test
  void runningTwiceGivesTheSameBytesAndKeepsTheOutputWithoutForce() throws Exception {
    Path out = root.resolve("calibrated/june");
    String[] args = {"calibrate", baseline.toString(), "--actuals", actuals.toString(), "--as-of", "2027-06",
        "--out", out.toString()};
    assertThat(run(args).exit()).isZero();
    Map<String, byte[]> first = FileTrees.bytes(out);

    CliRun again = run(args);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");

    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertThat(run(forced).exit()).isZero();
    Map<String, byte[]> second = FileTrees.bytes(out);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    assertThat(listing(root.resolve("calibrated"))).containsExactly("june"); // nothing left aside
  }

  @Test
  void badActualsExitWithTwoWithLocatedLinesAndWriteNothing() throws Exception {
    Path funnel = actuals.resolve("actuals/funnel.csv");
    Files.writeString(funnel, Files.readString(funnel).replace("2027-03,suzhou-direct,94,", "2027-03,suzhou-drect,94,"));
    CliRun r = run("calibrate", baseline.toString(), "--actuals", actuals.toString(), "--as-of", "2027-06");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("actuals/funnel.csv:4:2: unknown branch or channel 'suzhou-drect'");
    assertThat(r.out()).isEmpty();
    assertThat(root.resolve("calibrated")).doesNotExist();
  }

  @Test
  void anOutputOutsideTheScenariosRootIsRefused() throws Exception {
    Path outside = root.getParent().resolve(root.getFileName() + "-elsewhere");
    CliRun r = run("calibrate", baseline.toString(), "--actuals", actuals.toString(), "--as-of", "2027-06",
        "--out", outside.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is outside the scenarios' root");
    assertThat(outside).doesNotExist();
  }

  private static java.util.List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
