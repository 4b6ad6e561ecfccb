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
  final float healthyAt;
  /** Health at or below which churn is at its unhealthy rate. */
  final float unhealthyAt;
  /** Delivery quality that leaves health unchanged. */
  final double neutralQuality;
  /** The complaint curve: rate x max(floor, 1 + (neutral - health) / points). */
  final float complaintNeutralHealth;
  final double complaintPointsPerRate;
  final double complaintFloor;
  /** Share of complaints that are serious. */
  final double seriousComplaintShare;
  /** The tier rules. */
  final int dormantAfterMonths;
  final float coreHealth;
  final int coreProducts;
  final int growthProducts;
  /** Months after an order in which a further order counts as signing again. */
  final int signingWindowMonths;
  /** The churn early warning: level, window (months), and the lead counted as in time (months). */
  final float warningBelow;
  final int warningWindowMonths;
  final int warningLeadMonths;

  /** A new client's health: its replication value (the mean when drawn per month) scales milestone chances. */
  final float initialHealth;
  final Param initialHealthParam;
  final Param healthDrift;
  /** Standard deviation of a client's own monthly health change (0: every client drifts alike). */
  final double healthNoise;
  final double qualityHealthWeight;
  final Param churnHealthy;
  final Param churnUnhealthy;
  final int needWindowMonths;
  final int milestoneWindowMonths;
  final int milestoneCount;
  final float recallThreshold;
  final int recallAfterMonths;
  final Param recallCost;
  final Param recallSuccess;
  final Param recallBoost;
  final Param complaintRate;
  /** Yearly chances as parameters: repeat [p], cross-sell [p][q] (null where none), milestones [k]. */
  private final Param[] repeatAnnual;
  private final Param[][] crossSellAnnual;
  private final Param[] milestoneHazardAnnual;
  private final int[] milestoneRequires;
  /** Multiplier of milestone k's hazard for a client that bought product p: [p][k] (null: none). */
  private final Param[][] milestoneBoost;
  /** Whether any follow-on or milestone chance is drawn per month. */
  private final boolean followOnsVary;
  /** The replication's follow-on and milestone chances. */
  private final FollowOnTables followOns;

  public ClientRules(Scenario scenario, ParameterDraws draws) {
    ClientModel model = scenario.clients();
    Policies.HealthRecall recall = scenario.policies().healthRecall();
    List<Product> products = scenario.products();
    List<ClientModel.Milestone> milestones = model.milestones();
    this.initialHealthParam = draws.param(model.initialHealth());
    this.initialHealth = (float) initialHealthParam.value();
    this.healthDrift = draws.param(model.healthDriftMonthly());
    this.healthNoise = Math.max(0.0, draws.value(model.healthNoiseMonthly()));
    this.qualityHealthWeight = draws.value(model.qualityHealthWeight());
    this.churnHealthy = draws.param(model.churnMonthlyHealthy());
    this.churnUnhealthy = draws.param(model.churnMonthlyUnhealthy());
    this.healthyAt = model.churnHealthyAt().floatValue();
    this.unhealthyAt = model.churnUnhealthyAt().floatValue();
    this.neutralQuality = model.neutralQuality();
    this.complaintNeutralHealth = model.complaintCurve().neutralHealth().floatValue();
    this.complaintPointsPerRate = model.complaintCurve().pointsPerBaseRate();
    this.complaintFloor = model.complaintCurve().floor();
    this.seriousComplaintShare = scenario.policies().complaints().serious().share();
    this.dormantAfterMonths = model.tiers().dormantAfterMonths();
    this.coreHealth = model.tiers().coreHealth().floatValue();
    this.coreProducts = model.tiers().coreProducts();
    this.growthProducts = model.tiers().growthProducts();
    this.signingWindowMonths = model.signingWindowMonths();
    Policies.ChurnWarning warning = scenario.policies().churnWarning();
    this.warningBelow = warning.belowHealth().floatValue();
    this.warningWindowMonths = warning.windowMonths();
    this.warningLeadMonths = (warning.leadDays() + 29) / 30;
    this.needWindowMonths = model.needWindowMonths();
    this.milestoneWindowMonths = model.milestoneWindowMonths();
    this.milestoneCount = milestones.size();
    boolean vary = false;
    this.milestoneHazardAnnual = new Param[milestoneCount];
    this.milestoneRequires = new int[milestoneCount];
    for (int k = 0; k < milestoneCount; k++) {
      milestoneHazardAnnual[k] = draws.param(milestones.get(k).hazardAnnual());
      vary |= milestoneHazardAnnual[k].drawnEachUse();
      String requires = milestones.get(k).requires();
      milestoneRequires[k] = requires == null ? -1 : indexOf(milestones, requires);
    }
    this.milestoneBoost = new Param[products.size()][milestoneCount];
    this.repeatAnnual = new Param[products.size()];
    this.crossSellAnnual = new Param[products.size()][products.size()];
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      for (int k = 0; k < milestoneCount; k++) {
        chainsim.scenario.Uncertain boost = product.milestoneBoost().get(milestones.get(k).id());
        if (boost != null) {
          milestoneBoost[p][k] = draws.param(boost);
          vary |= milestoneBoost[p][k].drawnEachUse();
        }
      }
      repeatAnnual[p] = draws.param(product.repeatRateAnnual());
      vary |= repeatAnnual[p].drawnEachUse();
      for (Map.Entry<String, chainsim.scenario.Uncertain> e : product.crossSellAnnual().entrySet()) {
        Param cross = draws.param(e.getValue());
        crossSellAnnual[p][indexOfProduct(products, e.getKey())] = cross;
        vary |= cross.drawnEachUse();
      }
    }
    this.followOnsVary = vary;
    this.recallThreshold = recall.threshold().floatValue();
    this.recallAfterMonths = recall.consecutiveMonths();
    this.recallCost = draws.param(recall.costPerRecall());
    this.recallSuccess = draws.param(recall.successRate());
    this.recallBoost = draws.param(recall.healthBoost());
    this.complaintRate = draws.param(scenario.policies().complaints().ratePerClientMonth());
    this.followOns = followOnTables(null, true);
  }

  /**
   * Follow-on and milestone chances with the parameters drawn per month drawn from {@code rng}
   * (null: their replication values, i.e. their means), in product then milestone order.
   */
  private FollowOnTables followOnTables(org.apache.commons.rng.UniformRandomProvider rng, boolean eager) {
    int products = repeatAnnual.length;
    double[] repeat = new double[products];
    double[][] cross = new double[products][products];
    for (int p = 0; p < products; p++) {
      repeat[p] = monthly(value(repeatAnnual[p], rng));
      for (int q = 0; q < products; q++) {
        if (crossSellAnnual[p][q] != null) {
          cross[p][q] = monthly(value(crossSellAnnual[p][q], rng));
        }
      }
    }
    double[] hazard = new double[milestoneCount];
    for (int k = 0; k < milestoneCount; k++) {
      hazard[k] = monthly(value(milestoneHazardAnnual[k], rng));
    }
    double[][] boost = new double[products][milestoneCount];
    for (int p = 0; p < products; p++) {
      for (int k = 0; k < milestoneCount; k++) {
        boost[p][k] = milestoneBoost[p][k] == null ? 1.0 : Math.max(0.0, value(milestoneBoost[p][k], rng));
      }
    }
    return new FollowOnTables(repeat, cross, hazard, milestoneRequires, boost, initialHealth, eager);
  }

  private static double value(Param p, org.apache.commons.rng.UniformRandomProvider rng) {
    return rng == null ? p.value() : p.draw(rng);
  }

  /** Whether a segment must draw follow-on or milestone chances each month ({@link #followOnsOfMonth}). */
  public boolean followOnsVary() {
    return followOnsVary;
  }

  /**
   * The follow-on and milestone chances of a segment-month: the replication's, or, when some
   * are drawn per month, drawn from the segment's stream of the month.
   */
  FollowOnTables followOnsOfMonth(org.apache.commons.rng.UniformRandomProvider rng) {
    return followOnsVary && rng != null ? followOnTables(rng, false) : followOns;
  }

  /**
   * The product of this month's follow-on order of a client at the replication's chances, given a
   * uniform draw, or -1 for none.
   */
  public int followOnOrder(int productsMask, double u) {
    return followOns.followOnOrder(productsMask, u);
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
  double churn(float health, double healthy, double unhealthy) {
    if (health >= healthyAt) {
      return healthy;
    }
    if (health <= unhealthyAt) {
      return unhealthy;
    }
    double t = (health - unhealthyAt) / (healthyAt - unhealthyAt);
    return unhealthy + t * (healthy - unhealthy);
  }

  /** The multiple of the base complaint rate at a health (the complaint curve). */
  double complaintMultiple(float health) {
    return Math.max(complaintFloor, 1.0 + (complaintNeutralHealth - health) / complaintPointsPerRate);
  }

  /** A client's tier from its products bought, health and months since its last order. */
  public ClientTier tier(int productsBought, float health, int monthsSinceLastOrder) {
    if (monthsSinceLastOrder >= dormantAfterMonths) {
      return ClientTier.DORMANT;
    }
    if (productsBought >= coreProducts && health >= coreHealth) {
      return ClientTier.CORE;
    }
    return productsBought >= growthProducts ? ClientTier.GROWTH : ClientTier.POTENTIAL;
  }

  /** Health change of a client from one completed order delivered at a quality. */
  public double healthEffectOfQuality(double quality) {
    return qualityHealthWeight * (quality - neutralQuality);
  }

  /** Months after an order in which a further order counts as signing again. */
  public int signingWindowMonths() {
    return signingWindowMonths;
  }

  /** Months of lead that make a churn warning in time (the policy's lead days, 30 a month, rounded up). */
  public int warningLeadMonths() {
    return warningLeadMonths;
  }

  public float initialHealth() {
    return initialHealth;
  }

  /** A new client's health drawn from the initial-health distribution (within [0, 100]). */
  public float drawInitialHealth(org.apache.commons.rng.UniformRandomProvider rng) {
    return (float) Math.max(0.0, Math.min(100.0, initialHealthParam.draw(rng)));
  }

  /** The cost of one recall campaign this month (drawn from {@code rng} when drawn per month). */
  public double recallCost(org.apache.commons.rng.UniformRandomProvider rng) {
    return Math.max(0.0, recallCost.draw(rng));
  }

  public int milestoneCount() {
    return milestoneCount;
  }

  public int needWindowMonths() {
    return needWindowMonths;
  }
}
