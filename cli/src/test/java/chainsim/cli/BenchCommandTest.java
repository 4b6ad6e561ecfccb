package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim bench}: rounds, their median and spread, the collectors and the load, and its bad input. */
class BenchCommandTest {
  private static final String BASELINE = "../scenarios/baseline.yaml";

  @TempDir Path temp;

  @Test
  void benchPrintsTheMedianOfItsRoundsAndEveryRoundWithItsCollectorsAndLoad() throws Exception {
    Path table = temp.resolve("bench.md");
    CliRun o = CliRun.of("bench", BASELINE, "--rounds", "2", "--replications", "1", "--warmup", "0", "--threads", "2",
        "--out", table.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.err()).contains("bench: round 2: actor engine on 2 thread(s), 1 replications");
    List<String> lines = o.out().lines().toList();
    assertThat(lines).contains("| engine | threads | rounds | median firm-months/s | median vs sequential | lowest"
        + " | highest | median GC share |");
    assertThat(lines.stream().filter(l -> l.matches("\\| (sequential|actor) \\| [12] \\| 2 \\| .*"))).hasSize(3);
    assertThat(lines.stream().filter(l -> l.matches("\\| sequential \\| 1 \\| 2 \\| .* \\| 1\\.00x \\| 1\\.00x \\| 1\\.00x \\| .*")))
        .as("the sequential engine against itself").hasSize(1);
    assertThat(lines.stream().filter(l -> l.matches("\\| [12] \\| (sequential|actor) \\| [12] \\| 1 \\| .* \\| \\d+ \\| \\d+ \\|"
        + " (\\d+\\.\\d\\d|n/a) → (\\d+\\.\\d\\d|n/a) \\|"))).as("six rounds rows").hasSize(6);
    assertThat(Files.readString(table, StandardCharsets.UTF_8)).isEqualTo(o.out());
  }

  @Test
  void roundsBelowOneAreRefused() {
    CliRun o = CliRun.of("bench", BASELINE, "--rounds", "0");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("chainsim: --replications and --rounds must be at least 1 and --warmup at least 0\n");
  }
}
