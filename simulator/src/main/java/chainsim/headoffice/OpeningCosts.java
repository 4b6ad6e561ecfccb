package chainsim.headoffice;

import chainsim.random.ParameterDraws;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.EquityTemplate;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import org.apache.commons.rng.UniformRandomProvider;

/** What opening an entity costs the company up front, for the reserve gate; and equity clients. */
final class OpeningCosts {
  private final World world;
  private final ParameterDraws draws;
  private final EquityStake[] stakes;

  OpeningCosts(World world, ParameterDraws draws, EquityStake[] stakes) {
    this.world = world;
    this.draws = draws;
    this.stakes = stakes;
  }

  /** Fit-out and recruiting the first team for a branch; the stake's price for an equity channel. */
  double of(EntitySpec spec) {
    switch (spec.mode()) {
      case DIRECT:
        BranchTemplate t = world.scenario().branchTemplate(spec.opening().template()).orElseThrow();
        return draws.value(t.setupCost()) + t.targetHeadcount() * draws.value(t.hiringCostPerHire());
      case EQUITY:
        return stakes[spec.index()].investment();
      default:
        return 0.0;
    }
  }

  /** The clients an equity channel's local firm already has. */
  double ownClients(EntitySpec spec, UniformRandomProvider rng) {
    EquityTemplate t = world.scenario().equityTemplate(spec.opening().template()).orElseThrow();
    return Math.max(0.0, draws.param(t.ownClients()).draw(rng));
  }
}
