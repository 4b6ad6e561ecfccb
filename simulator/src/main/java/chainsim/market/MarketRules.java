package chainsim.market;

import chainsim.client.ClientRules;
import chainsim.random.ParameterDraws;
import chainsim.scenario.Product;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import chainsim.world.SegmentSpec;
import java.util.List;

/** The market parameters of one segment in one replication. */
public final class MarketRules {
  final double birthMonthly;
  final double deathMonthly;
  final double growthAnnual;
  final double targetingLift;
  /** Chance per month that a firm develops a need for product p, before market growth. */
  final double[] needMonthly;

  public MarketRules(Scenario scenario, SegmentSpec spec, ParameterDraws draws) {
    Region region = scenario.regions().get(spec.region());
    String industry = scenario.industries().get(spec.industry()).id();
    this.birthMonthly = ClientRules.monthly(draws.value(region.firmBirthRateAnnual()));
    this.deathMonthly = ClientRules.monthly(draws.value(region.firmDeathRateAnnual()));
    this.growthAnnual = draws.value(region.marketGrowthAnnual());
    this.targetingLift = draws.value(region.dataTargetingLift());
    List<Product> products = scenario.products();
    this.needMonthly = new double[products.size()];
    for (int p = 0; p < products.size(); p++) {
      needMonthly[p] = ClientRules.monthly(draws.value(products.get(p).needRateFor(industry)));
    }
  }

  /** Needs grow with the market: month 1 has the base rates. */
  double growthFactor(int month) {
    return Math.pow(1.0 + growthAnnual, (month - 1) / 12.0);
  }
}
