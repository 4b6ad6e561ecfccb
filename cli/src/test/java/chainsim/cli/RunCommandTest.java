package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim run} end to end: files, determinism across engines and threads, safe writes. */
class RunCommandTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";
  /** Several branches, an equity channel and two partners answering the head office in any order. */
  private static final String GROWTH = "../scenarios/growth.yaml";
  /** Every file but the manifest, which records the command line. */
  private static final List<String> RESULT_FILES = List.of(
      "summary.json", "monthly.csv", "entities.csv", "events.csv", "clients-sample.csv", "replications.csv",
      "scenario.yaml");

  @TempDir Path temp;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome chainsim(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ChainsimCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  private Path run(String name, String... extra) {
    return runOf(BASELINE, name, extra);
  }

  private Path runOf(String scenario, String name, String... extra) {
    Path dir = temp.resolve(name);
    String[] args = Stream.concat(Stream.of("run", scenario, "--replications", "8", "--out", dir.toString(),
        "--no-report"), Stream.of(extra)).toArray(String[]::new);
    Outcome o = chainsim(args);
    assertThat(o.exit()).as(o.err()).isZero();
    return dir;
  }

  @Test
  void writesEveryFileAndPrintsTheHeadline() {
    Path dir = temp.resolve("one");
    Outcome o = chainsim("run", BASELINE, "--replications", "4", "--out", dir.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("suzhou-baseline: 4 replications", "NPV at 10% a year", "P(cash < 0)",
        "Run written to " + dir);
    for (String f : RESULT_FILES) {
      assertThat(dir.resolve(f)).isRegularFile();
    }
    assertThat(dir.resolve("manifest.json")).content().contains("\"sha256\"", "\"replications\" : 4");
    // values are quoted only when they must be, whatever their length
    for (String f : List.of("monthly.csv", "entities.csv", "clients-sample.csv")) {
      assertThat(dir.resolve(f)).content().doesNotContain("\"");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {BASELINE, GROWTH})
  void sameScenarioAndSeedGiveTheSameBytesOnAnyEngineAndThreadCount(String scenario) throws IOException {
    Path reference = runOf(scenario, "actor-1", "--threads", "1");
    for (String[] variant : new String[][] {
        {"--threads", "2"}, {"--threads", "4"}, {"--engine", "sequential", "--threads", "1"},
        {"--engine", "sequential", "--threads", "3"}}) {
      Path other = runOf(scenario, String.join("-", variant), variant);
      for (String f : RESULT_FILES) {
        assertThat(Files.readAllBytes(other.resolve(f))).as(f + " with " + String.join(" ", variant))
            .isEqualTo(Files.readAllBytes(reference.resolve(f)));
      }
    }
  }

  /**
   * A run whose series spill to a temporary file (every run, with the threshold at 0) writes the
   * bytes of one that keeps them on the heap: every file of the run directory, reports included.
   */
  @Test
  void spillingTheSeriesToDiskChangesNoByteOfTheRunDirectory() throws IOException {
    // the same --out for both, so that even the command line in the manifest and the reports agree
    Path spilled = temp.resolve("run");
    Path onHeap = temp.resolve("heap");
    Outcome heap = chainsim("run", GROWTH, "--replications", "8", "--out", spilled.toString());
    assertThat(heap.exit()).as(heap.err()).isZero();
    Files.move(spilled, onHeap);
    String before = System.getProperty("chainsim.spillAboveBytes");
    System.setProperty("chainsim.spillAboveBytes", "0");
    try {
      Outcome spill = chainsim("run", GROWTH, "--replications", "8", "--out", spilled.toString());
      assertThat(spill.exit()).as(spill.err()).isZero();
    } finally {
      if (before == null) {
        System.clearProperty("chainsim.spillAboveBytes");
      } else {
        System.setProperty("chainsim.spillAboveBytes", before);
      }
    }
    List<String> files;
    try (Stream<Path> listed = Files.list(onHeap)) {
      files = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).contains("monthly.csv", "entities.csv", "summary.json", "report.html", "report.xlsx");
    for (String f : files) {
      assertThat(Files.readAllBytes(spilled.resolve(f))).as(f).isEqualTo(Files.readAllBytes(onHeap.resolve(f)));
    }
  }

  @Test
  void replicationsCsvHasEveryReplicationsDrawsAndFiguresBehindTheSummary() throws IOException {
    Path dir = run("every-replication", "--threads", "2");
    List<String> lines = Files.readAllLines(dir.resolve("replications.csv"));
    assertThat(lines).hasSize(9);
    List<String> header = List.of(lines.get(0).split(",", -1));
    assertThat(header.subList(0, 2)).containsExactly("replication", "draw.capital.terminal_multiple");
    assertThat(header).contains("npv", "peak_funding_need", "min_cash", "min_cash_month", "end_cash",
        "cash_flow_positive_month", "suzhou-direct.breakeven_month", "suzhou-direct.payback_month");
    int npv = header.indexOf("npv");
    int minCash = header.indexOf("min_cash");
    double npvSum = 0;
    double lowest = Double.POSITIVE_INFINITY;
    for (int r = 1; r <= 8; r++) {
      String[] row = lines.get(r).split(",", -1);
      assertThat(row).hasSize(header.size());
      assertThat(row[0]).isEqualTo(Integer.toString(r - 1));
      npvSum += Double.parseDouble(row[npv]);
      lowest = Math.min(lowest, Double.parseDouble(row[minCash]));
    }
    // the summary's mean and P5 are of these very values (each written to the yuan)
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertThat(npvSum / 8).isCloseTo(summary.at("/headline/npv/mean").asDouble(),
        org.assertj.core.data.Offset.offset(1.0));
    assertThat(lowest).isLessThanOrEqualTo(summary.at("/headline/min_cash/p5").asDouble() + 1.0);
  }

  @Test
  void aDifferentSeedGivesDifferentResults() throws IOException {
    Path a = run("seed-a");
    Path b = run("seed-b", "--seed", "42");
    assertThat(Files.readString(b.resolve("summary.json"))).isNotEqualTo(Files.readString(a.resolve("summary.json")));
  }

  @Test
  void anEarlierRunIsNeverReplacedWithoutForce() throws IOException {
    Path dir = run("keep");
    byte[] before = Files.readAllBytes(dir.resolve("summary.json"));
    Outcome again = chainsim("run", BASELINE, "--replications", "2", "--out", dir.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err().strip()).isEqualTo("chainsim: " + dir + " exists; use --force to replace it or --out to"
        + " write elsewhere");
    assertThat(Files.readAllBytes(dir.resolve("summary.json"))).isEqualTo(before);
    Outcome forced = chainsim("run", BASELINE, "--replications", "2", "--out", dir.toString(), "--force");
    assertThat(forced.exit()).isZero();
    assertThat(dir.resolve("summary.json")).content().contains("\"replications\" : 2");
    assertThat(hiddenLeftovers()).isEmpty();
  }

  @Test
  void anInvalidScenarioWritesNothingAndExitsTwo() throws IOException {
    Path broken = temp.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(Path.of(BASELINE)).replace("reserve_ratio:", "reserve_ratoi:"));
    Path dir = temp.resolve("never");
    Outcome o = chainsim("run", broken.toString(), "--out", dir.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("broken.yaml:", "did you mean 'reserve_ratio'?");
    assertThat(dir).doesNotExist();
    assertThat(hiddenLeftovers()).isEmpty();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(chainsim("run", BASELINE, "--engine", "quantum").exit()).isEqualTo(2);
    assertThat(chainsim("run", BASELINE, "--replications", "0", "--out", temp.resolve("x").toString()).exit())
        .isEqualTo(2);
    assertThat(chainsim("run").exit()).isEqualTo(2);
  }

  private List<Path> hiddenLeftovers() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }

  @Test
  void restartsFromTheWorkedExamplesStateAndRecordsItsActualCash() throws IOException {
    Path dir = run("restart", "--restart-from", "../scenarios/actuals", "--as-of", "2027-06");
    List<String> monthly = Files.readAllLines(dir.resolve("monthly.csv"));
    // months 1..6 show scenarios/actuals/actuals/cash.csv's head-office balance in every replication
    assertThat(monthly).contains("cash.balance,cny,6,2027-06,9942303,9942303,9942303,9942303,9942303,9942303");
    assertThat(dir.resolve("manifest.json")).content().contains("--restart-from");
    Path again = run("restart-sequential", "--restart-from", "../scenarios/actuals", "--as-of", "2027-06",
        "--engine", "sequential", "--threads", "3");
    for (String f : RESULT_FILES) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
    }
    Outcome alone = chainsim("run", BASELINE, "--restart-from", "../scenarios/actuals", "--out",
        temp.resolve("x").toString());
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("--restart-from and --as-of go together");
    assertThat(temp.resolve("x")).doesNotExist();
  }
}
