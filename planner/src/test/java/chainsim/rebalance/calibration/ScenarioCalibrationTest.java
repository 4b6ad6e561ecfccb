package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Uncertain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioCalibrationTest {
  private static Scenario baseline() throws Exception {
    return ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
  }

  @Test
  void observationsForAParameterTheScenarioLacksAreRefused() throws Exception {
    Scenario scenario = baseline();
    assertThatThrownBy(() -> ScenarioCalibration.of(scenario, Map.of("products[nope].price", Observations.trials(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("products[nope].price");
  }

  @Test
  void aFixedNumberIsListedAsNotSupportedAndTheRestCalibrated() throws Exception {
    Scenario scenario = baseline();
    Map<String, Uncertain> parameters = ParameterCatalog.of(scenario).parameters();
    String fixed = parameters.entrySet().stream().filter(e -> e.getValue().isFixed()).findFirst().orElseThrow().getKey();
    String uncertain = parameters.entrySet().stream().filter(e -> e.getValue() instanceof Uncertain.Beta)
        .findFirst().orElseThrow().getKey();
    ScenarioCalibration c = ScenarioCalibration.of(scenario,
        Map.of(fixed, Observations.Measurements.withKnownNoise(1, 1.0), uncertain, Observations.trials(100, 20)));
    assertThat(c.notSupported()).singleElement().asString().startsWith(fixed + ": a fixed number");
    assertThat(c.parameters()).extracting(ParameterCalibration::path).containsExactly(uncertain);
  }

  @Test
  void tableRowsFollowTheScenariosDeclarationOrder() throws Exception {
    Scenario scenario = baseline();
    List<String> declared = ParameterCatalog.of(scenario).parameters().entrySet().stream()
        .filter(e -> !e.getValue().isFixed() && e.getValue().supportMin() >= 0 && e.getValue().supportMax() <= 1)
        .map(Map.Entry::getKey).toList();
    Map<String, Observations> observations = new LinkedHashMap<>();
    for (int i = declared.size() - 1; i >= 0; i--) {
      observations.put(declared.get(i), Observations.trials(50, 5));
    }
    assertThat(ScenarioCalibration.of(scenario, observations).table()).extracting(PriorPosteriorRow::path)
        .containsExactlyElementsOf(declared);
  }

  @Test
  void identicalValuesCannotEstimateTheirOwnNoise() {
    assertThatThrownBy(() -> Observations.Measurements.withEstimatedNoise(5, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give noiseSd");
  }
}
