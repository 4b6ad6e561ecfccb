package chainsim.client;

/**
 * The brief's client tiers, from a client's own history: core clients are healthy and buy
 * several products, growth clients buy more than one, potential clients one, and dormant clients
 * have not ordered for a year.
 */
public enum ClientTier {
  CORE,
  GROWTH,
  POTENTIAL,
  DORMANT;

  static final int DORMANT_AFTER_MONTHS = 12;
  static final float CORE_HEALTH = 80f;

  public static ClientTier of(int productsBought, float health, int monthsSinceLastOrder) {
    if (monthsSinceLastOrder >= DORMANT_AFTER_MONTHS) {
      return DORMANT;
    }
    if (productsBought >= 2 && health >= CORE_HEALTH) {
      return CORE;
    }
    return productsBought >= 2 ? GROWTH : POTENTIAL;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
