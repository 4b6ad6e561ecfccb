package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Scenario;
import chainsim.testing.FileTrees;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actuals synthesized from a "true" scenario validate against the scenario the team plans with. */
class ActualsSynthesizerTest {
  static final Path TRUE = Path.of("../scenarios/actuals/true.yaml");
  static final Path BASELINE = Path.of("../scenarios/baseline.yaml");
  static final YearMonth AS_OF = YearMonth.of(2027, 6);

  @Test
  void synthesizedActualsValidateAgainstTheBaseline(@TempDir Path dir) throws Exception {
    Scenario truth = ScenarioLoader.load(TRUE).scenario();
    Actuals actuals = new ActualsSynthesizer(truth).synthesize(AS_OF, 0);
    ActualsWriter.write(dir, actuals);
    assertThat(ActualsReader.validate(dir, ScenarioLoader.load(BASELINE).scenario(), AS_OF)).isEmpty();
    assertThat(actuals.revenue()).isNotEmpty();
    assertThat(actuals.clientBook()).isNotEmpty();
    assertThat(actuals.openings()).extracting(Actuals.Opening::entity).contains("suzhou-direct");
  }

  @Test
  void aChainWithAnEquityChannelSynthesizesActualsThatValidate(@TempDir Path dir) throws Exception {
    Scenario growth = ScenarioLoader.load(Path.of("../scenarios/growth.yaml")).scenario();
    YearMonth asOf = YearMonth.of(2027, 12);
    Actuals actuals = new ActualsSynthesizer(growth).synthesize(asOf, 0);
    ActualsWriter.write(dir, actuals);
    assertThat(ActualsReader.validate(dir, growth, asOf)).isEmpty();
    assertThat(actuals.costs()).anySatisfy(c -> {
      assertThat(c.entity()).isEqualTo("hangzhou-equity");
      assertThat(c.account()).isEqualTo(chainsim.accounting.Account.PLATFORM_FEES);
    });
    assertThat(actuals.openings()).extracting(Actuals.Opening::entity).contains("wuxi-direct", "hangzhou-equity");
  }

  @Test
  void synthesizeIsDeterministic(@TempDir Path dir) throws Exception {
    Scenario truth = ScenarioLoader.load(TRUE).scenario();
    ActualsWriter.write(dir.resolve("a"), new ActualsSynthesizer(truth).synthesize(AS_OF, 3));
    ActualsWriter.write(dir.resolve("b"), new ActualsSynthesizer(truth).synthesize(AS_OF, 3));
    sameBytes(dir.resolve("a"), dir.resolve("b"));
  }

  /** Two directories hold the same files with the same bytes. */
  static void sameBytes(Path a, Path b) throws java.io.IOException {
    var left = FileTrees.bytes(a);
    var right = FileTrees.bytes(b);
    assertThat(left.keySet()).isEqualTo(right.keySet());
    left.forEach((name, bytes) -> assertThat(new String(right.get(name), java.nio.charset.StandardCharsets.UTF_8))
        .as(name).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
  }
}
