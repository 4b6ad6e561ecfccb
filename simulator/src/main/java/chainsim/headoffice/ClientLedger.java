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
 * <p>LTV follows the brief's definition (revenue per client x gross margin x lifetime) with both
 * taken from the individual clients: revenue per client-month x contribution margin x mean
 * lifetime in months, where the mean lifetime is client-months / clients lost (the estimate that
 * treats clients still active at the horizon as censored). CAC is what acquiring clients cost
 * (marketing, sales pay, agents' commission on first orders, sales desks) per client won.
 */
final class ClientLedger {
  private final World world;
  private final double swingThreshold;
  private final int swingMinClients;
  /** Recall campaigns run so far. */
  double recallCampaigns;
  private double revenue;
  private double contribution;
  private double clientMonths;
  private double lost;
  private double acquisitionCost;
  private double won;
  private int previousActive = -1;
  int activeAtEnd;
  /** Milestones reached so far, by milestone. */
  final double[] milestones;

  ClientLedger(World world) {
    this.world = world;
    this.swingThreshold = world.scenario().policies().swingAlertThreshold();
    this.swingMinClients = world.scenario().policies().swingAlertMinClients();
    this.milestones = new double[world.scenario().clients().milestones().size()];
  }

  void month(int month, List<SegmentMonth> segments, List<EntityMonth> sellers, Ledger company, List<EntityEvent> events) {
    int active = 0;
    for (SegmentMonth s : segments) {
      for (int k = 0; k < milestones.length; k++) {
        milestones[k] += s.milestonesReached()[k];
      }
      for (OwnerCount c : s.owners()) {
        active += c.active();
        recallCampaigns += c.recalls();
        if (companyOwned(c.entity())) {
          clientMonths += c.active();
          lost += c.churned() + c.leaked();
        }
      }
    }
    for (EntityMonth e : sellers) {
      if (companyOwned(e.entity())) {
        acquisitionCost += e.sales().acquisitionCost();
        won += e.sales().newClients();
      }
    }
    revenue += company.amount(Account.REVENUE);
    contribution += company.contribution();
    if (previousActive >= swingMinClients && previousActive > 0) {
      double swing = (active - previousActive) / (double) previousActive;
      if (Math.abs(swing) > swingThreshold) {
        events.add(new EntityEvent(month, "chain", EntityEvent.SWING_ALERT,
            String.format(java.util.Locale.ROOT, "active clients %+.0f%% (%d -> %d)", swing * 100, previousActive, active)));
      }
    }
    previousActive = active;
    activeAtEnd = active;
  }

  private boolean companyOwned(int entity) {
    return world.entities().get(entity).mode() != Mode.EQUITY;
  }

  double ltv() {
    if (clientMonths <= 0 || revenue <= 0) {
      return Double.NaN;
    }
    double perClientMonth = revenue / clientMonths;
    double margin = contribution / revenue;
    double lifetimeMonths = clientMonths / Math.max(1.0, lost);
    return perClientMonth * margin * lifetimeMonths;
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
