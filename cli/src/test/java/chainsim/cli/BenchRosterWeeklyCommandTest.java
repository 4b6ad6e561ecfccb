package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.inrc2.Assignment;
import chainsim.roster.inrc2.Inrc2Evaluator;
import chainsim.roster.inrc2.Inrc2Instance;
import chainsim.roster.inrc2.Inrc2TextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRosterWeeklyCommandTest {

  @TempDir Path tmp;

  private static Path datasets() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("benchmarks/roster/inrc2");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmarks/roster/inrc2 not found");
  }

  @Test
  void solvesAnInstanceWeekByWeekAndWritesTheTableAndTheWeeksSolutions() throws Exception {
    Path table = tmp.resolve("table.md");
    Path sols = tmp.resolve("sols");
    CliRun run = CliRun.of("bench", "roster-weekly", datasets().toString(), "--instances", "n005w4_0_1-2-3-3",
        "--steps", "20000", "--out", table.toString(), "--solutions", sols.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).startsWith("## INRC-II week by week: inrc2, 1 x the competition's time per week, "
        + "at most 20000 moves a week, seed 1");
    assertThat(run.out()).contains("| n005w4_0_1-2-3-3 | 10.0 |");
    assertThat(Files.readString(table)).isEqualTo(run.out());
    // the written weeks, read back and scored by the evaluator, give the table's cost
    Inrc2Instance instance = Inrc2Instance.load(datasets(), "n005w4_0_1-2-3-3");
    List<List<Assignment>> weeks = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      weeks.add(Inrc2TextReader.solution(sols.resolve("n005w4_0_1-2-3-3/sol-week" + w + ".txt"), instance.scenario()));
    }
    int cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(), weeks).total();
    assertThat(run.out()).contains("| n005w4_0_1-2-3-3 | 10.0 | " + cost + " | 1695 |");
  }

  @Test
  void wholeSolvesTheWeeksAtOnceAsTheOfflineReferenceAndSaysSo() throws Exception {
    Path sols = tmp.resolve("whole");
    CliRun run = CliRun.of("bench", "roster-weekly", datasets().toString(), "--instances", "n005w4_0_1-2-3-3",
        "--steps", "20000", "--whole", "--out", tmp.resolve("whole.md").toString(), "--solutions", sols.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).startsWith("## INRC-II all weeks at once (offline reference): inrc2, 1 x the competition's "
        + "time per week, at most 20000 moves a week (added up over the weeks), seed 1");
    Inrc2Instance instance = Inrc2Instance.load(datasets(), "n005w4_0_1-2-3-3");
    List<List<Assignment>> weeks = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      weeks.add(Inrc2TextReader.solution(sols.resolve("n005w4_0_1-2-3-3/sol-week" + w + ".txt"), instance.scenario()));
    }
    Inrc2Evaluator.Cost cost = Inrc2Evaluator.evaluate(instance.scenario(), instance.initial(), instance.weeks(), weeks);
    assertThat(cost.feasible()).isTrue();
    assertThat(run.out()).contains("| n005w4_0_1-2-3-3 | 10.0 | " + cost.total() + " | 1695 |");
  }

  @Test
  void anUnknownInstanceIsBadInput() {
    CliRun run = CliRun.of("bench", "roster-weekly", datasets().toString(), "--instances", "n030w4_1_6-2-9");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().trim()).isEqualTo("chainsim: n030w4_1_6-2-9: 3 weeks named, but scenario n030w4 has 4");
  }

  @Test
  void aBadTimeScaleIsBadInput() {
    CliRun run = CliRun.of("bench", "roster-weekly", datasets().toString(), "--time-scale", "0");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().trim()).isEqualTo("chainsim: --time-scale must be above 0 and at most 100, not 0.0");
  }
}
