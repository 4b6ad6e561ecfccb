package chainsim.rebalance.observations;

/** An uncertain parameter of the scenario that the actuals leave as it is, and why. */
public record NotCalibrated(String path, String reason) {}
