package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every subcommand shares: {@code --version}, {@code --verbose}, exit codes. */
class GeneralOptionsTest {
  private static final String LOG_LINE = "^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO |DEBUG|WARN |ERROR) .+";

  @TempDir Path dir;

  static CliRun run(List<String> args) {
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The path of every command and subcommand, e.g. [plan, expansion]. */
  private static List<List<String>> commands(CommandLine cmd, List<String> path, List<List<String>> into) {
    into.add(path);
    cmd.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) { // aliases once
        List<String> p = new ArrayList<>(path);
        p.add(name);
        commands(sub, p, into);
      }
    });
    return into;
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    String expected = "chainsim " + ChainsimCommand.version() + System.lineSeparator();
    List<List<String>> all = commands(ChainsimCommand.newCommandLine(), List.of(), new ArrayList<>());
    assertThat(all).contains(List.of("validate"), List.of("plan", "expansion"), List.of("bench", "roster"));
    int checked = 0;
    for (List<String> command : all) {
      CommandLine sub = ChainsimCommand.newCommandLine();
      for (String name : command) {
        sub = sub.getSubcommands().get(name);
      }
      if (sub.getCommandSpec().optionsMap().containsKey("--version")) {
        for (String flag : new String[] {"--version", "-V"}) {
          List<String> args = new ArrayList<>(command);
          args.add(flag);
          CliRun r = run(args);
          assertThat(r.exit()).as("%s", args).isEqualTo(0);
          assertThat(r.out()).as("%s", args).isEqualTo(expected);
          assertThat(r.err()).as("%s", args).isEmpty();
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void quietByDefault() throws Exception {
    Subprocess.Result r = Subprocess.chainsim("validate", "../scenarios/growth.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("../scenarios/growth.yaml: ok\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void verboseLogsWhatIsReadToStandardErrorAndLeavesStandardOutputAlone() throws Exception {
    Subprocess.Result r = Subprocess.chainsim("validate", "-vv", "../scenarios/growth.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("../scenarios/growth.yaml: ok\n");
    assertThat(r.err().lines()).allMatch(l -> l.matches(LOG_LINE))
        .anyMatch(l -> l.matches(".* DEBUG .* ../scenarios/growth.yaml:8:10: base ../scenarios/baseline.yaml read"
            + " \\(\\d+ characters\\)"))
        .anyMatch(l -> l.matches(".* INFO .* ../scenarios/growth.yaml: 1 base \\(../scenarios/baseline.yaml\\);"
            + " valid in \\d+ ms"));
  }

  @Test
  void verboseRunLogsEngineReplicationsAndTimings() throws Exception {
    Path out = dir.resolve("run");
    Subprocess.Result r = Subprocess.chainsim("-v", "run", "../scenarios/baseline.yaml", "--replications", "2",
        "--engine", "sequential", "--threads", "1", "--no-report", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("suzhou-baseline: 2 replications").doesNotContain(" INFO ")
        .contains("Run written to " + out);
    assertThat(r.err().lines()).allMatch(l -> l.matches(LOG_LINE)).noneMatch(l -> l.contains("DEBUG"))
        .anyMatch(l -> l.contains("../scenarios/baseline.yaml: no bases; valid in"))
        .anyMatch(l -> l.contains("suzhou-baseline: 2 replications of 36 months, seed 20270101, sequential engine"
            + " on 1 threads"))
        .anyMatch(l -> l.matches(".* simulated 2 replications in \\d+\\.\\d s .*"))
        .anyMatch(l -> l.contains("wrote " + out + " in "));
  }
}
