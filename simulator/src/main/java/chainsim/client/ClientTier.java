package chainsim.client;

/**
 * The brief's client tiers, from a client's own history: core clients are healthy and buy
 * several products, growth clients buy more than one, potential clients one, and dormant clients
 * have not ordered for a year. The thresholds are scenario data ({@code clients.tiers};
 * {@link ClientRules#tier}).
 */
public enum ClientTier {
  CORE,
  GROWTH,
  POTENTIAL,
  DORMANT;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
