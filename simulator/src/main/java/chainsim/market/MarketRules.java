package chainsim.market;

import chainsim.client.ClientRules;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.scenario.Product;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import chainsim.world.SegmentSpec;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The market parameters of one segment in one replication: firm births and deaths, the yearly
 * growth of needs, the data-targeting lift and each product's need rate. A parameter drawn per
 * month ({@code draw: month}) is drawn afresh each month from the segment's stream of that month
 * ({@link #month}); the others keep their replication value.
 */
public final class MarketRules {
  private final Param birthAnnual;
  private final Param deathAnnual;
  private final Param growthAnnual;
  private final Param targetingLift;
  private final Param[] needAnnual;
  private final boolean variesByMonth;
  /** The month's values when nothing is drawn per month (growth is applied per month). */
  private final double birthMonthly;
  private final double deathMonthly;
  private final double growth;
  private final double lift;
  /** Chance per month that a firm develops a need for product p, before market growth. */
  private final double[] needMonthly;
  /** Needs grown so far when growth is drawn per month: month m's level from month m-1's. */
  private double grownLevel = 1.0;
  private int grownMonth = 1;

  public MarketRules(Scenario scenario, SegmentSpec spec, ParameterDraws draws) {
    Region region = scenario.regions().get(spec.region());
    String industry = scenario.industries().get(spec.industry()).id();
    this.birthAnnual = draws.param(region.firmBirthRateAnnual());
    this.deathAnnual = draws.param(region.firmDeathRateAnnual());
    this.growthAnnual = draws.param(region.marketGrowthAnnual());
    this.targetingLift = draws.param(region.dataTargetingLift());
    List<Product> products = scenario.products();
    this.needAnnual = new Param[products.size()];
    boolean varies = birthAnnual.drawnEachUse() || deathAnnual.drawnEachUse() || growthAnnual.drawnEachUse()
        || targetingLift.drawnEachUse();
    this.needMonthly = new double[products.size()];
    for (int p = 0; p < products.size(); p++) {
      needAnnual[p] = draws.param(products.get(p).needRateFor(industry));
      needMonthly[p] = ClientRules.monthly(needAnnual[p].value());
      varies |= needAnnual[p].drawnEachUse();
    }
    this.variesByMonth = varies;
    this.birthMonthly = ClientRules.monthly(birthAnnual.value());
    this.deathMonthly = ClientRules.monthly(deathAnnual.value());
    this.growth = growthAnnual.value();
    this.lift = targetingLift.value();
  }

  /** Whether any market parameter is drawn per month (the segment then opens the month's stream). */
  public boolean variesByMonth() {
    return variesByMonth;
  }

  /**
   * The market of a month. {@code rng} is the segment's stream of the month for market
   * parameters, used only when {@link #variesByMonth}; months must be asked for in order.
   */
  MarketMonth month(int month, UniformRandomProvider rng) {
    if (!variesByMonth) {
      return new MarketMonth(birthMonthly, deathMonthly, lift, grown(needMonthly, growthFactor(month)));
    }
    double birth = ClientRules.monthly(birthAnnual.draw(rng));
    double death = ClientRules.monthly(deathAnnual.draw(rng));
    double monthLift = targetingLift.draw(rng);
    double[] need = new double[needAnnual.length];
    for (int p = 0; p < need.length; p++) {
      need[p] = needAnnual[p].drawnEachUse() ? ClientRules.monthly(needAnnual[p].draw(rng)) : needMonthly[p];
    }
    double factor;
    if (growthAnnual.drawnEachUse()) {
      double g = growthAnnual.draw(rng);
      // the level grows month by month, each month at that month's yearly rate
      for (; grownMonth < month; grownMonth++) {
        grownLevel *= Math.pow(1.0 + g, 1.0 / 12.0);
      }
      factor = grownLevel;
    } else {
      factor = growthFactor(month);
    }
    return new MarketMonth(birth, death, monthLift, grown(need, factor));
  }

  /**
   * The firm slots a segment is expected to need by the horizon: its firms and those born (closed
   * firms keep their slots), at the expected rates, with a little room for chance.
   */
  public int expectedSlots(int initialFirms, int months) {
    double alive = initialFirms;
    double slots = initialFirms;
    for (int m = 1; m <= months; m++) {
      double born = alive * birthMonthly;
      alive += born - alive * deathMonthly;
      slots += born;
    }
    return (int) Math.min(Integer.MAX_VALUE - 16, Math.ceil(slots * 1.02) + 16);
  }

  /** The expected market of month 1 (to seed the needs already open at the start). */
  MarketMonth expectedFirstMonth() {
    return new MarketMonth(birthMonthly, deathMonthly, lift, grown(needMonthly, 1.0));
  }

  private static double[] grown(double[] need, double factor) {
    double[] out = new double[need.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = need[p] * factor;
    }
    return out;
  }

  /** Needs grow with the market: month 1 has the base rates. */
  private double growthFactor(int month) {
    return Math.pow(1.0 + growth, (month - 1) / 12.0);
  }

  /** One month's market of a segment: chances per firm and month, needs already grown. */
  record MarketMonth(double birthMonthly, double deathMonthly, double targetingLift, double[] needMonthly) {
    /** The chance per month that a firm develops any need. */
    double totalNeed() {
      double total = 0;
      for (double rate : needMonthly) {
        total += rate;
      }
      return total;
    }

    /** The product of a new need, given a uniform draw scaled to {@link #totalNeed}. */
    int pickNeed(double u) {
      double running = 0;
      for (int p = 0; p < needMonthly.length; p++) {
        running += needMonthly[p];
        if (u < running) {
          return p;
        }
      }
      return needMonthly.length - 1;
    }
  }
}
