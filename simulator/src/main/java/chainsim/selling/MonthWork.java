package chainsim.selling;

import chainsim.accounting.Ledger;
import chainsim.market.HealthEffect;
import java.util.ArrayList;
import java.util.List;

/** What a branch or channel accumulates while working through its month. */
public final class MonthWork {
  public final int month;
  public final Ledger ledger = new Ledger();
  public final RevenueCells revenue;
  public final List<Subcontract> subcontracts = new ArrayList<>();
  public final List<HealthEffect> healthEffects = new ArrayList<>();
  public final List<EntityEvent> events = new ArrayList<>();
  int signedOrders;
  double signedRevenue;
  int newClients;
  public double acquisitionCost;
  int complaints;
  int acknowledgeBreaches;
  int answerBreaches;
  int openComplaints;
  int seriousComplaints;
  int seriousBreaches;
  int resolvedInTime;
  int cancelledOrders;

  public MonthWork(int month, int[] segments, int[] positionOf, int products) {
    this.month = month;
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

  EntityMonth.ServiceLevels serviceLevels() {
    return new EntityMonth.ServiceLevels(complaints, acknowledgeBreaches, answerBreaches, openComplaints,
        cancelledOrders, seriousComplaints, seriousBreaches, resolvedInTime);
  }

  EntityMonth.Sales sales() {
    return new EntityMonth.Sales(signedOrders, signedRevenue, newClients, acquisitionCost);
  }
}
