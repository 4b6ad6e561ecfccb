package chainsim.client;

/**
 * What a segment's month says about client success and the churn early warning: order windows
 * closed (repeat and depth signing), churn warnings and how they turned out, and the clients whose
 * milestone window closed (milestone ratios).
 *
 * <p>An order opens a signing window of {@code clients.signing_window_months}; it closes with the
 * client's next order within the window (a repeat order: the same product again; a depth order:
 * a product new to the client), with the window's end, or with the client leaving (churned or
 * taken solo) within it. Firms that close down are left out.
 */
public final class ClientOutcomes {
  /** Signing windows closed this month, by owner code. */
  public final int[] windowsClosed;
  /** Of those, closed by a repeat order (the same product again), by owner code. */
  public final int[] repeatSigned;
  /** Of those, closed by a depth (cross-sell) order, by owner code. */
  public final int[] depthSigned;
  /** Churn warnings raised this month. */
  public int warnings;
  /** Warnings whose window passed this month without the client churning. */
  public int falseWarnings;
  /** Clients that churned this month for their health (not closures, not taken solo). */
  public int churners;
  /** Of those, the ones with a warning open at the churn (a right warning each). */
  public int warnedChurners;
  /** Of those, warned at least the policy's lead ahead. */
  public int warnedInTime;
  /** Months between warning and churn, summed over the warned churners. */
  public int leadMonths;
  /** Firms that became clients for the first time this month (a win-back is not a first time). */
  public int firstTimeClients;
  /** Clients (current or former) whose milestone window closed this month. */
  public int milestoneCohort;
  /** Of those, the ones that reached each milestone within the window. */
  public final int[] milestoneCohortReached;

  public ClientOutcomes(int owners, int milestoneCount) {
    windowsClosed = new int[owners];
    repeatSigned = new int[owners];
    depthSigned = new int[owners];
    milestoneCohortReached = new int[milestoneCount];
  }
}
