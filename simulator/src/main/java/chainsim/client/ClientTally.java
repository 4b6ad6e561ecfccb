package chainsim.client;

/** Counts of a segment's month, by owner code, milestone and tier. */
public final class ClientTally {
  public final int[] active;
  public final int[] won;
  public final int[] churned;
  public final int[] leaked;
  public final int[] recalls;
  /**
   * Outbound contacts that reached a firm with an open need (the contacts conversion applies to),
   * by owner code: what a CRM logs as qualified contacts. Inbound leads are not counted here.
   */
  public final int[] qualified;
  public final int[] milestones;
  public final int[] tiers = new int[ClientTier.values().length];
  /** Revenue to date of the clients that left this month (for lifetime value). */
  public double leaverRevenue;
  /** Repeat and depth signing, churn warnings, milestone windows closed. */
  public final ClientOutcomes outcomes;

  /**
   * Client spells of the owners whose clients make the company's lifetime value (all but equity
   * channels), by tenure in months since the spell began (the month of the first order or of the
   * win-back, {@link FirmPopulation#spellSince}; the milestone window keeps counting from the first
   * order, {@link FirmPopulation#clientSince}): clients who lived through a month at that tenure (at
   * risk), and those who left in it (churned, leaked or closed). Clients still active are censored:
   * they add to the months at risk they lived and to no exit. A Kaplan-Meier table, month by month.
   * Each win, first or win-back, is one spell, as each is one client won in the acquisition cost.
   */
  public final int[] atRiskByTenure;
  public final int[] exitsByTenure;
  /**
   * Revenue recognised this month on the same clients' orders, by the client's tenure when it is
   * credited; index 0 of {@link #atRiskByTenure} counts the spells begun this month (clients won).
   */
  public final double[] revenueByTenure;
  /** Revenue to date of the lifetime-value owners' clients that left this month, and how many left. */
  public double lifetimeLeaverRevenue;
  public int lifetimeLeavers;
  /** Clients equity channels brought this month (acquired, not won). */
  public int granted;
  private final boolean[] lifetimeOwners;

  public ClientTally(int owners, int milestoneCount) {
    this(owners, milestoneCount, 0, null);
  }

  /**
   * @param month the month (the longest tenure it can see)
   * @param lifetimeOwners by owner code, whether its clients count in the spell table (null: all)
   */
  public ClientTally(int owners, int milestoneCount, int month, boolean[] lifetimeOwners) {
    this(new OwnerCounts(owners), milestoneCount, month, lifetimeOwners);
  }

  /**
   * A tally whose counts by owner are {@code owners}' arrays, cleared: a segment reuses one set
   * month after month (those counts never leave its month: {@code OwnerCount} records copy them),
   * which takes six arrays per segment-month off the allocation of the monthly hot path.
   *
   * @param month the month (the longest tenure it can see)
   * @param lifetimeOwners by owner code, whether its clients count in the spell table (null: all)
   */
  public ClientTally(OwnerCounts owners, int milestoneCount, int month, boolean[] lifetimeOwners) {
    owners.clear();
    int ownerCount = owners.active.length;
    atRiskByTenure = new int[month + 1];
    exitsByTenure = new int[month + 1];
    revenueByTenure = new double[month + 1];
    this.lifetimeOwners = lifetimeOwners;
    active = owners.active;
    won = owners.won;
    churned = owners.churned;
    leaked = owners.leaked;
    recalls = owners.recalls;
    qualified = owners.qualified;
    milestones = new int[milestoneCount];
    outcomes = new ClientOutcomes(ownerCount, milestoneCount);
  }

  /**
   * The six counts by owner code of a tally (active, won, churned, leaked, recalls, qualified),
   * kept apart so that a segment can reuse them: only for counts read before its next month.
   */
  public static final class OwnerCounts {
    final int[] active;
    final int[] won;
    final int[] churned;
    final int[] leaked;
    final int[] recalls;
    final int[] qualified;

    public OwnerCounts(int owners) {
      active = new int[owners];
      won = new int[owners];
      churned = new int[owners];
      leaked = new int[owners];
      recalls = new int[owners];
      qualified = new int[owners];
    }

    void clear() {
      java.util.Arrays.fill(active, 0);
      java.util.Arrays.fill(won, 0);
      java.util.Arrays.fill(churned, 0);
      java.util.Arrays.fill(leaked, 0);
      java.util.Arrays.fill(recalls, 0);
      java.util.Arrays.fill(qualified, 0);
    }
  }

  /** A client of an owner lives through a month at a tenure. */
  void atRisk(int owner, int tenure) {
    if (counts(owner, tenure)) {
      atRiskByTenure[tenure]++;
    }
  }

  /** A client of an owner, at risk at a tenure, left in it, with its revenue to date. */
  public void exit(int owner, int tenure, double revenueToDate) {
    if (counts(owner, tenure)) {
      atRiskByTenure[tenure]++;
      exitsByTenure[tenure]++;
      lifetimeLeaverRevenue += revenueToDate;
      lifetimeLeavers++;
    }
  }

  /** A client of an owner is won (a first order or a win-back): a spell begins (tenure 0). */
  public void begin(int owner) {
    if (lifetimeOwners == null || lifetimeOwners[owner]) {
      atRiskByTenure[0]++;
    }
  }

  /** Revenue recognised on an order of a client of an owner, credited at the client's tenure. */
  public void revenue(int owner, int tenure, double amount) {
    if ((lifetimeOwners == null || lifetimeOwners[owner]) && tenure >= 0 && tenure < revenueByTenure.length) {
      revenueByTenure[tenure] += amount;
    }
  }

  private boolean counts(int owner, int tenure) {
    return (lifetimeOwners == null || lifetimeOwners[owner]) && tenure > 0 && tenure < atRiskByTenure.length;
  }
}
