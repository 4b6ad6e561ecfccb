package chainsim.market;

import java.util.List;

/**
 * What happened in a segment in a month: orders, complaints, counts for each owner with clients
 * here (in entity order), milestones reached and clients by tier, and the month's repeat and depth
 * signing, churn warnings and milestone windows closed.
 */
public record SegmentMonth(
    int segment,
    int month,
    List<Order> orders,
    List<Complaint> complaints,
    List<OwnerCount> owners,
    int[] milestonesReached,
    int[] clientsByTier,
    int aliveFirms,
    int winnableFirms,
    int firmsWithNeed,
    double churnedLifetimeRevenue,
    List<ClientSnapshot> sample,
    Spells spells,
    List<Leak> leaks,
    chainsim.client.ClientOutcomes clientOutcomes) {

  /**
   * The month's client spells of the lifetime-value owners (all but equity channels), by tenure:
   * clients at risk (lived through the month at that tenure, leaving or not; at 0, spells begun) and
   * exits, and revenue recognised on their orders; the revenue to date of those who left and how many;
   * and clients equity channels brought in (all owners).
   */
  public record Spells(int[] atRiskByTenure, int[] exitsByTenure, double[] revenueByTenure, double leaverRevenue,
      int leavers, int granted) {}
}
