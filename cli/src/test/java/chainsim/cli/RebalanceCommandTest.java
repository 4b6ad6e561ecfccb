package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.HeadlessChromium;
import chainsim.scenario.Opening;
import chainsim.scenario.ScenarioLoader;
import chainsim.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chainsim rebalance} on the worked example (scenarios/actuals, as of 2027-06) in a copy of
 * the scenarios' root, against a forecast made with {@code chainsim run}; small search budgets
 * (planning.rebalance) keep it to seconds. The scheduled script of examples/schedule runs the same
 * command and opens its pull request against a local remote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebalanceCommandTest {
  static final Path SCENARIOS = Path.of("../scenarios");
  static final String FAST = """
      extends: baseline.yaml
      name: fast
      planning:
        staffing: { forecast_replications: 8 }
        expansion: { validation_replications: 8 }
        rebalance: { expansion_moves: 2000, staffing_unimproved_steps: 300, replications: 8 }
      """;

  Path root;
  Path scenario;
  Path actuals;
  Path previous;
  Path out;
  CliRun first;

  @BeforeAll
  void rebalanceTheWorkedExampleOnce(@TempDir Path dir) throws IOException {
    root = dir;
    FileTrees.copy(SCENARIOS.resolve("chainsim.schema.json"), root.resolve("chainsim.schema.json"));
    FileTrees.copy(SCENARIOS.resolve("baseline.yaml"), root.resolve("baseline.yaml"));
    FileTrees.copy(SCENARIOS.resolve("employees"), root.resolve("employees"));
    FileTrees.copy(SCENARIOS.resolve("actuals/actuals"), root.resolve("months/2027-06/actuals"));
    FileTrees.copy(SCENARIOS.resolve("actuals/state"), root.resolve("months/2027-06/state"));
    scenario = root.resolve("fast.yaml");
    Files.writeString(scenario, FAST);
    actuals = root.resolve("months/2027-06");
    previous = root.resolve("forecast");
    CliRun run = CliRun.of("run", scenario.toString(), "--replications", "8", "--out", previous.toString(),
        "--no-report");
    assertThat(run.exit()).as(run.err()).isZero();
    out = root.resolve("rebalance/fast-2027-06");
    first = CliRun.of(args());
  }

  private String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("rebalance", scenario.toString(), "--actuals", actuals.toString(),
        "--as-of", "2027-06", "--previous", previous.toString(), "--lang", "en", "--threads", "2"));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void itWritesTheOverlaysThePlansTheRestartedForecastAndThePagesForReview() throws Exception {
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("fast as of 2027-06: 0 of 2 openings change", "Rebalance written to");
    Map<String, byte[]> files = FileTrees.bytes(out);
    assertThat(files).containsKeys("calibrated.yaml", "calibration.md", "replan.yaml", "plan/plan.yaml",
        "staffing/staffing-plan.yaml", "staffing/staffing-moves.csv", "run/summary.json", "run/monthly.csv",
        "run/report.html", "rebalance.md", "rebalance.html", "forecast-check.csv", "drivers.csv");
    // both openings were open at the as-of month: pinned at the months they opened
    List<Opening> replanned = ScenarioLoader.load(out.resolve("replan.yaml")).scenario().expansion();
    assertThat(replanned).extracting(Opening::id).containsExactly("suzhou-direct", "suzhou-partner");
    assertThat(replanned).allMatch(Opening::pinned);
    // the new plan runs as it is, and the forecast is the restart of its staffed version
    assertThat(ScenarioLoader.validate(out.resolve("staffing/staffing-plan.yaml"))).isEmpty();
    assertThat(Files.readString(out.resolve("staffing/staffing-moves.csv"))).contains("suzhou-direct,")
        .doesNotContain(",6,"); // months up to the as-of month are history, not planned
    String md = Files.readString(out.resolve("rebalance.md"));
    assertThat(md).contains("# Rebalance of fast as of 2027-06", "## What moved in the expansion plan",
        "| suzhou | direct | kept | 2027-01", "open (pinned, at the month it opened)", "## What moved in staffing",
        "Months 2027-07 to 2027-12", "## Headline figures: previous forecast (A) against the new one (B)",
        "## Calibration", "conversion_rate", "## Forecast check: actuals to 2027-06 against the previous plan");
    assertThat(Files.readString(out.resolve("rebalance.html"))).contains("<html", "Rebalance of fast as of 2027-06",
        "id=\"forecast-check\"", "id=\"cash\"");
    assertThat(Files.readString(out.resolve("forecast-check.csv"))).startsWith("entity,metric,")
        .contains("suzhou-direct,signed_orders,count,2027-06,");
  }

  /** The page as a reader sees it: every chart drawn offline (the cash fans, the forecast check's bands), no error. */
  @Test
  void thePageDrawsTheFansAndTheForecastCheckInABrowserWithoutAnError() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(root.resolve("browser-profile"))) {
      int charts = chromium.openAndWaitForEcharts(out.resolve("rebalance.html"), 2);
      assertThat(charts).as("the cash fans and the forecast check's charts").isGreaterThanOrEqualTo(2);
      assertThat(chromium.errors()).as("console errors").isEmpty();
      assertThat(chromium.requests()).as("requests made by the page").isEqualTo(List.of());
      Files.createDirectories(Path.of("target", "screenshots"));
      chromium.screenshot(Path.of("target", "screenshots", "rebalance-fast-2027-06.png"));
    }
  }

  @Test
  void runningItAgainOnTheSameMonthChangesNothing() throws Exception {
    Map<String, byte[]> before = FileTrees.bytes(out);
    CliRun again = CliRun.of(args());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
    CliRun forced = CliRun.of(args("--force"));
    assertThat(forced.exit()).as(forced.err()).isZero();
    Map<String, byte[]> after = FileTrees.bytes(out);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((file, bytes) -> assertThat(new String(after.get(file), StandardCharsets.UTF_8)).as(file)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  @Test
  void badActualsExitWithTwoWithLocatedLinesAndWriteNothing() throws Exception {
    Path bad = root.resolve("bad");
    FileTrees.copy(actuals, bad);
    Path funnel = bad.resolve("actuals/funnel.csv");
    Files.writeString(funnel, Files.readString(funnel).replace("2027-03,suzhou-direct,", "2027-03,suzhou-drect,"));
    Path target = root.resolve("rebalance/bad");
    CliRun r = CliRun.of("rebalance", scenario.toString(), "--actuals", bad.toString(), "--as-of", "2027-06",
        "--out", target.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("actuals/funnel.csv:4:2: unknown branch or channel 'suzhou-drect'");
    assertThat(r.out()).isEmpty();
    assertThat(target).doesNotExist();
  }

  @Test
  void aPreviousForecastOfAnotherHorizonIsRefused() throws Exception {
    Path other = root.resolve("other.yaml");
    Files.writeString(other, "extends: baseline.yaml\nname: other\nhorizon: { start: 2027-01, months: 24 }\n");
    Path otherRun = root.resolve("other-run");
    assertThat(CliRun.of("run", other.toString(), "--replications", "2", "--out", otherRun.toString(), "--no-report")
        .exit()).isZero();
    CliRun r = CliRun.of("rebalance", scenario.toString(), "--actuals", actuals.toString(), "--as-of", "2027-06",
        "--previous", otherRun.toString(), "--out", root.resolve("rebalance/other").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("other-run/scenario.yaml: horizon 2027-01 + 24 months differs from",
        "is it a run of another scenario?");
  }

  /**
   * The schedule's script, as the CI workflow and the systemd timer run it: it finds the month's
   * actuals, rebalances, commits the directory on a branch and pushes it (here to a bare repository
   * on disk; without the GitHub CLI it says to open the pull request from the branch).
   */
  @Test
  void theScheduledScriptRebalancesLastMonthAndPushesABranchForThePullRequest() throws Exception {
    Path repo = root.resolve("repo");
    FileTrees.copy(root.resolve("chainsim.schema.json"), repo.resolve("chainsim.schema.json"));
    FileTrees.copy(root.resolve("baseline.yaml"), repo.resolve("baseline.yaml"));
    FileTrees.copy(root.resolve("employees"), repo.resolve("employees"));
    FileTrees.copy(scenario, repo.resolve("fast.yaml"));
    FileTrees.copy(actuals, repo.resolve("actuals/2027-06"));
    Path remote = root.resolve("remote.git");
    git(root, "init", "-q", "--bare", remote.toString());
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "-q", "-m", "scenarios");
    git(repo, "remote", "add", "origin", remote.toString());
    Path chainsim = root.resolve("chainsim-under-test");
    Files.writeString(chainsim, "#!/usr/bin/env bash\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -Xmx512m -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
        + ChainsimCommand.class.getName() + " \"$@\"\n");
    chainsim.toFile().setExecutable(true);

    ProcessBuilder pb = new ProcessBuilder("bash", Path.of("../examples/schedule/rebalance-monthly.sh")
        .toAbsolutePath().normalize().toString()).directory(repo.toFile()).redirectErrorStream(true);
    pb.environment().putAll(Map.of("SCENARIO", "fast.yaml", "ACTUALS_ROOT", "actuals", "AS_OF", "2027-06",
        "CHAINSIM", chainsim.toString(), "OPEN_PULL_REQUEST", "1", "PATH", "/usr/bin:/bin"));
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("chainsim rebalance fast.yaml --actuals actuals/2027-06 --as-of 2027-06 --out"
        + " ./rebalance/fast-2027-06 --force --lang zh");
    String files = git(remote, "ls-tree", "-r", "--name-only", "rebalance/fast-2027-06");
    assertThat(files).contains("rebalance/fast-2027-06/rebalance.md", "rebalance/fast-2027-06/calibrated.yaml",
        "rebalance/fast-2027-06/staffing/staffing-plan.yaml");
    assertThat(git(remote, "log", "-1", "--format=%s", "rebalance/fast-2027-06")).contains("Rebalance fast as of 2027-06");
  }

  private static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }
}
