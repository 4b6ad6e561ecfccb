package chainsim.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * An uncertain number as one replication sees it: either the value drawn for the replication, or
 * a distribution drawn afresh on every use (event randomness, {@code draw: month}).
 */
public final class Param {
  private final double replicationValue;
  private final Sampler perUse;

  private Param(double replicationValue, Sampler perUse) {
    this.replicationValue = replicationValue;
    this.perUse = perUse;
  }

  public static Param constant(double value) {
    return new Param(value, null);
  }

  static Param drawnEachUse(Sampler sampler) {
    return new Param(sampler.mean(), sampler);
  }

  /**
   * The value for this use. A replication-level parameter returns its draw and leaves the stream
   * untouched; a month-level one consumes one number from the caller's stream.
   */
  public double draw(UniformRandomProvider rng) {
    return perUse == null ? replicationValue : perUse.inverse(openUnit(rng));
  }

  /** The replication's value; for a month-level parameter, its mean. */
  public double value() {
    return replicationValue;
  }

  public boolean drawnEachUse() {
    return perUse != null;
  }

  /** A uniform number strictly inside (0,1), as inverse CDFs need. */
  static double openUnit(UniformRandomProvider rng) {
    double u;
    do {
      u = rng.nextDouble();
    } while (u == 0.0);
    return u;
  }
}
