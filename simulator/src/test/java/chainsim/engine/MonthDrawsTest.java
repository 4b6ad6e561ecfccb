package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code draw: month} is honoured wherever a scenario may write it: a parameter drawn afresh each
 * month gives another history than the same parameter fixed at its mean, and it is still the
 * same history on every run, engine and thread count (each month's draw comes from the keyed
 * stream of its segment or entity and month).
 */
class MonthDrawsTest {

  private static String file(String name) {
    try {
      return Files.readString(Path.of("../scenarios/" + name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An example scenario with a line replaced, validated (an overlay next to its base), over 18 months. */
  private static Scenario with(String scenario, String line, String replacement) {
    String text = file(scenario + ".yaml");
    assertThat(text).contains(line);
    try {
      Path dir = Files.createTempDirectory("month-draws");
      Files.writeString(dir.resolve("baseline.yaml"), file("baseline.yaml"));
      Path f = dir.resolve("scenario.yaml");
      Files.writeString(f, text.replace(line, replacement));
      return Fixtures.file(f.toString()).withRun(11, 2).withHorizon(new chainsim.scenario.Horizon("2027-01", 18));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ReplicationResult once(Scenario s) {
    return Fixtures.runOnce(s, 0);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "baseline | repeat_rate_annual: 0.10 | repeat_rate_annual: { dist: uniform, min: 0, max: 0.2, draw: month }",
    "baseline | cross_sell_annual: { ip_filing: 0.30, tax_bookkeeping: 0.15 }"
        + " | cross_sell_annual: { ip_filing: { dist: uniform, min: 0.1, max: 0.5, draw: month }, tax_bookkeeping: 0.15 }",
    "baseline | need_rate_annual: { default: 0.05 }"
        + " | need_rate_annual: { default: { dist: uniform, min: 0, max: 0.1, draw: month } }",
    "baseline | firm_birth_rate_annual: 0.08"
        + " | firm_birth_rate_annual: { dist: uniform, min: 0.0, max: 0.16, draw: month }",
    "baseline | firm_death_rate_annual: 0.05"
        + " | firm_death_rate_annual: { dist: uniform, min: 0.0, max: 0.1, draw: month }",
    "baseline | market_growth_annual: 0.03"
        + " | market_growth_annual: { dist: uniform, min: -0.2, max: 0.26, draw: month }",
    "baseline | data_targeting_lift: { dist: uniform, min: 1.5, max: 2.5 }"
        + " | data_targeting_lift: { dist: uniform, min: 1.5, max: 2.5, draw: month }",
    "agent-comparator | leakage_rate_monthly: { dist: triangular, min: 0.02, max: 0.07, mode: 0.04 }"
        + " | leakage_rate_monthly: { dist: triangular, min: 0.02, max: 0.07, mode: 0.04, draw: month }",
  })
  void aMonthDrawChangesTheHistoryAndStaysDeterministic(String scenario, String line, String monthly) {
    Scenario drawnMonthly = with(scenario, line, monthly);
    Scenario atTheMean = with(scenario, line, meanOf(monthly));
    ReplicationResult a = once(drawnMonthly);
    assertThat(java.util.Arrays.deepEquals(a.series(), once(atTheMean).series()))
        .as("month draws change the history").isFalse();
    // Arrays.deepEquals: an undefined value (NaN, e.g. a rate with nothing to divide) equals itself
    assertThat(java.util.Arrays.deepEquals(once(drawnMonthly).series(), a.series()))
        .as("and it is the same history every time").isTrue();
  }

  /** The same line with each month-drawn distribution replaced by the replication draw of its mean. */
  private static String meanOf(String monthly) {
    return monthly.replace(", draw: month", "").replace("{ dist: uniform, min: 0, max: 0.2 }", "0.1")
        .replace("{ dist: uniform, min: 0.1, max: 0.5 }", "0.3")
        .replace("{ dist: uniform, min: 0, max: 0.1 }", "0.05")
        .replace("{ dist: uniform, min: 0.0, max: 0.16 }", "0.08")
        .replace("{ dist: uniform, min: 0.0, max: 0.1 }", "0.05")
        .replace("{ dist: uniform, min: -0.2, max: 0.26 }", "0.03");
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"ACTOR, 1", "ACTOR, 2", "SEQUENTIAL, 2"})
  void monthDrawsAreTheSameOnEveryEngineAndThreadCount(EngineKind engine, int threads) throws Exception {
    Scenario s = with("baseline", "repeat_rate_annual: 0.10",
        "repeat_rate_annual: { dist: uniform, min: 0, max: 0.2, draw: month }");
    Simulation sim = new Simulation(s.withRun(5, 4));
    MonteCarloResult reference = MonteCarlo.run(sim, 4, 1, EngineKind.SEQUENTIAL, done -> {});
    MonteCarloResult other = MonteCarlo.run(sim, 4, threads, engine, done -> {});
    assertThat(other.monthly()).isDeepEqualTo(reference.monthly());
    assertThat(other.chain()).isEqualTo(reference.chain());
  }
}
