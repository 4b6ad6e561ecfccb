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
  private final ClientRules rules;
  private final double[] milestoneBands;

  public ClientLife(ClientRules rules) {
    this.rules = rules;
    this.milestoneBands = new double[rules.milestoneCount];
  }

  /**
   * Steps every client of the population. Clients won this month (a first order or a win-back)
   * start next month. Draws come from {@code rng} in slot order, so the result depends only on the
   * stream.
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
    ClientOutcomes outcomes = tally.outcomes;
    for (int i = 0; i < firms.size(); i++) {
      short since = firms.clientSince[i];
      if (since != 0 && month - since == rules.milestoneWindowMonths) {
        closeMilestoneWindow(firms, i, outcomes);
      } else if (since == month) {
        outcomes.firstTimeClients++;
      }
      if (firms.stage[i] != FirmPopulation.CLIENT) {
        continue;
      }
      int owner = firms.owner[i];
      // a client's orders before its own step are only those that made it a client this month
      if (firms.lastOrderMonth[i] != month) {
        if (!liveOneMonth(firms, i, owner, month, draws, noise, rng, tally, events)) {
          continue;
        }
      }
      tally.active[owner]++;
      tally.tiers[tierOf(firms, i, month).ordinal()]++;
    }
  }

  /** The client's three years from its first order are over: count it and the milestones it reached. */
  private static void closeMilestoneWindow(FirmPopulation firms, int i, ClientOutcomes outcomes) {
    outcomes.milestoneCohort++;
    byte reached = firms.milestones[i];
    for (int k = 0; k < outcomes.milestoneCohortReached.length; k++) {
      if ((reached & (1 << k)) != 0) {
        outcomes.milestoneCohortReached[k]++;
      }
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
      int lowMonths = firms.lowHealthMonths(i) + 1;
      firms.setLowHealthMonths(i, lowMonths);
      if (lowMonths >= rules.recallAfterMonths) {
        // seed 001: health below 65 for 3 consecutive weeks triggers a recall campaign (checked monthly)
        tally.recalls[owner]++;
        firms.setLowHealthMonths(i, 0);
        if (rng.nextDouble() < draws.recallSuccess()) {
          health = clamp(health + draws.recallBoost());
        }
      }
    } else {
      firms.setLowHealthMonths(i, 0);
    }
    firms.setHealth(i, health);
    health = firms.health(i);
    int tenure = month - firms.spellSince(i); // lifetime value counts spells: a win-back begins one
    ClientOutcomes outcomes = tally.outcomes;
    warn(firms, i, health, outcomes);
    int sinceOrder = month - firms.lastOrderMonth[i];
    boolean inSigningWindow = sinceOrder <= rules.signingWindowMonths;
    if (rng.nextDouble() < rules.churn(health, draws.churnHealthy(), draws.churnUnhealthy())) {
      firms.stage[i] = FirmPopulation.CHURNED;
      firms.winnable++;
      tally.churned[owner]++;
      tally.leaverRevenue += firms.revenueToDate[i];
      tally.exit(owner, tenure, firms.revenueToDate[i]);
      churnWarned(firms, i, outcomes);
      if (inSigningWindow) {
        outcomes.windowsClosed[owner]++;
      }
      return false;
    }
    double leakage = draws.leakageByOwner()[owner];
    if (leakage > 0 && rng.nextDouble() < leakage) {
      firms.stage[i] = FirmPopulation.LEAKED;
      tally.leaked[owner]++;
      tally.leaverRevenue += firms.revenueToDate[i];
      events.leaked(i, owner);
      tally.exit(owner, tenure, firms.revenueToDate[i]);
      firms.setWarning(i, 0); // taken solo: the warning is neither right nor wrong about churn
      if (inSigningWindow) {
        outcomes.windowsClosed[owner]++;
      }
      return false;
    }
    tally.atRisk(owner, tenure);
    int product = draws.followOns().followOnOrder(firms.products[i], rng.nextDouble());
    if (product >= 0) {
      boolean repeat = (firms.products[i] & (1 << product)) != 0;
      if (inSigningWindow) {
        outcomes.windowsClosed[owner]++;
        if (repeat) {
          outcomes.repeatSigned[owner]++;
        } else {
          outcomes.depthSigned[owner]++;
        }
      }
      events.followOnOrder(i, owner, product, repeat);
    } else if (sinceOrder == rules.signingWindowMonths) {
      outcomes.windowsClosed[owner]++; // a whole window without signing again
    }
    reachMilestones(firms, i, month, health, draws.followOns(), rng, tally);
    double complaintChance = draws.complaintRate() * rules.complaintMultiple(health);
    double u = rng.nextDouble();
    if (u < complaintChance) {
      events.complaint(i, owner, u < complaintChance * rules.seriousComplaintShare);
    }
    return true;
  }

  /**
   * The churn early warning after the month's health change: a client below the warning level
   * without an open warning is warned; an open warning ages a month, and one whose window passed
   * without churn was false.
   */
  private void warn(FirmPopulation firms, int i, float health, ClientOutcomes outcomes) {
    int w = firms.warning(i);
    boolean low = health < rules.warningBelow;
    if (w == 0) {
      if (low) {
        firms.setWarning(i, 1);
        outcomes.warnings++;
      }
    } else if (w == FirmPopulation.WARNING_SPENT) {
      if (!low) {
        firms.setWarning(i, 0);
      }
    } else if (w > rules.warningWindowMonths) {
      outcomes.falseWarnings++;
      firms.setWarning(i, low ? FirmPopulation.WARNING_SPENT : 0);
    } else {
      firms.setWarning(i, w + 1);
    }
  }

  /** A client churned: whether and how long before it was warned. */
  private void churnWarned(FirmPopulation firms, int i, ClientOutcomes outcomes) {
    outcomes.churners++;
    int w = firms.warning(i);
    if (w != 0 && w != FirmPopulation.WARNING_SPENT) {
      int lead = w - 1;
      outcomes.warnedChurners++;
      outcomes.leadMonths += lead;
      if (lead >= rules.warningLeadMonths) {
        outcomes.warnedInTime++;
      }
    }
    firms.setWarning(i, 0);
  }

  private void reachMilestones(FirmPopulation firms, int i, int month, float health, FollowOnTables chances,
      UniformRandomProvider rng, ClientTally tally) {
    double u = rng.nextDouble();
    if (month - firms.clientSince[i] >= rules.milestoneWindowMonths) {
      return; // seed 000: milestones count within three years of the first order (not of a win-back)
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
  public ClientTier tierOf(FirmPopulation firms, int i, int month) {
    return rules.tier(Integer.bitCount(firms.products[i]), firms.health(i), month - firms.lastOrderMonth[i]);
  }

  private static float clamp(float health) {
    return Math.max(0f, Math.min(100f, health));
  }
}
