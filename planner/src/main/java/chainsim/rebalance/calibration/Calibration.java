package chainsim.rebalance.calibration;

import chainsim.scenario.Uncertain;

/**
 * Bayesian update of one uncertain parameter from the actuals.
 *
 * <p><b>Which posterior.</b> A beta prior on [0, 1] with binomial trials, and a normal prior
 * without bounds with values of known noise, have closed forms ({@link ConjugateUpdates}); an
 * empirical prior is reweighted exactly ({@link DiscreteBelief}); every other pairing (triangular,
 * uniform, a bounded normal, a log-normal, a beta on another range, counts of any prior, values
 * with estimated noise) gets the numerical posterior of {@link GridPosterior}.
 *
 * <p><b>Replication or month.</b> A parameter drawn once per replication is one unknown number
 * (epistemic uncertainty): every month of the actuals saw the same value, the months' data pool,
 * the posterior narrows as data come in and replaces the prior (refitted to the scenario format,
 * {@link ScenarioFamilyFit#refit}). A parameter drawn every month varies from month to month
 * whatever we learn, so its spread must not collapse: only its location is calibrated. The
 * hierarchy (monthly values around an unknown location) is simplified: the location's prior is
 * taken to be the scenario's monthly distribution itself, the months are pooled as if they shared
 * one value, and the posterior mean of that pooled estimate becomes the new mean of the monthly
 * distribution, whose spread is kept ({@link ScenarioFamilyFit#relocate}). Pooling ignores the
 * month-to-month variance in the likelihood, so the location estimate leans on the data a little
 * more than a full hierarchical model would; with a year of data the difference is small, and the
 * monthly spread, which matters more for the forecast bands, is untouched.
 */
public final class Calibration {
  private Calibration() {}

  /** The calibrated parameter; a fixed prior has nothing to calibrate and is refused. */
  public static ParameterCalibration calibrate(String path, Uncertain prior, Observations observations) {
    if (prior.isFixed()) {
      throw new IllegalArgumentException(path + " is a fixed number in the scenario: nothing to calibrate");
    }
    Method method = methodFor(prior, observations);
    Belief estimate = posterior(prior, observations, method);
    if (prior.draw() == Uncertain.Draw.MONTH) {
      return new ParameterCalibration(path, prior, observations, method, estimate,
          ScenarioFamilyFit.relocate(prior, estimate.mean()), 0);
    }
    Uncertain calibrated = method == Method.BETA_BINOMIAL || method == Method.NORMAL_NORMAL
        ? sameFamily(prior, estimate)
        : ScenarioFamilyFit.refit(prior, estimate);
    double distance = method == Method.GRID ? ScenarioFamilyFit.distance(estimate, Belief.of(calibrated)) : 0;
    return new ParameterCalibration(path, prior, observations, method, estimate, calibrated, distance);
  }

  /** The method a prior and an observation shape call for. */
  public static Method methodFor(Uncertain prior, Observations observations) {
    if (prior instanceof Uncertain.Empirical) {
      return Method.DISCRETE;
    }
    if (prior instanceof Uncertain.Beta b && observations instanceof Observations.Trials
        && b.supportMin() == 0 && b.supportMax() == 1) {
      return Method.BETA_BINOMIAL;
    }
    if (prior instanceof Uncertain.Normal n && n.min() == null && n.max() == null
        && observations instanceof Observations.Measurements m && m.noiseSd() != null) {
      return Method.NORMAL_NORMAL;
    }
    return Method.GRID;
  }

  /** The posterior of the parameter (or of its location), by the given method. */
  public static Belief posterior(Uncertain prior, Observations observations, Method method) {
    return switch (method) {
      case BETA_BINOMIAL -> {
        Uncertain.Beta b = (Uncertain.Beta) prior;
        yield ConjugateUpdates.betaBinomial(b.alpha(), b.beta(), (Observations.Trials) observations);
      }
      case NORMAL_NORMAL -> {
        Uncertain.Normal n = (Uncertain.Normal) prior;
        yield ConjugateUpdates.normalNormal(n.mean(), n.sd(), (Observations.Measurements) observations);
      }
      case DISCRETE -> ((DiscreteBelief) Belief.of(prior)).updatedBy(observations);
      case GRID -> GridPosterior.of(ContinuousBelief.of(prior), observations);
    };
  }

  /** A conjugate posterior is already in the prior's family: its exact parameters. */
  private static Uncertain sameFamily(Uncertain prior, Belief estimate) {
    ContinuousBelief c = (ContinuousBelief) estimate;
    if (prior instanceof Uncertain.Beta b) {
      var beta = (org.apache.commons.statistics.distribution.BetaDistribution) c.distribution();
      return new Uncertain.Beta(beta.getAlpha(), beta.getBeta(), b.min(), b.max(), prior.draw());
    }
    var normal = (org.apache.commons.statistics.distribution.NormalDistribution) c.distribution();
    return new Uncertain.Normal(normal.getMean(), normal.getStandardDeviation(), null, null, prior.draw());
  }
}
