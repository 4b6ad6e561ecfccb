package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim validate}, {@code show} and {@code schema} as a user runs them. */
class ScenarioCommandsTest {
  static final Path SCENARIOS = Path.of("../scenarios");

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void validateAcceptsEveryExample() {
    CliRun r = run("validate", "../scenarios/baseline.yaml", "../scenarios/growth.yaml",
        "../scenarios/agent-comparator.yaml", "../scenarios/national.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(4).allMatch(l -> l.endsWith(": ok"));
  }

  @Test
  void validatePrintsEveryProblemOfABrokenFileAndExitsWithTwo() throws Exception {
    String text = Files.readString(SCENARIOS.resolve("baseline.yaml"), StandardCharsets.UTF_8)
        .replace("reserve_ratio: 0.15", "reserve_ratoi: 0.15")
        .replace("wage_index: 1.0", "wage_index: cheap");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, text);
    CliRun r = run("validate", broken.toString(), "../scenarios/baseline.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEqualTo("../scenarios/baseline.yaml: ok\n");
    assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: .+"));
    assertThat(r.err()).contains(":14:3: capital.reserve_ratoi: unknown key 'reserve_ratoi' (did you mean"
        + " 'reserve_ratio'?)");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void showResolvedPrintsTheMergedScenarioWithoutExtends() {
    CliRun r = run("show", "--resolved", "../scenarios/growth.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("name: yangtze-delta-growth\n").doesNotContain("extends")
        .contains("  - id: wuxi\n", "initial: 40000000\n").doesNotContain("E7");
  }

  @Test
  void showParametersListsKeyPathsAndDraws() {
    CliRun r = run("show", "--parameters", "../scenarios/baseline.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).containsPattern("products\\[high_tech_cert\\]\\.price +replication +triangular min=30000"
        + " mode=50000 max=80000");
  }

  @Test
  void showOnAnInvalidFileExitsWithTwoAndLocatedLines() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "name: x\nseed: [\n");
    CliRun r = run("show", "--resolved", broken.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).isNotEmpty().allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: .+"));
  }

  @Test
  void schemaPrintsTheCommittedSchema() throws Exception {
    CliRun r = run("schema");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(Files.readString(SCENARIOS.resolve("chainsim.schema.json"), StandardCharsets.UTF_8));
    Path out = dir.resolve("s.json");
    assertThat(run("schema", "--out", out.toString()).exit()).isEqualTo(0);
    assertThat(Files.readString(out)).isEqualTo(r.out());
  }

  @Test
  void schemaOfEmployeesFilesIsTheCommittedOne() throws Exception {
    CliRun r = run("schema", "--employees");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(SCENARIOS.resolve("employees.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("validate").exit()).isEqualTo(2);
    assertThat(run("show", "../scenarios/baseline.yaml").exit()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"validate", "show", "schema"}) {
      CliRun r = run(command, "--help");
      assertThat(r.exit()).isEqualTo(0);
      assertThat(r.out()).startsWith("Usage: chainsim " + command);
    }
  }

  @Test
  void schemaIntoAMissingDirectoryIsBadInputWithAPlainMessage() {
    Path out = dir.resolve("nowhere/s.json");
    CliRun r = run("schema", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("chainsim: cannot write " + out + ": the directory " + out.getParent()
        + " does not exist\n");
    CliRun intoDirectory = run("schema", "--out", dir.toString());
    assertThat(intoDirectory.exit()).isEqualTo(2);
    assertThat(intoDirectory.err()).isEqualTo("chainsim: cannot write " + dir + ": it is a directory\n");
  }

  @Test
  void aBaseSharedByTwoBrokenVariantsIsReportedOnce() throws Exception {
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    Files.writeString(dir.resolve("base.yaml"), Files.readString(SCENARIOS.resolve("baseline.yaml"))
        .replace("wage_index: 1.0", "wage_index: cheap"));
    Files.writeString(dir.resolve("a.yaml"), "extends: base.yaml\nname: a\n");
    Files.writeString(dir.resolve("b.yaml"), "extends: ./base.yaml\nname: b\nseed: x\n");
    CliRun r = run("validate", dir.resolve("a.yaml").toString(), dir.resolve("./b.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(2);
    assertThat(r.err().lines().toList().get(0)).endsWith("/base.yaml:43:17: regions[suzhou].wage_index: expected a"
        + " number or a distribution such as { dist: triangular, min: 1, mode: 2, max: 3 }, got the string 'cheap'");
    assertThat(r.err().lines().toList().get(1)).endsWith("/b.yaml:3:7: seed: expected an integer, got the string 'x'");
  }

  @Test
  void atMostTwoHundredProblemsAreShownPerFile() throws Exception {
    StringBuilder text = new StringBuilder(Files.readString(SCENARIOS.resolve("baseline.yaml")));
    for (int i = 0; i < 250; i++) {
      text.append("zz_").append(i).append(": 1\n");
    }
    Path broken = dir.resolve("many.yaml");
    Files.writeString(broken, text);
    CliRun r = run("validate", broken.toString());
    assertThat(r.exit()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(201).allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: .+"));
    assertThat(lines.get(200)).endsWith("many.yaml:" + (text.toString().lines().count() - 49)
        + ":1: ... and 50 more problems (the first 200 are shown)");
  }

  @Test
  void aScenarioTooLargeForTheMemoryGetsOneLine() throws Exception {
    StringBuilder text = new StringBuilder(Files.readString(SCENARIOS.resolve("baseline.yaml")));
    text.append("zz_big:\n");
    for (int i = 0; i < 300_000; i++) {
      text.append("  - { id: x").append(i).append(" }\n");
    }
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, text);
    Subprocess.Result r = Subprocess.chainsimWithHeap("32m", "validate", big.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(big + ":1:1: not enough memory to check this scenario (the Java heap is limited to"
        + " 32 MiB); give Java more, e.g. -Xmx2g\n");
  }
}
