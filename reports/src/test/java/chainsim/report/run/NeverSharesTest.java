package chainsim.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * summary.json tells the two "nevers" of break-even and payback apart: {@code never_share} of the
 * replications where the entity opened (it never got there within the horizon), and
 * {@code not_opened_share} where it never opened; with the reached share they add up to one.
 */
class NeverSharesTest {
  @Test
  void neverReachedIsAShareOfTheOpeningsAndNeverOpenedIsApart() throws Exception {
    Path run = TestRuns.baseline();
    JsonNode entities = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).path("entities");
    int checked = 0;
    for (var it = entities.fields(); it.hasNext(); ) {
      JsonNode e = it.next().getValue();
      if (!e.path("breakeven_applies").asBoolean()) {
        continue;
      }
      double opened = e.path("opened_share").asDouble();
      for (String key : new String[] {"breakeven_month", "payback_month"}) {
        JsonNode st = e.path(key);
        assertThat(st.path("not_opened_share").asDouble()).isEqualTo(1.0 - opened, org.assertj.core.data.Offset.offset(1e-9));
        double never = st.path("never_share").asDouble();
        // reached + opened-but-never = opened, in replications
        double reached = st.path("n").asInt() / (double) TestRuns.REPLICATIONS;
        assertThat(reached + never * opened).isCloseTo(opened, org.assertj.core.data.Offset.offset(1e-3));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theBreakEvenVolumeStandsBesideTheBreakEvenMonth() throws Exception {
    Path run = TestRuns.baseline();
    JsonNode branch = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).path("entities")
        .path("suzhou-direct");
    assertThat(branch.path("fixed_costs_monthly").path("p50").asDouble()).isPositive();
    assertThat(branch.path("breakeven_revenue_monthly").path("p50").asDouble()).isPositive();
    assertThat(branch.path("breakeven_volume").size()).isPositive();
    assertThat(branch.path("breakeven_volume").elements().next().has("p50")).isTrue();
  }
}
