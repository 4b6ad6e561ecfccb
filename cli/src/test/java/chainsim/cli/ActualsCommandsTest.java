package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.testing.FileTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim actuals template | validate | synthesize} as a user runs them. */
class ActualsCommandsTest {
  static final String BASELINE = "../scenarios/baseline.yaml";
  static final Path EXAMPLE = Path.of("../scenarios/actuals");

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void templateWritesEveryFileWithItsHeaderAndRefusesToOverwriteWithoutForce() throws Exception {
    Path out = dir.resolve("2027-06");
    Files.createDirectories(out);
    Files.writeString(out.resolve("README.md"), "kept");
    CliRun r = run("actuals", "template", BASELINE, "--as-of", "2027-06", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    Map<String, byte[]> files = FileTrees.bytes(out);
    assertThat(files).hasSize(12).containsKey("README.md");
    assertThat(new String(files.get("actuals/marketing.csv"), StandardCharsets.UTF_8))
        .isEqualTo("month,entity,line,leads,spend_cny\n");
    assertThat(new String(files.get("actuals/revenue.csv"), StandardCharsets.UTF_8))
        .isEqualTo("month,entity,product,revenue_cny,signings,signed_revenue_cny\n");
    assertThat(new String(files.get("actuals/funnel.csv"), StandardCharsets.UTF_8))
        .isEqualTo("month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n");
    assertThat(new String(files.get("state/clients.csv"), StandardCharsets.UTF_8)).startsWith("firm_id,entity,");

    Files.writeString(out.resolve("actuals/revenue.csv"), "month,entity,product,revenue_cny\n2027-01,x,y,1\n");
    CliRun again = run("actuals", "template", BASELINE, "--as-of", "2027-06", "--out", out.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
    assertThat(Files.readString(out.resolve("actuals/revenue.csv"))).contains("2027-01,x,y,1");

    CliRun forced = run("actuals", "template", BASELINE, "--as-of", "2027-06", "--out", out.toString(), "--force");
    assertThat(forced.exit()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("actuals/revenue.csv")))
        .isEqualTo("month,entity,product,revenue_cny,signings,signed_revenue_cny\n");
    assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("kept");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("README.md", "actuals", "state");
    }
  }

  @Test
  void validateAcceptsTheWorkedExample() {
    CliRun r = run("actuals", "validate", BASELINE, "--actuals", EXAMPLE.toString(), "--as-of", "2027-06");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("../scenarios/actuals: ok\n");
  }

  @Test
  void validateOnBadActualsPrintsLocatedLinesExitsWithTwoAndWritesNothing() throws Exception {
    CliRun template = run("actuals", "template", BASELINE, "--as-of", "2027-06", "--out", dir.toString(), "--force");
    assertThat(template.exit()).isEqualTo(0);
    Files.writeString(dir.resolve("actuals/clients.csv"), "month,entity,new,active,churned\n"
        + "2027-02,suzhou-direct,15,15,0\n2027-03,suzhou-direkt,11,26,-1\n");
    Map<String, byte[]> before = FileTrees.bytes(dir);
    CliRun r = run("actuals", "validate", BASELINE, "--actuals", dir.toString(), "--as-of", "2027-06");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        dir.resolve("actuals/clients.csv") + ":3:2: unknown branch or channel 'suzhou-direkt' (did you mean"
            + " 'suzhou-direct'?)",
        dir.resolve("actuals/clients.csv") + ":3:5: negative churned: -1");
    assertThat(FileTrees.bytes(dir).keySet()).isEqualTo(before.keySet());
  }

  @Test
  void badInputExitsWithTwoAndWritesNothing() {
    Path out = dir.resolve("out");
    CliRun month = run("actuals", "synthesize", "../scenarios/actuals/true.yaml", "--as-of", "June", "--out",
        out.toString());
    assertThat(month.exit()).isEqualTo(2);
    assertThat(month.err()).contains("'June' is not a month as YYYY-MM");
    CliRun outside = run("actuals", "synthesize", "../scenarios/actuals/true.yaml", "--as-of", "2030-01", "--out",
        out.toString());
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).isEqualTo("chainsim: --as-of 2030-01 is outside the horizon of suzhou-truth (2027-01"
        + " to 2029-12)\n");
    CliRun missing = run("actuals", "validate", BASELINE, "--actuals", dir.resolve("nowhere").toString(), "--as-of",
        "2027-06");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void synthesizeWritesTheWorkedExampleByteForByte() throws Exception {
    CliRun r = run("actuals", "synthesize", "../scenarios/actuals/true.yaml", "--as-of", "2027-06", "--replication",
        "0", "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    Map<String, byte[]> written = FileTrees.bytes(dir);
    Map<String, byte[]> committed = FileTrees.bytes(EXAMPLE);
    committed.remove("true.yaml");
    assertThat(written.keySet()).isEqualTo(committed.keySet());
    written.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
        .isEqualTo(new String(committed.get(name), StandardCharsets.UTF_8)));
  }
}
