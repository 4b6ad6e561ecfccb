package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.market.OwnerCount;
import chainsim.market.SegmentMonth;
import chainsim.scenario.Mode;
import chainsim.selling.EntityEvent;
import chainsim.selling.EntityMonth;
import chainsim.world.World;
import java.util.List;

/**
 * The company's clients over a replication, for lifetime value and acquisition cost, and the
 * swing alert on active clients (brief: alert when active clients swing by more than 15%).
 *
 * <p>LTV follows the brief's definition (revenue per client x gross margin x lifetime) with each
 * taken from the individual clients of the company (equity channels' local firms left out): a
 * client's revenue over its lifetime x the contribution margin. The lifetime comes from the
 * Kaplan-Meier table of the client spells ({@link LifeTable}, capped at
 * {@code clients.lifetime_value.lifetime_cap_months}): clients still active are censored, not
 * counted as lost; the revenue is the revenue per client at risk at each tenure weighted by the
 * chance of reaching it, so a first order counts once. Below {@code clients.lifetime_value.min_exits}
 * clients lost the estimate is flagged.
 *
 * <p>One definition of contribution for every channel: revenue less direct costs, partner fees,
 * bad debt, agents' and sales commission, and the in-house delivery staff's pay attributed by the
 * hours they used. CAC is what winning new clients cost (marketing, sales pay, agent support, the
 * sales desk, and commission on new clients' first orders only) per client won. The commission on
 * first orders is in CAC and taken out of the LTV margin, so no yuan is in both.
 */
final class ClientLedger {
  private final World world;
  private final double swingThreshold;
  private final int swingMinClients;
  private final int lifetimeCap;
  private final int minExits;
  /** Recall campaigns run so far. */
  double recallCampaigns;
  private double revenue;
  private double contribution;
  private double clientMonths;
  private double acquisitionCost;
  private double won;
  private final LifeTable spells;
  private double leaverRevenue;
  private long leavers;
  private int previousActive = -1;
  int activeAtEnd;
  /** Milestones reached so far, by milestone. */
  final double[] milestones;

  ClientLedger(World world) {
    this.world = world;
    this.swingThreshold = world.scenario().policies().swingAlertThreshold();
    this.swingMinClients = world.scenario().policies().swingAlertMinClients();
    this.lifetimeCap = world.scenario().clients().lifetimeValue().lifetimeCapMonths();
    this.minExits = world.scenario().clients().lifetimeValue().minExits();
    this.milestones = new double[world.scenario().clients().milestones().size()];
    this.spells = new LifeTable(world.months());
  }

  void month(int month, List<SegmentMonth> segments, List<EntityMonth> sellers, Ledger company, List<EntityEvent> events) {
    int active = 0;
    int granted = 0;
    for (SegmentMonth s : segments) {
      for (int k = 0; k < milestones.length; k++) {
        milestones[k] += s.milestonesReached()[k];
      }
      for (OwnerCount c : s.owners()) {
        active += c.active();
        recallCampaigns += c.recalls();
        if (companyOwned(c.entity())) {
          clientMonths += c.active();
        }
      }
      SegmentMonth.Spells sp = s.spells();
      if (sp != null) {
        spells.add(sp.atRiskByTenure(), sp.exitsByTenure(), sp.revenueByTenure());
        leaverRevenue += sp.leaverRevenue();
        leavers += sp.leavers();
        granted += sp.granted();
      }
    }
    double monthAcquisition = 0;
    int monthWon = 0;
    double contributionAdjustment = 0;
    for (EntityMonth e : sellers) {
      if (companyOwned(e.entity())) {
        monthAcquisition += e.sales().acquisitionCost();
        monthWon += e.sales().newClients();
        // commission on first orders is acquisition (in CAC); in-house delivery pay is a cost of serving
        contributionAdjustment += e.sales().acquisitionCommission() - e.sales().deliveryLabour();
      }
    }
    acquisitionCost += monthAcquisition;
    won += monthWon;
    revenue += company.amount(Account.REVENUE);
    contribution += company.contribution() + contributionAdjustment;
    // clients an equity channel brings are acquired, not a swing in client behaviour
    int comparable = active - granted;
    if (previousActive >= swingMinClients && previousActive > 0) {
      double swing = (comparable - previousActive) / (double) previousActive;
      if (Math.abs(swing) > swingThreshold) {
        events.add(new EntityEvent(month, "chain", EntityEvent.SWING_ALERT,
            String.format(java.util.Locale.ROOT, "active clients %+.0f%% (%d -> %d)", swing * 100, previousActive,
                comparable)));
      }
    }
    previousActive = active;
    activeAtEnd = active;
  }

  private boolean companyOwned(int entity) {
    return world.entities().get(entity).mode() != Mode.EQUITY;
  }

  /**
   * LTV to date: a client's revenue over its (capped) lifetime, from the spells' revenue by tenure
   * and Kaplan-Meier survival ({@link LifeTable#lifetimeRevenue}), x the contribution margin.
   */
  double ltv() {
    if (clientMonths <= 0 || revenue <= 0) {
      return Double.NaN;
    }
    return lifetimeRevenue() * margin();
  }

  /** Revenue of a client over its lifetime, capped at {@code clients.lifetime_value.lifetime_cap_months}. */
  double lifetimeRevenue() {
    return spells.lifetimeRevenue(lifetimeCap);
  }

  /** The Kaplan-Meier mean lifetime of the company's client spells, in months, restricted to the cap. */
  double lifetimeMonths() {
    return spells.restrictedMeanLifetime(lifetimeCap);
  }

  /** Contribution margin of the LTV: contribution (one definition for every channel) over revenue. */
  double margin() {
    return revenue > 0 ? contribution / revenue : Double.NaN;
  }

  /** Clients lost so far (spells ended: churned, leaked, closed), the exits the lifetime rests on. */
  double exits() {
    return spells.exits();
  }

  /** Whether the lifetime rests on fewer exits than {@code clients.lifetime_value.min_exits}. */
  boolean fewExits() {
    return spells.exits() < minExits;
  }

  /** Revenue to date of the average client lost (completed spells only: short ones over-represented). */
  double leaverRevenue() {
    return leavers > 0 ? leaverRevenue / leavers : Double.NaN;
  }

  double cac() {
    return won > 0 ? acquisitionCost / won : Double.NaN;
  }

  double won() {
    return won;
  }

  double revenue() {
    return revenue;
  }
}
