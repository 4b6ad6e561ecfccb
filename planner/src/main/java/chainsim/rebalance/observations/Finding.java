package chainsim.rebalance.observations;

import chainsim.rebalance.calibration.Observations;

/**
 * What the actuals say about one parameter: observations, or the reason there are none usable.
 * Exactly one of the two is set.
 */
record Finding(Observations observations, String reason) {

  static Finding of(Observations observations) {
    return observations.informative() ? new Finding(observations, null)
        : none("the actuals have rows for it but no trials or exposure (every month empty)");
  }

  static Finding none(String reason) {
    return new Finding(null, reason);
  }

  boolean found() {
    return observations != null;
  }
}
