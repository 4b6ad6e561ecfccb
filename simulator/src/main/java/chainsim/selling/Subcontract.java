package chainsim.selling;

import chainsim.market.Order;

/**
 * A three-no order the signing side hands to the head office for a partner to execute, with the
 * hours of each skill it takes ({@code hours} is their sum).
 */
public record Subcontract(Order order, Reason reason, double[] hoursBySkill, double hours, int skillMask) {

  public Subcontract(Order order, Reason reason, double[] hoursBySkill, int skillMask) {
    this(order, reason, hoursBySkill, sum(hoursBySkill), skillMask);
  }

  private static double sum(double[] hours) {
    double total = 0;
    for (double h : hours) {
      total += h;
    }
    return total;
  }

  /** Why the order is subcontracted (三不: won't, can't do well, can't do). */
  public enum Reason {
    /** The signing side has nobody with a skill the order needs. */
    NO_SKILL,
    /** The signing side's delivery capacity is taken. */
    OVER_CAPACITY,
    /** Delivering it in-house would earn too little. */
    LOW_MARGIN,
    /** A central sales desk has no delivery staff at all. */
    PARTNER_ONLY,
    /** A partner would do it better (做不好): the signing side's quality is below the best partner's by the margin. */
    QUALITY;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
