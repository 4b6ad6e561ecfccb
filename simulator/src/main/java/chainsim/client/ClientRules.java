package chainsim.client;

import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.scenario.ClientModel;
import chainsim.scenario.Policies;
import chainsim.scenario.Product;
import chainsim.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The rules of a client's life as one replication sees them: health, churn, recall, repeat and
 * cross-sell, milestones, complaints. Per-month parameters are drawn once per segment and month.
 */
public final class ClientRules {
  /** Health at or above which churn is at its healthy rate. */
  static final float HEALTHY = 80f;
  /** Health at or below which churn is at its unhealthy rate. */
  static final float UNHEALTHY = 40f;
  /** Delivery quality that leaves health unchanged. */
  public static final double NEUTRAL_QUALITY = 0.7;

  final float initialHealth;
  final Param healthDrift;
  final double qualityHealthWeight;
  final Param churnHealthy;
  final Param churnUnhealthy;
  final int needWindowMonths;
  final int milestoneWindowMonths;
  final int milestoneCount;
  final double[] milestoneHazardMonthly;
  final int[] milestoneRequires;
  /** Multiplier of milestone k's hazard for a client that bought product p: [p][k]. */
  final double[][] milestoneBoost;
  final float recallThreshold;
  final int recallAfterMonths;
  final double recallCost;
  final Param recallSuccess;
  final float recallBoost;
  final Param complaintRate;
  /** Chance per month that a client who bought p buys p again. */
  final double[] repeatMonthly;
  /** Chance per month that a client who bought p buys q: [p][q]. */
  final double[][] crossSellMonthly;

