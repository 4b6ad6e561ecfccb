package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;

/**
 * One parameter calibrated.
 *
 * @param path the parameter's key path in the scenario ({@code chainsim.scenario.ParameterCatalog})
 * @param prior the scenario's distribution
 * @param observations what the actuals said
 * @param method how {@code estimate} was computed
 * @param estimate the posterior of the parameter (drawn once per replication) or of its location
 *     (drawn every month)
 * @param calibrated the distribution the overlay states: the posterior refitted to the scenario
 *     format, or the month-to-month distribution moved to the estimated location
 * @param refitDistance for a replication draw, the Kolmogorov distance between {@code estimate}
 *     and {@code calibrated} (how much the refit to the scenario format lost); 0 for a month draw
 */
public record ParameterCalibration(
    String path,
    Uncertain prior,
    Observations observations,
    Method method,
    Belief estimate,
    Uncertain calibrated,
    double refitDistance) {

  public boolean monthDraw() {
    return prior.draw() == Uncertain.Draw.MONTH;
  }

  /** The belief after calibration as the table shows it: the exact posterior, or the relocated month distribution. */
  public Belief posterior() {
    return monthDraw() ? Belief.of(calibrated) : estimate;
  }

  /** This parameter's line of the prior-vs-posterior table. */
  public PriorPosteriorRow row() {
    Belief before = Belief.of(prior);
    Belief after = posterior();
    String how = monthDraw() ? "location by " + method.label() + ", spread kept" : method.label();
    return new PriorPosteriorRow(path, prior.draw().key(), prior.dist(),
        before.mean(), before.quantile(0.05), before.quantile(0.95),
        after.mean(), after.quantile(0.05), after.quantile(0.95),
        calibrated.dist(), observations.shape(), observations.summary(), how, refitDistance);
  }
}
