package chainsim.rebalance.calibration;

/**
 * One line of the prior-vs-posterior table, for the rebalance report.
 *
 * @param draw {@code replication} or {@code month}
 * @param priorDist the scenario's distribution name; {@code posteriorDist} the overlay's
 * @param observationShape binomial, poisson, normal or "normal, noise estimated"
 * @param observations the observations used, in a few words
 * @param method the conjugate update, grid or discrete reweighting; for a month draw, how the
 *     location was estimated
 * @param refitDistance the Kolmogorov distance lost by writing the posterior in the scenario format
 */
public record PriorPosteriorRow(
    String path,
    String draw,
    String priorDist,
    double priorMean,
    double priorP5,
    double priorP95,
    double posteriorMean,
    double posteriorP5,
    double posteriorP95,
    String posteriorDist,
    String observationShape,
    String observations,
    String method,
    double refitDistance) {}
