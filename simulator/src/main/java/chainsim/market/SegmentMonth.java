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
    chainsim.client.ClientOutcomes clientOutcomes) {}
