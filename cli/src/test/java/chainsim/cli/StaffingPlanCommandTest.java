package chainsim.cli;

import static chainsim.cli.ScenarioCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim plan staffing} as a user runs it, on a small fixture. */
class StaffingPlanCommandTest {
  static final String FIXTURE = "src/test/resources/staffing/delta.yaml";
  static final String[] QUICK = {"--replications", "4", "--time-limit", "3s", "--threads", "1"};

  @TempDir Path dir;

  private CliRun plan(String... args) {
    String[] all = new String[args.length + QUICK.length + 2];
    all[0] = "plan";
    all[1] = "staffing";
    System.arraycopy(args, 0, all, 2, args.length);
    System.arraycopy(QUICK, 0, all, 2 + args.length, QUICK.length);
    return run(all);
  }

  @Test
  void writesThePlanSaysWhereAndTheSimulatorRunsIt() throws Exception {
    Path out = dir.resolve("plan");
    CliRun r = plan(FIXTURE, "--out", out.toString(), "--lang", "en");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("Staffing plan for staffing-delta, months 7 to 10 (2027-07 to 2027-10)",
        "Plan written to " + out, out.resolve("staffing-plan.yaml").toString(),
        "Simulate it: chainsim run " + out.resolve("staffing-plan.yaml"));
    assertThat(r.err()).contains("Forecasting the workload: 4 replications of months 1 to 10", "Solving: 3 branches");
    for (String name : new String[] {"staffing-plan.yaml", "staffing-summary.md", "headcount.html",
        "staffing-moves.csv", "scenario.yaml"}) {
      assertThat(out.resolve(name)).isRegularFile();
    }
    assertThat(ScenarioLoader.load(out.resolve("staffing-plan.yaml")).scenario().headcountPlan()).isNotEmpty();
    assertThat(Files.readString(out.resolve("staffing-summary.md"))).contains("## Totals", "## By branch",
        "### hz-direct (direct)", "### nj-equity (equity channel)");
    String html = Files.readString(out.resolve("headcount.html"));
    assertThat(html).contains("id=\"plan-data\"", "\"id\":\"hz-direct\"").doesNotContain("src=\"http");

    CliRun simulated = run("run", out.resolve("staffing-plan.yaml").toString(), "--replications", "2", "--threads", "1",
        "--out", dir.resolve("run").toString());
    assertThat(simulated.exit()).as(simulated.err()).isEqualTo(0);

    CliRun again = plan(FIXTURE, "--out", out.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
  }

  @Test
  void theRosterPlannerFindsTheBranchsTeamFromTheStaffingPlan() throws Exception {
    // the baseline names suzhou-direct's employees file relative to itself; the plan lies elsewhere
    Path out = dir.resolve("elsewhere/plan");
    CliRun r = plan("../scenarios/baseline.yaml", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(ScenarioLoader.load(out.resolve("staffing-plan.yaml")).scenario().planning().roster().employeesFiles())
        .containsEntry("suzhou-direct", out.relativize(Path.of("../scenarios/employees/suzhou-direct.yaml")
            .toAbsolutePath().normalize()).toString());
    CliRun roster = run("plan", "roster", out.resolve("staffing-plan.yaml").toString(), "--branch", "suzhou-direct",
        "--weeks", "1", "--replications", "4", "--threads", "1", "--steps", "500", "--out",
        dir.resolve("roster").toString());
    assertThat(roster.exit()).as(roster.err()).isEqualTo(0);
    assertThat(dir.resolve("roster/roster.csv")).isRegularFile();
  }

  @Test
  void aWindowPastTheHorizonIsBadInput() {
    CliRun r = plan(FIXTURE, "--first-month", "10", "--out", dir.resolve("p").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("chainsim: the planning window, months 10 to 13 (first_month 10, window_months 4),"
        + " must lie within the horizon of 12 months\n");
    assertThat(dir.resolve("p")).doesNotExist();
  }

  @Test
  void badOptionsAndFilesAreBadInput() throws Exception {
    CliRun soon = run("plan", "staffing", FIXTURE, "--time-limit", "soon", "--out", dir.resolve("p").toString());
    assertThat(soon.exit()).isEqualTo(2);
    assertThat(soon.err()).isEqualTo("chainsim: --time-limit 'soon' is not a duration like 500ms, 60s, 5m or 1h\n");
    CliRun upper = run("plan", "staffing", FIXTURE, "--time-limit", "5M", "--out", dir.resolve("p").toString());
    assertThat(upper.exit()).isEqualTo(2);
    assertThat(upper.err()).isEqualTo("chainsim: --time-limit '5M' is not a duration like 500ms, 60s, 5m or 1h\n");
    CliRun missing = plan(FIXTURE, "--previous", dir.resolve("nowhere").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("previous plan: cannot read");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(Path.of(FIXTURE)).replace("window_months: 4", "window_months: none"));
    CliRun invalid = plan(broken.toString());
    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err()).contains("planning.staffing.window_months");
  }
}
