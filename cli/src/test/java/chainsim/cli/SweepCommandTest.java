package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.cluster.Endpoint;
import chainsim.cluster.WorkerNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chainsim sweep}: a 2×2 grid on the baseline, each variant's directory the bytes of a plain
 * run of the scenario with its values set, the table the variants' summaries, the errors exact and
 * nothing written on bad input; on a one-worker cluster the same bytes.
 */
class SweepCommandTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";
  private static final String[] GRID = {"--vary", "capital.terminal_multiple=2.5,3.5",
      "--vary", "expansion[suzhou-partner].month=1,7"};
  private static final List<String> VARIANTS = List.of(
      "capital.terminal_multiple-2.5__expansion-suzhou-partner.month-1",
      "capital.terminal_multiple-2.5__expansion-suzhou-partner.month-7",
      "capital.terminal_multiple-3.5__expansion-suzhou-partner.month-1",
      "capital.terminal_multiple-3.5__expansion-suzhou-partner.month-7");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @TempDir Path temp;

  private Path sweep(String name, String... extra) {
    Path dir = temp.resolve(name);
    String[] args = Stream.of(Stream.of("sweep", BASELINE), Stream.of(GRID), Stream.of("--replications", "4",
        "--out", dir.toString(), "--no-report", "--lang", "en"), Stream.of(extra)).flatMap(s -> s)
        .toArray(String[]::new);
    CliRun o = CliRun.of(args);
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("4 variants of ../scenarios/baseline.yaml, 4 replications each, seed 20270101 for all",
        "Sweep written to " + dir);
    return dir;
  }

  /** Every file of a tree, the manifests without their command line. */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (f.getFileName().toString().equals("manifest.json")) {
          text = text.replaceAll("\"command_line\" : \\[.*]", ""); // one line; a value may hold ']'
        }
        files.put(dir.relativize(f).toString(), text);
      }
    }
    return files;
  }

  @Test
  void eachVariantIsThePlainRunOfTheScenarioWithItsValuesSet() throws IOException {
    Path sweep = sweep("sweep", "--threads", "2");
    try (Stream<Path> listed = Files.list(sweep)) {
      assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList()).containsExactlyElementsOf(
          Stream.concat(VARIANTS.stream(), Stream.of("sweep.csv", "sweep.html", "sweep.md")).sorted().toList());
    }
    // the last variant, set by hand in an overlay file beside a copy of the baseline and run as any scenario
    Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
    for (String f : List.of("baseline.yaml", "chainsim.schema.json", "employees/suzhou-direct.yaml")) {
      Files.createDirectories(scenarios.resolve(f).getParent());
      Files.copy(Path.of("../scenarios", f), scenarios.resolve(f));
    }
    Path overlay = scenarios.resolve("variant.yaml");
    Files.writeString(overlay, "extends: baseline.yaml\n"
        + "capital:\n  terminal_multiple: 3.5\nexpansion:\n  - id: suzhou-partner\n    month: 7\n");
    Path plain = temp.resolve("plain");
    CliRun run = CliRun.of("run", overlay.toString(), "--replications", "4", "--out", plain.toString(),
        "--no-report", "--threads", "1");
    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, String> expected = tree(plain);
    Map<String, String> actual = tree(sweep.resolve(VARIANTS.get(3)));
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String f : expected.keySet()) {
      if (f.equals("manifest.json")) {
        // the scenario file named differs (the sweep's scenario, not the hand-written overlay); the hash does not
        assertThat(actual.get(f).replaceAll("\"file\" : \"[^\"]*\"", ""))
            .isEqualTo(expected.get(f).replaceAll("\"file\" : \"[^\"]*\"", ""));
      } else {
        assertThat(actual.get(f)).as(f).isEqualTo(expected.get(f));
      }
    }
    assertThat(actual.get("scenario.yaml")).contains("terminal_multiple: 3.5", "month: 7");
  }

  @Test
  void theTableIsTheVariantsSummariesInTheSweepsOrder() throws IOException {
    Path sweep = sweep("table", "--threads", "1", "--engine", "sequential");
    List<String> lines = Files.readAllLines(sweep.resolve("sweep.csv"));
    assertThat(lines.get(0)).isEqualTo("variant,capital.terminal_multiple,expansion[suzhou-partner].month,npv_mean,"
        + "npv_std_error,npv_p5,npv_p95,p_cash_below_zero,p_cash_below_zero_std_error,peak_funding_need_mean,"
        + "peak_funding_need_p95");
    assertThat(lines).hasSize(5);
    String[] values = {"2.5,1", "2.5,7", "3.5,1", "3.5,7"};
    for (int v = 0; v < 4; v++) {
      JsonNode h = JSON.readTree(sweep.resolve(VARIANTS.get(v)).resolve("summary.json").toFile()).path("headline");
      String expected = String.join(",", VARIANTS.get(v), values[v], text(h, "npv/mean"), text(h, "npv/std_error"),
          text(h, "npv/p5"), text(h, "npv/p95"), text(h, "p_cash_below_zero/probability"),
          text(h, "p_cash_below_zero/std_error"), text(h, "peak_funding_need/mean"),
          text(h, "peak_funding_need/p95"));
      assertThat(lines.get(v + 1)).isEqualTo(expected);
    }
    // common random numbers: the partner's opening month leaves the direct branch's own draws alone
    assertThat(Files.readString(sweep.resolve(VARIANTS.get(0)).resolve("replications.csv")).lines()
        .map(l -> l.split(",")[1]).toList())
        .isEqualTo(Files.readString(sweep.resolve(VARIANTS.get(3)).resolve("replications.csv")).lines()
            .map(l -> l.split(",")[1]).toList());
    String md = Files.readString(sweep.resolve("sweep.md"));
    assertThat(md).startsWith("### Sweep of ../scenarios/baseline.yaml\n\n4 variants · 4 replications each · seed"
        + " 20270101, the same for every variant (common random numbers)\n");
    assertThat(md).contains("| 4 | 3.5 | 7 | ");
    String html = Files.readString(sweep.resolve("sweep.html"));
    assertThat(html).contains("<html lang=\"en\"", "sweep-npv", "sweep-cash");
  }

  private static String text(JsonNode headline, String path) {
    return headline.at("/" + path).decimalValue().toPlainString();
  }

  @Test
  void badKeysAndValuesAreOneLineAndWriteNothing() {
    Path out = temp.resolve("never");
    assertError(out, "chainsim: --vary 'x.y=1': no key x.y in ../scenarios/baseline.yaml\n", "--vary", "x.y=1");
    assertError(out, "chainsim: --vary 'capital.intial=1': no key capital.intial in ../scenarios/baseline.yaml (did"
        + " you mean 'capital.initial'?)\n", "--vary", "capital.intial=1");
    assertError(out, "chainsim: --vary 'capital=1': capital is a section, not a value: vary one of its keys\n",
        "--vary", "capital=1");
    assertError(out, "chainsim: --vary 'capital.initial': expected KEY=v1,v2,...\n", "--vary", "capital.initial");
    assertError(out, "chainsim: --vary 'capital.initial=1,,2': an empty value\n", "--vary", "capital.initial=1,,2");
    assertError(out, "chainsim: --vary 'capital.initial=1,1': the value 1 is given twice\n",
        "--vary", "capital.initial=1,1");
    assertError(out, "chainsim: --vary 'capital.initial=2': capital.initial is varied twice\n",
        "--vary", "capital.initial=1", "--vary", "capital.initial=2");
    assertError(out, "chainsim: --vary 'expansion[hangzhou].month=3': no key expansion[hangzhou].month in"
        + " ../scenarios/baseline.yaml\n", "--vary", "expansion[hangzhou].month=3");
    assertError(out, "chainsim: --vary 'seed=1,2': seed is the same for every variant; use --seed, or one sweep per"
        + " seed\n", "--vary", "seed=1,2");
    CliRun negative = CliRun.of("sweep", BASELINE, "--vary", "capital.initial=1000000,-5", "--out", out.toString());
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err()).startsWith("chainsim: --vary capital.initial=-5: capital.initial: ");
    assertThat(negative.err().lines().count()).isEqualTo(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void aSweepFileWritesTheBytesOfTheSameGridGivenWithVary() throws IOException {
    Path fromFile = temp.resolve("file");
    CliRun o = CliRun.of("sweep", "../scenarios/sweeps/baseline-capital.yaml", "--replications", "2", "--out",
        fromFile.toString(), "--no-report", "--threads", "1", "--lang", "en");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("4 variants of ../scenarios/baseline.yaml, 2 replications each");
    Path fromVary = temp.resolve("vary");
    CliRun v = CliRun.of("sweep", BASELINE, "--vary", "capital.initial=3000000,12000000", "--vary",
        "expansion[suzhou-partner].month=1,7", "--replications", "2", "--out", fromVary.toString(), "--no-report",
        "--threads", "1", "--lang", "en");
    assertThat(v.exit()).as(v.err()).isZero();
    Map<String, String> expected = tree(fromVary);
    assertThat(expected).containsKey("sweep.csv").hasSize(4 * 8 + 3);
    assertThat(tree(fromFile)).isEqualTo(expected);
  }

  @Test
  void aBadSweepFileIsLocatedAndWritesNothing() throws IOException {
    Path file = temp.resolve("bad.yaml");
    Files.writeString(file, "scenario: ../../scenarios/baseline.yaml\nvary:\n  - key: capital.intial\n"
        + "    values: [1]\n  - key: capital.initial\n    values: [1000000, -5]\n");
    // the scenario relative to the sweep file, wherever it is run from
    Files.writeString(file, Files.readString(file).replace("../../scenarios/baseline.yaml",
        Path.of("../scenarios/baseline.yaml").toAbsolutePath().normalize().toString()));
    Path out = temp.resolve("never");
    CliRun o = CliRun.of("sweep", file.toString(), "--out", out.toString());
    assertThat(o.exit()).isEqualTo(2);
    String shown = chainsim.scenario.Problem.displayPath(file);
    List<String> lines = o.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(shown + ":3:10: vary[0].key: no key capital.intial in "
        + Path.of("../scenarios/baseline.yaml").toAbsolutePath().normalize() + " (did you mean 'capital.initial'?)");
    // the scenario validator's own message, at the value
    assertThat(lines.get(1)).isEqualTo(shown + ":6:23: vary[1].values[1]: capital.initial: must be at least 0, got -5");
    assertThat(out).doesNotExist();
  }

  private void assertError(Path out, String message, String... vary) {
    String[] args = Stream.concat(Stream.of("sweep", BASELINE, "--out", out.toString()), Stream.of(vary))
        .toArray(String[]::new);
    CliRun o = CliRun.of(args);
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err()).isEqualTo(message);
    assertThat(out).doesNotExist();
  }

  @Test
  void aSweepOnAOneWorkerClusterWritesTheSameBytes() throws Exception {
    Map<String, String> local = tree(sweep("local", "--threads", "1"));
    Endpoint seed = new Endpoint("127.0.0.1", ClusterRunCommandTest.freePort());
    ActorSystem<?> worker = WorkerNode.start(seed, seed, 1);
    try {
      Map<String, String> clustered = tree(sweep("cluster", "--cluster", seed.toString(), "--batch-size", "3"));
      assertThat(clustered).isEqualTo(local);
      assertThat(temp.resolve(".cluster-" + VARIANTS.get(0) + ".batches")).as("checkpoints go at the end")
          .doesNotExist();
    } finally {
      worker.terminate();
    }
  }
}