  public ClientRules(Scenario scenario, ParameterDraws draws) {
    ClientModel model = scenario.clients();
    Policies.HealthRecall recall = scenario.policies().healthRecall();
    List<Product> products = scenario.products();
    List<ClientModel.Milestone> milestones = model.milestones();
    this.initialHealth = model.initialHealth().floatValue();
    this.healthDrift = draws.param(model.healthDriftMonthly());
    this.qualityHealthWeight = model.qualityHealthWeight();
    this.churnHealthy = draws.param(model.churnMonthlyHealthy());
    this.churnUnhealthy = draws.param(model.churnMonthlyUnhealthy());
    this.needWindowMonths = model.needWindowMonths();
    this.milestoneWindowMonths = model.milestoneWindowMonths();
    this.milestoneCount = milestones.size();
    this.milestoneHazardMonthly = new double[milestoneCount];
    this.milestoneRequires = new int[milestoneCount];
    for (int k = 0; k < milestoneCount; k++) {
      milestoneHazardMonthly[k] = monthly(draws.value(milestones.get(k).hazardAnnual()));
      String requires = milestones.get(k).requires();
      milestoneRequires[k] = requires == null ? -1 : indexOf(milestones, requires);
    }
    this.milestoneBoost = new double[products.size()][milestoneCount];
    this.repeatMonthly = new double[products.size()];
    this.crossSellMonthly = new double[products.size()][products.size()];
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      for (int k = 0; k < milestoneCount; k++) {
        milestoneBoost[p][k] = product.milestoneBoost().getOrDefault(milestones.get(k).id(), 1.0);
      }
      repeatMonthly[p] = monthly(draws.value(product.repeatRateAnnual()));
      for (Map.Entry<String, chainsim.scenario.Uncertain> e : product.crossSellAnnual().entrySet()) {
        int q = indexOfProduct(products, e.getKey());
        crossSellMonthly[p][q] = monthly(draws.value(e.getValue()));
      }
    }
    this.recallThreshold = recall.threshold().floatValue();
    this.recallAfterMonths = recall.consecutiveMonths();
    this.recallCost = recall.costPerRecall();
    this.recallSuccess = draws.param(recall.successRate());
    this.recallBoost = recall.healthBoost().floatValue();
    this.complaintRate = draws.param(scenario.policies().complaints().ratePerClientMonth());
    this.orderTables = products.size() <= MAX_TABULATED_PRODUCTS ? tabulateOrders(products.size()) : null;
    this.boostTables = products.size() <= MAX_TABULATED_PRODUCTS ? tabulateBoosts(products.size()) : null;
  }

  /** Per set of products bought: the product of the milestone boosts of those products, [mask][k]. */
  private final double[][] boostTables;

  private double[][] tabulateBoosts(int productCount) {
    double[][] tables = new double[1 << productCount][];
    for (int mask = 0; mask < tables.length; mask++) {
      tables[mask] = boosts(mask);
    }
    return tables;
  }

  private double[] boosts(int productsMask) {
    double[] boost = new double[milestoneCount];
    for (int k = 0; k < milestoneCount; k++) {
      boost[k] = 1.0;
      for (int p = 0; p < milestoneBoost.length; p++) {
        if ((productsMask & (1 << p)) != 0) {
          boost[k] *= milestoneBoost[p][k];
        }
      }
    }
    return boost;
  }

  /** Above this many products, follow-on order chances are computed per client instead of tabulated. */
  private static final int MAX_TABULATED_PRODUCTS = 10;

  /** Per set of products bought: cumulative chances of each follow-on order; see {@link #followOnOrder}. */
  private final double[][] orderTables;

  private double[][] tabulateOrders(int productCount) {
    double[][] tables = new double[1 << productCount][];
    for (int mask = 0; mask < tables.length; mask++) {
      tables[mask] = followOnChances(mask, productCount);
    }
    return tables;
  }

  /**
   * Cumulative chances, per month, that a client who bought the products in {@code mask} signs a
   * follow-on order for product q (index q of the array): a repeat of q if bought, else a cross-sell
   * from any bought product. At most one follow-on order a month.
   */
  private double[] followOnChances(int mask, int productCount) {
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
    return cumulative;
  }

  /**
   * The product of this month's follow-on order of a client, given a uniform draw, or -1 for none.
   * Whether it is a repeat or a cross-sell follows from whether the product was bought before.
   */
  public int followOnOrder(int productsMask, double u) {
    double[] cumulative =
        orderTables != null ? orderTables[productsMask] : followOnChances(productsMask, repeatMonthly.length);
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
   * uniform draw falls in its band. Fills {@code cumulative} and returns the total.
   */
  double milestoneChances(int productsMask, byte reached, float health, double[] cumulative) {
    double healthFactor = Math.min(1.5, Math.max(0.2, health / initialHealth));
    double[] boost = boostTables != null ? boostTables[productsMask] : boosts(productsMask);
    double running = 0;
    for (int k = 0; k < milestoneCount; k++) {
      boolean open = (reached & (1 << k)) == 0;
      int requires = milestoneRequires[k];
      boolean unlocked = requires < 0 || (reached & (1 << requires)) != 0;
      if (open && unlocked) {
        running += Math.min(milestoneHazardMonthly[k] * healthFactor * boost[k], 1.0);
      }
      cumulative[k] = running;
    }
    return running;
  }

  /** The monthly chance of an event with a yearly chance, assuming a constant hazard. */
  public static double monthly(double annual) {
    if (annual >= 1.0) {
      return 1.0;
    }
    return 1.0 - Math.pow(1.0 - annual, 1.0 / 12.0);
  }

  private static int indexOf(List<ClientModel.Milestone> milestones, String id) {
    for (int k = 0; k < milestones.size(); k++) {
      if (milestones.get(k).id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown milestone " + id);
  }

  private static int indexOfProduct(List<Product> products, String id) {
    for (int p = 0; p < products.size(); p++) {
      if (products.get(p).id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown product " + id);
  }

  /** Churn chance per month at a health, linear between the unhealthy and healthy rates. */
  static double churn(float health, double healthy, double unhealthy) {
    if (health >= HEALTHY) {
      return healthy;
    }
    if (health <= UNHEALTHY) {
      return unhealthy;
    }
    double t = (health - UNHEALTHY) / (HEALTHY - UNHEALTHY);
    return unhealthy + t * (healthy - unhealthy);
  }

  /** Health change of a client from one completed order delivered at a quality. */
  public double healthEffectOfQuality(double quality) {
    return qualityHealthWeight * (quality - NEUTRAL_QUALITY);
  }

  public float initialHealth() {
    return initialHealth;
  }

  public double recallCost() {
    return recallCost;
  }

  public int milestoneCount() {
    return milestoneCount;
  }

  public int needWindowMonths() {
    return needWindowMonths;
  }
}
