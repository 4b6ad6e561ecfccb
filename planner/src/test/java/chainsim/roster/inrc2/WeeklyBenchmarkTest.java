package chainsim.roster.inrc2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class WeeklyBenchmarkTest {

  @Test
  void grantsTheCompetitionsTimePerWeek() {
    // 10 + 3 (N - 20) seconds: 40 s for 30 nurses, 310 s for 120; the 20-nurse 10 s for the small test sets
    assertThat(WeeklyBenchmark.competitionSecondsPerWeek(30)).isEqualTo(40.0);
    assertThat(WeeklyBenchmark.competitionSecondsPerWeek(120)).isEqualTo(310.0);
    assertThat(WeeklyBenchmark.competitionSecondsPerWeek(5)).isEqualTo(10.0);
  }

  @Test
  void readsTheReferenceCostsFromTheDatasetsReadme() throws IOException {
    assertThat(WeeklyBenchmark.references(Inrc2Files.dir().resolve("README.md")))
        .containsExactly(java.util.Map.entry("n005w4_0_1-2-3-3", 1695), java.util.Map.entry("n030w4_1_6-2-9-1", 1755),
            java.util.Map.entry("n030w4_1_6-7-5-3", 1755));
  }
}
