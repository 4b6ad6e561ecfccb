/**
 * Calibration for the monthly rebalance (issue 13, step 2): the scenario's uncertain parameters
 * updated from the actuals, as a prior-vs-posterior table and a {@code calibrated.yaml} overlay
 * that extends the scenario.
 *
 * <p>{@link chainsim.rebalance.calibration.Observations} are what the actuals say about one
 * parameter (binomial trials, Poisson counts over an exposure, or noisy measurements);
 * {@link chainsim.rebalance.calibration.Calibration} turns a prior and observations into a
 * {@link chainsim.rebalance.calibration.ParameterCalibration} (conjugate closed forms where they
 * exist, {@link chainsim.rebalance.calibration.GridPosterior} elsewhere);
 * {@link chainsim.rebalance.calibration.ScenarioCalibration} does a whole scenario and
 * {@link chainsim.rebalance.calibration.CalibratedOverlay} writes the overlay. docs/calibration.md
 * has the methods, their accuracy and the coverage the simulation-based calibration test measured.
 */
package chainsim.rebalance.calibration;
