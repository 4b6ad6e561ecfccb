package chainsim.market;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * The firms hit by an event that strikes each firm independently with a small chance (a birth of
 * a need, a closure): instead of one draw per firm, the gap to the next hit is drawn from a
 * geometric distribution (Commons RNG), so a month costs draws per event, not per firm.
 */
final class HitSequence {
  private final SharedStateDiscreteSampler gaps;

  HitSequence(double chance, UniformRandomProvider rng) {
    this.gaps = chance >= 1.0 ? null : GeometricSampler.of(rng, chance);
  }

  /** The slot of the next firm hit after {@code previous} (start with -1). */
  int next(int previous) {
    if (gaps == null) {
      return previous + 1;
    }
    long next = previous + 1L + gaps.sample();
    return next > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) next;
  }
}
