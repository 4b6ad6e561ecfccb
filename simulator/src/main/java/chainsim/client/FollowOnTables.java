package chainsim.client;

/**
 * A client's chances of follow-on orders (repeat and cross-sell) and of reaching milestones, as
 * one replication (or, when some of those parameters are drawn per month, one segment-month)
 * sees them. Chances depend on the set of products a client bought; for catalogues of up to
 * {@link #MAX_TABULATED_PRODUCTS} products they are tabulated per set, eagerly for a replication,
 * lazily for a month (only the sets its clients have).
 */
final class FollowOnTables {
  /** Above this many products, chances are computed per client instead of tabulated. */
  static final int MAX_TABULATED_PRODUCTS = 10;

  /** Chance per month that a client who bought p buys p again. */
  private final double[] repeatMonthly;
  /** Chance per month that a client who bought p buys q: [p][q]. */
  private final double[][] crossSellMonthly;
  private final double[] milestoneHazardMonthly;
  private final int[] milestoneRequires;
  /** Multiplier of milestone k's hazard for a client that bought product p: [p][k]. */
  private final double[][] milestoneBoost;
  private final float referenceHealth;
  /** Per set of products bought: cumulative chances of each follow-on order; see {@link #followOnOrder}. */
  private final double[][] orderTables;
  /** Per set of products bought: the product of the milestone boosts of those products, [mask][k]. */
  private final double[][] boostTables;

  FollowOnTables(double[] repeatMonthly, double[][] crossSellMonthly, double[] milestoneHazardMonthly,
      int[] milestoneRequires, double[][] milestoneBoost, float referenceHealth, boolean eager) {
    this.repeatMonthly = repeatMonthly;
    this.crossSellMonthly = crossSellMonthly;
    this.milestoneHazardMonthly = milestoneHazardMonthly;
    this.milestoneRequires = milestoneRequires;
    this.milestoneBoost = milestoneBoost;
    this.referenceHealth = referenceHealth;
    int products = repeatMonthly.length;
    boolean tabulate = products <= MAX_TABULATED_PRODUCTS;
    this.orderTables = tabulate ? new double[1 << products][] : null;
    this.boostTables = tabulate ? new double[1 << products][] : null;
    if (tabulate && eager) {
      for (int mask = 0; mask < orderTables.length; mask++) {
        orderTables[mask] = followOnChances(mask);
      }
      for (int mask = 0; mask < boostTables.length; mask++) {
        boostTables[mask] = boosts(mask);
      }
    }
  }

  private double[] boosts(int productsMask) {
    int milestones = milestoneHazardMonthly.length;
    double[] boost = new double[milestones];
    for (int k = 0; k < milestones; k++) {
      boost[k] = 1.0;
      for (int p = 0; p < milestoneBoost.length; p++) {
        if ((productsMask & (1 << p)) != 0) {
          boost[k] *= milestoneBoost[p][k];
        }
      }
    }
    return boost;
  }

  /**
   * Cumulative chances, per month, that a client who bought the products in {@code mask} signs a
   * follow-on order for product q (index q of the array): a repeat of q if bought, else a cross-sell
   * from any bought product. At most one follow-on order a month: when the products' chances add
   * up past 1 they are scaled down in proportion (each keeps its share of the month's one order),
   * so no product is starved by its place in the catalogue.
   */
  private double[] followOnChances(int mask) {
    int productCount = repeatMonthly.length;
    double[] cumulative = new double[productCount];
    double running = 0;
    for (int q = 0; q < productCount; q++) {
      double chance;
      if ((mask & (1 << q)) != 0) {
        chance = repeatMonthly[q];
      } else {
        double none = 1.0;
        for (int p = 0; p < productCount; p++) {
          if ((mask & (1 << p)) != 0) {
            none *= 1.0 - crossSellMonthly[p][q];
          }
        }
        chance = 1.0 - none;
      }
      running += chance;
      cumulative[q] = running;
    }
    return proper(cumulative, running);
  }

  /** Cumulative chances that add up past 1, scaled down in proportion to end at 1. */
  private static double[] proper(double[] cumulative, double total) {
    if (total > 1.0) {
      for (int i = 0; i < cumulative.length; i++) {
        cumulative[i] /= total;
      }
      cumulative[cumulative.length - 1] = 1.0;
    }
    return cumulative;
  }

  /**
   * The product of this month's follow-on order of a client, given a uniform draw, or -1 for none.
   * Whether it is a repeat or a cross-sell follows from whether the product was bought before.
   */
  int followOnOrder(int productsMask, double u) {
    double[] cumulative;
    if (orderTables == null) {
      cumulative = followOnChances(productsMask);
    } else {
      cumulative = orderTables[productsMask];
      if (cumulative == null) {
        cumulative = followOnChances(productsMask);
        orderTables[productsMask] = cumulative;
      }
    }
    for (int q = 0; q < cumulative.length; q++) {
      if (u < cumulative[q]) {
        return q;
      }
    }
    return -1;
  }

  /**
   * This month's chance to reach each open milestone, scaled by the client's health and the
   * products it bought (client success), as cumulative sums; milestone k is reached when a
   * uniform draw falls in its band (at most one a month: when the open milestones' chances add up
   * past 1 they are scaled down in proportion, as follow-on orders are). Fills {@code cumulative}
   * and returns the total.
   */
  double milestoneChances(int productsMask, byte reached, float health, double[] cumulative) {
    double healthFactor = Math.min(1.5, Math.max(0.2, health / referenceHealth));
    double[] boost;
    if (boostTables == null) {
      boost = boosts(productsMask);
    } else {
      boost = boostTables[productsMask];
      if (boost == null) {
        boost = boosts(productsMask);
        boostTables[productsMask] = boost;
      }
    }
    double running = 0;
    for (int k = 0; k < milestoneHazardMonthly.length; k++) {
      boolean open = (reached & (1 << k)) == 0;
      int requires = milestoneRequires[k];
      boolean unlocked = requires < 0 || (reached & (1 << requires)) != 0;
      if (open && unlocked) {
        running += Math.min(milestoneHazardMonthly[k] * healthFactor * boost[k], 1.0);
      }
      cumulative[k] = running;
    }
    if (running > 1.0) {
      proper(cumulative, running);
      return 1.0;
    }
    return running;
  }
}
