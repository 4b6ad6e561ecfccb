package chainsim.rebalance.calibration;

/** How a parameter's posterior was computed. */
public enum Method {
  /** Beta prior on [0, 1], binomial trials: closed form. */
  BETA_BINOMIAL("beta-binomial"),
  /** Normal prior without bounds, values with a known noise: closed form. */
  NORMAL_NORMAL("normal-normal"),
  /** Any other continuous prior: numerical posterior on a grid ({@link GridPosterior}). */
  GRID("grid"),
  /** An empirical prior: each listed value reweighted by the likelihood, exactly. */
  DISCRETE("discrete");

  private final String label;

  Method(String label) {
    this.label = label;
  }

  /** The name in tables and documentation. */
  public String label() {
    return label;
  }
}
