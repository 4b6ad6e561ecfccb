package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code chainsim bench cluster} on a tiny run: it starts its worker processes, times them, stops them. */
class BenchClusterCommandTest {
  @Test
  void timesOneProcessThenAClusterOfWorkerProcessesInOneTable() {
    // a warm-up of 1: the coordinator runs its warm-up (2 replications, two batches of 1 on the one worker) and
    // then the timed run in one session
    CliRun o = CliRun.of("bench", "cluster", "../scenarios/baseline.yaml", "--replications", "2", "--warmup", "1",
        "--workers", "1", "--worker-threads", "1", "--worker-heap", "256m", "--threads", "1", "--batch-size", "1");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).startsWith("Scenario suzhou-baseline; ");
    assertThat(o.out()).contains("| setup | processes | threads each | replications | seconds | replications/s |"
        + " vs one process | efficiency |");
    String number = " [0-9.]+ \\|";
    assertThat(o.out()).containsPattern("\\| one process \\| 1 \\| 1 \\| 2 \\|" + number + number
        + " 1\\.00x \\| 100% \\|");
    assertThat(o.out()).containsPattern("\\| 1 worker process \\| 1 \\| 1 \\| 2 \\|" + number + number
        + " [0-9.]+x \\|");
    assertThat(o.err()).contains("bench: 1 worker process(es) of 1 thread(s) up");
    assertThat(o.err()).containsPattern("bench: coordinator joined in [0-9]+\\.[0-9]{2} s");
    // the diagnostics: CPU a replication of each side, GC, the worker's busy share and idle time, bytes on the wire
    assertThat(o.out()).contains("| setup | CPU s/replication: coordinator | workers | all | GC s: coordinator | workers"
        + " | JIT s: workers | workers busy | idle ms/batch | KB/replication |");
    assertThat(o.out()).containsPattern("\\| one process \\| [0-9]+\\.[0-9]{3} \\| - \\| [0-9]+\\.[0-9]{3} \\|"
        + " [0-9]+\\.[0-9]{2} \\| - \\| - \\| - \\| - \\| - \\|");
    assertThat(o.out()).containsPattern("\\| 1 worker process \\| [0-9]+\\.[0-9]{3} \\| [0-9]+\\.[0-9]{3} \\|"
        + " [0-9]+\\.[0-9]{3} \\| [0-9]+\\.[0-9]{2} \\| [0-9]+\\.[0-9]{2} \\| [0-9]+\\.[0-9]{2} \\| [0-9]+% \\| [0-9]+ \\|"
        + " [1-9][0-9]* \\|");
    assertThat(o.out()).contains("cluster over plain TCP");
  }

  @Test
  void tlsFilesAreCheckedBeforeAnythingRuns() {
    CliRun o = CliRun.of("bench", "cluster", "../scenarios/baseline.yaml", "--tls-pem", "no-such-dir");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).startsWith("chainsim: ").contains("no-such-dir").doesNotContain("bench:");
  }

  @Test
  void badSizesAreTheUsersToFix() {
    CliRun o = CliRun.of("bench", "cluster", "../scenarios/baseline.yaml", "--workers", "1,0");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("chainsim: --workers must list sizes between 1 and 64, not 0\n");
    CliRun heap = CliRun.of("bench", "cluster", "../scenarios/baseline.yaml", "--worker-heap", "lots");
    assertThat(heap.exit()).isEqualTo(2);
    assertThat(heap.err()).isEqualTo("chainsim: --worker-heap must be a size such as 512m or 2g, not 'lots'\n");
  }
}
