package chainsim.selling;

import chainsim.accounting.Ledger;
import chainsim.market.HealthEffect;
import chainsim.market.SalesEffort;
import java.util.List;

/**
 * A branch's or channel's month: its books, its revenue by segment and product, the orders
 * a partner finished (partners only), three-no orders to dispatch (for partners: the orders they
 * failed, back to their signing sides), health effects on its clients, events, its sales effort for next month, its staff
 * and capacity, and its service levels.
 *
 * @param headcount people by role and skill, indexed {@code role * (skills + 1) + skill + 1}
 *     (skill -1 for roles without one)
 * @param demandHoursBySkill delivery hours the month's orders ask of each skill, kept or turned
 *     away for lack of capacity (branches and equity channels; zeros for the others)
 * @param deferredRevenue cash clients paid ahead for orders not finished, less revenue booked on them
 *     before it was billed
 * @param freeHours for partners: delivery hours they can still take on
 */
public record EntityMonth(
    int entity,
    int month,
    Ledger ledger,
    RevenueCells revenue,
    List<Completion> completions,
    List<Subcontract> subcontracts,
    List<HealthEffect> healthEffects,
    List<EntityEvent> events,
    List<SalesEffort> nextEfforts,
    int[] headcount,
    double[] capacityHoursBySkill,
    double[] usedHoursBySkill,
    double[] demandHoursBySkill,
    double backlogHours,
    ServiceLevels service,
    Sales sales,
    double receivablesOutstanding,
    double deferredRevenue,
    double freeHours) {

  /** The same month with other closing receivables and deferred revenue (work booked after the seller's month). */
  public EntityMonth withBalances(double receivables, double deferred) {
    return new EntityMonth(entity, month, ledger, revenue, completions, subcontracts, healthEffects, events, nextEfforts,
        headcount, capacityHoursBySkill, usedHoursBySkill, demandHoursBySkill, backlogHours, service, sales, receivables,
        deferred, freeHours);
  }

  /**
   * Complaints raised this month, breaches of the 24 h / 48 h levels that happened this month,
   * complaints still unanswered at the month's end, and orders cancelled; of the complaints, the
   * serious ones raised, the breaches of serious complaints, and the answers within both levels
   * (satisfaction follow-up).
   */
  public record ServiceLevels(int complaints, int acknowledgeBreaches, int answerBreaches, int openComplaints,
      int cancelledOrders, int seriousComplaints, int seriousBreaches, int resolvedInTime) {
    public static final ServiceLevels NONE = new ServiceLevels(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Orders signed this month and what winning new clients cost.
   *
   * @param acquisitionCost marketing, sales pay, agent support, sales desk and commission on first orders
   * @param acquisitionCommission the variable commission inside {@code acquisitionCost} (the lifetime
   *     value's margin leaves it out, so no yuan is in both)
   * @param deliveryLabour in-house delivery staff's pay attributed by hours used (the lifetime value's
   *     margin deducts it, as it deducts partner fees and agent commission)
   * @param marketingSpendByLine the marketing spend of each of the entity's marketing lines, in its
   *     template's line order (empty without lines); the lines' leads are in the sales efforts
   */
  public record Sales(int signedOrders, double signedRevenue, int newClients, double acquisitionCost,
      double acquisitionCommission, double deliveryLabour, double[] marketingSpendByLine) {
    public static final Sales NONE = new Sales(0, 0, 0, 0, 0, 0, new double[0]);

    /** The spend of one marketing line this month (0 for a line the entity does not have). */
    public double marketingSpend(int line) {
      return line < marketingSpendByLine.length ? marketingSpendByLine[line] : 0.0;
    }
  }
}
