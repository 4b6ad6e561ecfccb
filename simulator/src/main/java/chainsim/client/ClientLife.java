package chainsim.client;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One month in the life of every client of a segment: health drifts, low health for consecutive
 * months triggers a recall campaign, clients churn (more likely when unhealthy) or leak to an
 * agent going solo, sign follow-on orders, reach client-success milestones, and complain.
 */
public final class ClientLife {
  /** Health below which complaints are more frequent: at 40 they are twice the base rate. */
  private static final float COMPLAINT_NEUTRAL_HEALTH = 70f;

  private final ClientRules rules;
  private final double[] milestoneBands;

  public ClientLife(ClientRules rules) {
    this.rules = rules;
    this.milestoneBands = new double[rules.milestoneCount];
  }

  /**
   * Steps every client of the population. Clients won this month start next month. Draws come
   * from {@code rng} in slot order, so the result depends only on the stream.
   */
  public void serve(
      FirmPopulation firms,
      int month,
      MonthlyClientDraws draws,
      UniformRandomProvider rng,
      ClientTally tally,
      ClientEvents events) {
    // each client's own good or bad month, when the scenario says clients differ
    ContinuousSampler noise = rules.healthNoise > 0 ? ZigguratSampler.NormalizedGaussian.of(rng) : null;
    for (int i = 0; i < firms.size(); i++) {
      if (firms.stage[i] != FirmPopulation.CLIENT) {
        continue;
      }
      int owner = firms.owner[i];
      if (firms.clientSince[i] != month) {
        if (!liveOneMonth(firms, i, owner, month, draws, noise, rng, tally, events)) {
          continue;
        }
      }
      tally.active[owner]++;
      tally.tiers[tierOf(firms, i, month).ordinal()]++;
    }
  }

  /** Returns false when the client left this month. */
  private boolean liveOneMonth(
      FirmPopulation firms,
      int i,
      int owner,
      int month,
      MonthlyClientDraws draws,
      ContinuousSampler noise,
      UniformRandomProvider rng,
      ClientTally tally,
      ClientEvents events) {
    double change = noise == null ? draws.healthDrift() : draws.healthDrift() + rules.healthNoise * noise.sample();
    float health = clamp(firms.health(i) + (float) change);
    if (health < rules.recallThreshold) {
      if (++firms.lowHealthMonths[i] >= rules.recallAfterMonths) {
        // brief: health below 65 for 3 consecutive periods triggers a recall campaign
        tally.recalls[owner]++;
        firms.lowHealthMonths[i] = 0;
        if (rng.nextDouble() < draws.recallSuccess()) {
          health = clamp(health + draws.recallBoost());
        }
      }
    } else {
      firms.lowHealthMonths[i] = 0;
    }
    firms.setHealth(i, health);
    health = firms.health(i);
    int tenure = month - firms.clientSince[i];
    if (rng.nextDouble() < ClientRules.churn(health, draws.churnHealthy(), draws.churnUnhealthy())) {
      firms.stage[i] = FirmPopulation.CHURNED;
      firms.winnable++;
      tally.churned[owner]++;
      tally.leaverRevenue += firms.revenueToDate[i];
      tally.exit(owner, tenure, firms.revenueToDate[i]);
      return false;
    }
    double leakage = draws.leakageByOwner()[owner];
    if (leakage > 0 && rng.nextDouble() < leakage) {
      firms.stage[i] = FirmPopulation.LEAKED;
      tally.leaked[owner]++;
      tally.leaverRevenue += firms.revenueToDate[i];
      events.leaked(i, owner);
      tally.exit(owner, tenure, firms.revenueToDate[i]);
      return false;
    }
    tally.atRisk(owner, tenure);
    int product = draws.followOns().followOnOrder(firms.products[i], rng.nextDouble());
    if (product >= 0) {
      events.followOnOrder(i, owner, product, (firms.products[i] & (1 << product)) != 0);
    }
    reachMilestones(firms, i, month, health, draws.followOns(), rng, tally);
    double complaintChance =
        draws.complaintRate() * Math.max(0.2, 1.0 + (COMPLAINT_NEUTRAL_HEALTH - health) / 30.0);
    if (rng.nextDouble() < complaintChance) {
      events.complaint(i, owner);
    }
    return true;
  }

  private void reachMilestones(FirmPopulation firms, int i, int month, float health, FollowOnTables chances,
      UniformRandomProvider rng, ClientTally tally) {
    double u = rng.nextDouble();
    if (month - firms.clientSince[i] >= rules.milestoneWindowMonths) {
      return; // brief: milestones count within three years of becoming a client
    }
    double total = chances.milestoneChances(firms.products[i], firms.milestones[i], health, milestoneBands);
    if (u >= total) {
      return;
    }
    for (int k = 0; k < milestoneBands.length; k++) {
      if (u < milestoneBands[k]) {
        firms.milestones[i] |= (byte) (1 << k);
        tally.milestones[k]++;
        return;
      }
    }
  }

  /** A client's tier this month, from its own history. */
  public static ClientTier tierOf(FirmPopulation firms, int i, int month) {
    return ClientTier.of(Integer.bitCount(firms.products[i]), firms.health(i), month - firms.lastOrderMonth[i]);
  }

  private static float clamp(float health) {
    return Math.max(0f, Math.min(100f, health));
  }
}
