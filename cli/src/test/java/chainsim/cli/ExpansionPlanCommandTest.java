package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code chainsim plan expansion} and {@code chainsim bench plan} as a user runs them, on the four-cell fixture. */
class ExpansionPlanCommandTest {
  static final String FIXTURE = "../planner/src/test/resources/expansion/two-cities.yaml";

  @TempDir static Path cache;
  @TempDir Path dir;

  static CliRun run(String... args) {
    return ScenarioCommandsTest.run(args);
  }

  @Test
  void planExpansionWritesAPlanThatChainsimRunSimulates() throws Exception {
    Path out = dir.resolve("plan");
    CliRun r = run("plan", "expansion", FIXTURE, "--time-limit", "2s", "--validation-replications",
        "2", "--out", out.toString(), "--cache", cache.toString(), "--lang", "en");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("openings planned").contains("|  | planner | greedy | scenario's plan |")
        .contains("Plan written to " + out);
    assertThat(out.resolve("plan.yaml")).exists();
    assertThat(out.resolve("plan-report.html")).exists();
    assertThat(out.resolve("plan-summary.md")).exists();
    assertThat(Files.readString(out.resolve("plan-summary.md"))).contains("chainsim plan expansion " + FIXTURE);

    CliRun sim = run("run", out.resolve("plan.yaml").toString(), "--replications", "2",
        "--engine", "sequential", "--out", dir.resolve("run").toString());
    assertThat(sim.exit()).as(sim.err()).isEqualTo(0);
    assertThat(sim.out()).contains("-direct-q");
  }

  @Test
  void aSearchByMovesGivesTheSamePlanFilesEveryTime() throws Exception {
    String[] plans = new String[2];
    for (int i = 0; i < 2; i++) {
      Path out = dir.resolve("moves-" + i);
      CliRun r = run("plan", "expansion", FIXTURE, "--moves", "3000", "--validation-replications",
          "0", "--out", out.toString(), "--cache", cache.toString(), "--lang", i == 0 ? "en" : "zh");
      assertThat(r.exit()).as(r.err()).isEqualTo(0);
      assertThat(r.out()).contains("limit 3,000 moves");
      // the header names the command line, which differs in --out
      plans[i] = Files.readString(out.resolve("plan.yaml")).lines().filter(l -> !l.startsWith("#"))
          .collect(java.util.stream.Collectors.joining("\n"));
    }
    assertThat(plans[1]).contains("- { id: ").isEqualTo(plans[0]);
    // the language changes the pages, not the plan
    assertThat(Files.readString(dir.resolve("moves-0").resolve("plan-summary.md"))).startsWith("# Expansion plan: ");
    assertThat(Files.readString(dir.resolve("moves-1").resolve("plan-summary.md"))).startsWith("# 扩张计划：");
    assertThat(Files.readString(dir.resolve("moves-1").resolve("plan-report.html"))).contains("<html lang=\"zh-CN\">");
    CliRun none = run("plan", "expansion", FIXTURE, "--moves", "0", "--out",
        dir.resolve("none").toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("chainsim: --moves must be at least 1, not 0\n");
  }

  @Test
  void anExistingPlanDirectoryNeedsForce() throws Exception {
    Files.createDirectories(dir.resolve("plan"));
    CliRun r = run("plan", "expansion", FIXTURE, "--out", dir.resolve("plan").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("chainsim: ") && l.contains("--force"));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    CliRun limit = run("plan", "expansion", FIXTURE, "--time-limit", "soon", "--out",
        dir.resolve("a").toString());
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).isEqualTo("chainsim: --time-limit 'soon' is not a duration like 500ms, 60s, 5m or 1h\n");
    CliRun zero = run("plan", "expansion", FIXTURE, "--time-limit", "0s", "--out", dir.resolve("a").toString());
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("chainsim: --time-limit must be more than zero, not '0s'\n");

    CliRun unimproved = run("plan", "expansion", FIXTURE, "--unimproved-time-limit", "0s", "--out",
        dir.resolve("a").toString());
    assertThat(unimproved.exit()).isEqualTo(2);
    assertThat(unimproved.err()).isEqualTo("chainsim: --unimproved-time-limit must be more than zero, not '0s'\n");
    assertThat(dir.resolve("a")).doesNotExist();

    CliRun missing = run("plan", "expansion", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1);

    Path previous = dir.resolve("with-previous.yaml");
    Files.writeString(previous, Files.readString(Path.of(FIXTURE))
        .replace("    validation_replications: 4\n", "    validation_replications: 4\n    previous_plan: gone.yaml\n"));
    CliRun gone = run("plan", "expansion", previous.toString(), "--out", dir.resolve("b").toString(),
        "--cache", cache.toString());
    assertThat(gone.exit()).isEqualTo(2);
    assertThat(gone.err().lines()).hasSize(1).allMatch(l -> l.startsWith("chainsim: planning.expansion.previous_plan:"
        + " gone.yaml not found"));
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void benchPlanPrintsTheTableOfPlannerGreedyAndTheScenariosPlan() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new BenchPlanCommand());
    cmd.setOut(new PrintWriter(out, true));
    int exit = cmd.execute(FIXTURE, "--time-limits", "1s,2s", "--validation-replications", "2", "--cache",
        cache.toString());
    assertThat(exit).isEqualTo(0);
    assertThat(out.toString()).contains("| plan | search | E[NPV] simulated ± s.e. |").contains("| planner | 1s |")
        .contains("| planner | 2s |").contains("| greedy | - |").contains("| scenario's plan | - |")
        .contains("| surrogate vs simulated | modes used |").contains("| restarts, ended by |");
  }
}
