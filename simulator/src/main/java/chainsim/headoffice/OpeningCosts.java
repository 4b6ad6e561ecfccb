package chainsim.headoffice;

import chainsim.random.ParameterDraws;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.EquityTemplate;
import chainsim.scenario.MarketingLine;
import chainsim.scenario.Region;
import chainsim.scenario.StaffLine;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What opening an entity will cost the company, for the reserve gate; and equity clients. A direct
 * branch costs its fit-out, recruiting its first team and the losses it is projected to make
 * before it breaks even ({@link #burn}); an equity channel the stake's price (the local firm's
 * losses are not the company's); agents and partners nothing up front.
 */
final class OpeningCosts {
  private final World world;
  private final ParameterDraws draws;
  private final EquityStake[] stakes;
  private final int burnMonths;

  OpeningCosts(World world, ParameterDraws draws, EquityStake[] stakes) {
    this.world = world;
    this.draws = draws;
    this.stakes = stakes;
    this.burnMonths = world.scenario().policies().openingBurnMonths();
  }

  /** Set-up, first team and projected burn for a branch; the stake's price for an equity channel. */
  double of(EntitySpec spec) {
    switch (spec.mode()) {
      case DIRECT:
        BranchTemplate t = world.scenario().branchTemplate(spec.opening().template()).orElseThrow();
        return draws.value(t.setupCost()) + t.targetHeadcount() * draws.value(t.hiringCostPerHire())
            + burn(t, world.regions().get(spec.region()));
      case EQUITY:
        return stakes[spec.index()].investment();
      default:
        return 0.0;
    }
  }

  /**
   * The losses a new branch is projected to make before it breaks even: its monthly fixed costs F
   * (base pay of the template's team at the region's wage index, rent of its seats, other fixed
   * costs, marketing budgets; the replication's values, means of per-month draws) with revenue
   * rising linearly to cover them by month B ({@code policies.opening_burn_months}): losses fall
   * linearly from F to nothing, F x B / 2 in all.
   */
  double burn(BranchTemplate t, Region region) {
    if (burnMonths == 0) {
      return 0.0;
    }
    double wageIndex = draws.value(region.wageIndex());
    double fixed = t.seats() * draws.value(region.rentPerSeatMonth()) + draws.value(t.otherFixedPerMonth());
    for (StaffLine line : t.staffing()) {
      if (t.basePay().containsKey(line.role())) {
        fixed += line.count() * draws.value(t.basePay().get(line.role())) * wageIndex;
      }
    }
    for (MarketingLine m : t.marketing()) {
      fixed += draws.value(m.budgetPerMonth());
    }
    return fixed * burnMonths / 2.0;
  }

  /** The clients an equity channel's local firm already has. */
  double ownClients(EntitySpec spec, UniformRandomProvider rng) {
    EquityTemplate t = world.scenario().equityTemplate(spec.opening().template()).orElseThrow();
    return Math.max(0.0, draws.param(t.ownClients()).draw(rng));
  }
}
