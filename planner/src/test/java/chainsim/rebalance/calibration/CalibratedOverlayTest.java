package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Uncertain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** calibrated.yaml extends the scenario, loads and validates, and states exactly the calibrated distributions. */
class CalibratedOverlayTest {
  private static final Path BASELINE = Path.of("../scenarios/baseline.yaml");
  /** Where the overlay pretends to live: beside the scenario, inside the scenarios' root. */
  private static final Path OVERLAY = Path.of("../scenarios/calibrated-test.yaml");

  @Test
  void overlayLoadsAndStatesTheCalibratedDistributions() throws Exception {
    LoadedScenario base = ScenarioLoader.load(BASELINE);
    Map<String, Uncertain> before = ParameterCatalog.of(base.scenario()).parameters();
    ScenarioCalibration calibration = ScenarioCalibration.of(base.scenario(), observationsFor(before));
    // a conjugate beta, a triangle refitted as a beta, a month draw relocated, a log-normal and a uniform refitted
    assertThat(calibration.parameters()).extracting(p -> p.prior().dist() + "/" + p.prior().draw().key())
        .contains("beta/replication", "triangular/replication", "normal/month", "lognormal/replication",
            "uniform/replication");

    String yaml = CalibratedOverlay.yaml(calibration, "baseline.yaml", "suzhou-baseline-calibrated",
        List.of("calibrated from test actuals"));

    assertThat(ScenarioLoader.validate(yaml, OVERLAY)).isEmpty();
    LoadedScenario loaded = ScenarioLoader.load(yaml, OVERLAY);
    assertThat(loaded.scenario().name()).isEqualTo("suzhou-baseline-calibrated");
    Map<String, Uncertain> after = ParameterCatalog.of(loaded.scenario()).parameters();
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    Map<String, Uncertain> expected = new LinkedHashMap<>(before);
    calibration.parameters().forEach(p -> expected.put(p.path(), p.calibrated()));
    expected.forEach((path, u) -> assertSameDistribution(path, after.get(path), u));
  }

  @Test
  void sameCalibrationWritesTheSameBytesInDeclarationOrder() throws Exception {
    LoadedScenario base = ScenarioLoader.load(BASELINE);
    Map<String, Uncertain> parameters = ParameterCatalog.of(base.scenario()).parameters();
    Map<String, Observations> observations = observationsFor(parameters);
    String first = CalibratedOverlay.yaml(ScenarioCalibration.of(base.scenario(), observations), "baseline.yaml", null, List.of());
    Map<String, Observations> reversed = new LinkedHashMap<>();
    List<String> keys = new java.util.ArrayList<>(observations.keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, observations.get(k)));
    String second = CalibratedOverlay.yaml(ScenarioCalibration.of(base.scenario(), reversed), "baseline.yaml", null, List.of());
    assertThat(second).isEqualTo(first);
    assertThat(first).startsWith("extends: baseline.yaml\n").doesNotContain("E+", "E-", "e-");
  }

  @Test
  void numbersAreWrittenWithSixSignificantDigitsInPlainNotation() {
    assertThat(CalibratedOverlay.rounded(37.0).toPlainString()).isEqualTo("37");
    assertThat(CalibratedOverlay.rounded(0.123456789).toPlainString()).isEqualTo("0.123457");
    assertThat(CalibratedOverlay.rounded(1234567.0).toPlainString()).isEqualTo("1234570");
    assertThat(CalibratedOverlay.rounded(0.00001234567).toPlainString()).isEqualTo("0.0000123457");
  }

  /** Observations for the first parameter of each kind: rates as trials, amounts as measured values. */
  private static Map<String, Observations> observationsFor(Map<String, Uncertain> parameters) {
    Map<String, Observations> out = new LinkedHashMap<>();
    pick(parameters, u -> u instanceof Uncertain.Beta && u.draw() == Uncertain.Draw.REPLICATION, out);
    pick(parameters, u -> u instanceof Uncertain.Triangular && u.draw() == Uncertain.Draw.REPLICATION, out);
    pick(parameters, u -> u instanceof Uncertain.Normal && u.draw() == Uncertain.Draw.MONTH, out);
    pick(parameters, u -> u instanceof Uncertain.LogNormal, out);
    pick(parameters, u -> u instanceof Uncertain.Uniform && u.draw() == Uncertain.Draw.REPLICATION, out);
    return out;
  }

  private static void pick(Map<String, Uncertain> parameters, Predicate<Uncertain> kind, Map<String, Observations> out) {
    parameters.entrySet().stream().filter(e -> kind.test(e.getValue())).findFirst().ifPresent(e -> {
      Uncertain u = e.getValue();
      double mean = Belief.of(u).mean();
      Observations o = u.supportMin() >= 0 && u.supportMax() <= 1
          ? Observations.trials(1000, Math.round(900 * mean))
          : Observations.Measurements.withEstimatedNoise(0.85 * mean, 0.95 * mean, 0.9 * mean, 0.92 * mean);
      out.put(e.getKey(), o);
    });
  }

  private static void assertSameDistribution(String path, Uncertain actual, Uncertain expected) {
    assertThat(actual.dist()).as(path).isEqualTo(expected.dist());
    assertThat(actual.draw()).as(path).isEqualTo(expected.draw());
    Map<String, Object> a = CalibratedOverlay.keys(actual);
    Map<String, Object> e = CalibratedOverlay.keys(expected);
    assertThat(a.keySet()).as(path).isEqualTo(e.keySet());
    e.forEach((k, v) -> {
      if (v instanceof Double d) {
        assertThat((Double) a.get(k)).as(path + "." + k).isCloseTo(d, within(Math.abs(d) * 1e-5 + 1e-12));
      } else {
        assertThat(a.get(k)).as(path + "." + k).isEqualTo(v);
      }
    });
  }
}
