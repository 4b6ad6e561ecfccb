package chainsim.rebalance.calibration;

import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A scenario's parameters calibrated from the observations the actuals give for some of them.
 *
 * @param parameters the calibrated parameters, in the scenario's declaration order (the catalog's)
 * @param notSupported observations that were given for a parameter the scenario fixes (a plain
 *     number has no distribution to update), as "path: reason", in path order
 */
public record ScenarioCalibration(List<ParameterCalibration> parameters, List<String> notSupported) {

  public ScenarioCalibration {
    parameters = List.copyOf(parameters);
    notSupported = List.copyOf(notSupported);
  }

  /**
   * Calibrates every parameter that has observations. A path the scenario does not have is an
   * error (the mapping from actuals named a parameter that does not exist).
   */
  public static ScenarioCalibration of(Scenario scenario, Map<String, Observations> observations) {
    ParameterCatalog catalog = ParameterCatalog.of(scenario);
    TreeSet<String> unknown = new TreeSet<>(observations.keySet());
    unknown.removeAll(catalog.parameters().keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("observations for parameters the scenario does not have: " + unknown);
    }
    List<ParameterCalibration> calibrated = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, Uncertain> p : catalog.parameters().entrySet()) {
      Observations o = observations.get(p.getKey());
      if (o == null) {
        continue;
      }
      if (p.getValue().isFixed()) {
        refused.add(p.getKey() + ": a fixed number in the scenario, nothing to calibrate");
      } else {
        calibrated.add(Calibration.calibrate(p.getKey(), p.getValue(), o));
      }
    }
    refused.sort(null);
    return new ScenarioCalibration(calibrated, refused);
  }

  /** The prior-vs-posterior table, one row per calibrated parameter, in declaration order. */
  public List<PriorPosteriorRow> table() {
    return parameters.stream().map(ParameterCalibration::row).toList();
  }
}
