package chainsim.selling;

import chainsim.market.Order;

/** A three-no order the signing side hands to the head office for a partner to execute. */
public record Subcontract(Order order, Reason reason, double hours, int skillMask) {

  /** Why the order is subcontracted (三不: won't, can't do well, can't do). */
  public enum Reason {
    /** The signing side has nobody with a skill the order needs. */
    NO_SKILL,
    /** The signing side's delivery capacity is taken. */
    OVER_CAPACITY,
    /** Delivering it in-house would earn too little. */
    LOW_MARGIN,
    /** A central sales desk has no delivery staff at all. */
    PARTNER_ONLY;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
