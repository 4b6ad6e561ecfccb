package chainsim.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Independent random streams keyed by (seed, replication, entity, month, purpose).
 *
 * <p>The key is hashed into a 128-bit state for a xoroshiro128++ generator (Commons RNG). Two
 * streams with different keys are, for simulation purposes, independent; the same key always
 * gives the same stream, so a result depends only on the scenario and the seed, not on thread
 * timing or message order.
 */
public final class RandomStreams {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long seed;

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The stream of one purpose of one entity in one month of one replication. */
  public UniformRandomProvider stream(int replication, long entity, int month, long purpose) {
    long h = mix(seed + GOLDEN);
    h = mix(h ^ (replication + GOLDEN));
    h = mix(h ^ entity);
    h = mix(h ^ (month * GOLDEN));
    h = mix(h ^ purpose);
    // The second word is a further mix, so the two words of the state are unrelated.
    return new XoRoShiRo128PlusPlus(h, mix(h ^ GOLDEN));
  }

  /** A stable 64-bit key of a name (an entity id, a parameter path, a purpose). */
  public static long key(String name) {
    long h = 0xcbf29ce484222325L; // FNV-1a offset basis
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L; // FNV-1a prime
    }
    return mix(h);
  }

  /** SplitMix64's finaliser (Stafford's mix 13): a bijection that scatters nearby keys. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
