package chainsim.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsEachUnit() {
    assertThat(Durations.parse("500ms", "t")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("60s", "t")).isEqualTo(Duration.ofSeconds(60));
    assertThat(Durations.parse("5m", "t")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("1h", "t")).isEqualTo(Duration.ofHours(1));
    assertThat(Durations.parse(" 30s ", "t")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void zeroIsRefusedWhateverTheUnit() {
    assertThatThrownBy(() -> Durations.parse("0s", "--time-limit")).isInstanceOf(InputException.class)
        .hasMessage("--time-limit must be more than zero, not '0s'");
    assertThatThrownBy(() -> Durations.parse("0ms", "planning.roster.time_limit"))
        .hasMessage("planning.roster.time_limit must be more than zero, not '0ms'");
  }

  @Test
  void theScenarioPatternAcceptsWhatParseAccepts() {
    for (String text : new String[] {"500ms", "60s", "5m", "1h", "007s"}) {
      assertThat(text).matches(Durations.SCENARIO_PATTERN);
      Durations.parse(text, "t");
    }
    for (String text : new String[] {"0s", "00ms", "5M", "soon", "5"}) {
      assertThat(text).doesNotMatch(Durations.SCENARIO_PATTERN);
    }
  }

  @Test
  void unitsAreLowerCaseOnlyAsInTheScenarioSchema() {
    assertThatThrownBy(() -> Durations.parse("5M", "--time-limit"))
        .hasMessage("--time-limit '5M' is not a duration like 500ms, 60s, 5m or 1h");
    assertThat("5M").doesNotMatch(Durations.SCENARIO_PATTERN);
    assertThat("5m").matches(Durations.SCENARIO_PATTERN);
  }

  @Test
  void anythingElseIsRefusedNamingTheValue() {
    for (String bad : new String[] {"soon", "", "5", "5 m", "-5s", "1.5s", "5min"}) {
      assertThatThrownBy(() -> Durations.parse(bad, "--time-limit")).isInstanceOf(InputException.class)
          .hasMessage("--time-limit '" + bad + "' is not a duration like 500ms, 60s, 5m or 1h");
    }
  }

  @Test
  void formatIsTheInverseOfParse() {
    for (String text : new String[] {"500ms", "90s", "5m", "2h", "1500ms"}) {
      assertThat(Durations.format(Durations.parse(text, "t"))).isEqualTo(text);
    }
  }
}
