package chainsim.selling;

import chainsim.accounting.Ledger;
import chainsim.market.HealthEffect;
import java.util.ArrayList;
import java.util.List;

/** What a branch or channel accumulates while working through its month. */
public final class MonthWork {
  public final int month;
  /** The month the entity really opened (not the planned month when a gate deferred it). */
  public final int openedMonth;
  public final Ledger ledger = new Ledger();
  public final RevenueCells revenue;
  public final List<Subcontract> subcontracts = new ArrayList<>();
  public final List<HealthEffect> healthEffects = new ArrayList<>();
  public final List<EntityEvent> events = new ArrayList<>();
  int signedOrders;
  double signedRevenue;
  int newClients;
  /** Signed value of the month's new clients' first orders (the orders that acquired them). */
  double firstOrderRevenue;
  /**
   * Everything winning new clients cost this month: marketing, sales pay, agent support, the sales
   * desk, and commission on new clients' first orders only (commission on repeat and cross-sell
   * orders is a cost of serving the client, in the lifetime value's margin instead).
   */
  public double acquisitionCost;
  /** The commission in {@link #acquisitionCost}: a variable cost kept out of the lifetime value's margin. */
  public double acquisitionCommission;
  /**
   * Pay of the in-house staff who delivered this month's work, attributed by the hours they used:
   * a cost of serving clients for the lifetime value's margin (not a ledger line: pay stays fixed cost).
   */
  public double deliveryLabour;
  /**
   * Marketing spend of each of the entity's marketing lines this month, in its template's line
   * order (empty for an entity without lines): the lead source a marketing team's CRM reports.
   */
  public double[] marketingSpendByLine = new double[0];
  int complaints;
  int acknowledgeBreaches;
  int answerBreaches;
  int openComplaints;
  int seriousComplaints;
  int seriousBreaches;
  int resolvedInTime;
  int cancelledOrders;

  public MonthWork(int month, int openedMonth, int[] segments, int[] positionOf, int products) {
    this.month = month;
    this.openedMonth = openedMonth;
    this.revenue = new RevenueCells(segments, positionOf, products);
  }

  public double signedRevenue() {
    return signedRevenue;
  }

  public int signedOrders() {
    return signedOrders;
  }

  public int newClients() {
    return newClients;
  }

  public double firstOrderRevenue() {
    return firstOrderRevenue;
  }

  EntityMonth.ServiceLevels serviceLevels() {
    return new EntityMonth.ServiceLevels(complaints, acknowledgeBreaches, answerBreaches, openComplaints,
        cancelledOrders, seriousComplaints, seriousBreaches, resolvedInTime);
  }

  EntityMonth.Sales sales() {
    return new EntityMonth.Sales(signedOrders, signedRevenue, newClients, acquisitionCost, acquisitionCommission,
        deliveryLabour, marketingSpendByLine.clone());
  }
}
