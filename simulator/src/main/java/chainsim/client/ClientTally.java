package chainsim.client;

/** Counts of a segment's month, by owner code, milestone and tier. */
public final class ClientTally {
  public final int[] active;
  public final int[] won;
  public final int[] churned;
  public final int[] leaked;
  public final int[] recalls;
  public final int[] milestones;
  public final int[] tiers = new int[ClientTier.values().length];
  /** Revenue to date of the clients that left this month (for lifetime value). */
  public double leaverRevenue;
  /** Repeat and depth signing, churn warnings, milestone windows closed. */
  public final ClientOutcomes outcomes;

  public ClientTally(int owners, int milestoneCount) {
    active = new int[owners];
    won = new int[owners];
    churned = new int[owners];
    leaked = new int[owners];
    recalls = new int[owners];
    milestones = new int[milestoneCount];
    outcomes = new ClientOutcomes(owners, milestoneCount);
  }
}
