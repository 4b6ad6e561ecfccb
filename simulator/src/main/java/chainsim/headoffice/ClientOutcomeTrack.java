package chainsim.headoffice;

import chainsim.client.ClientOutcomes;
import chainsim.market.SegmentMonth;
import java.util.List;
import java.util.Map;

/**
 * Client success and the churn early warning over a replication, from the segments' months.
 *
 * <ul>
 *   <li><b>Repeat-signing rate</b> (seed 000: 重复签单率): of the signing windows that closed (an order
 *       opens a window of {@code clients.signing_window_months}, 12 by default; it closes with the
 *       client's next order within it, with its end, or with the client leaving within it), the share
 *       closed by a repeat order (the same product again). <b>Depth-signing rate</b> (深度签单率): the
 *       share closed by a depth (cross-sell) order, a product new to the client. Their sum is the
 *       share of orders followed by another within the window. Monthly series are over the trailing
 *       window's months, per seller and for the chain; the summary is over the whole run.
 *   <li><b>Milestone ratio</b> (seed 000: 合作三年内 ... 的数量和比例): of the clients whose window of
 *       {@code clients.milestone_window_months} from their first order has closed, the share that
 *       reached each milestone in it (cumulative; undefined until a window closes). In the summary
 *       also the share to date: milestones reached so far / firms that became clients so far, windows
 *       still open included (a lower bound, defined in runs shorter than the window).
 *   <li><b>Churn early warning</b> (seed 001: 提前45天预警): recall = warned churners / churners (churn
 *       for health; closures and clients taken solo are not churn); in time = churners warned at
 *       least the lead ahead / churners; precision = right warnings / (right + false); mean lead in
 *       months of the warned churners.
 * </ul>
 */
final class ClientOutcomeTrack {
  private final int window;
  private final int milestones;
  /** Per owner code (entity + 1): the trailing window's closed windows, repeat and depth orders, by month slot. */
  private final int[][] closed;
  private final int[][] repeat;
  private final int[][] depth;
  private final int[] chainClosed;
  private final int[] chainRepeat;
  private final int[] chainDepth;
  /** This month's chain counts. */
  int monthClosed;
  int monthRepeat;
  int monthDepth;
  int monthWarnings;
  int monthFalse;
  int monthChurners;
  int monthWarned;
  int monthInTime;
  int monthLead;
  /** Run totals by owner code (entity + 1). */
  private final long[] closedBy;
  private final long[] repeatBy;
  private final long[] depthBy;
  /** Run totals. */
  private long totalClosed;
  private long totalRepeat;
  private long totalDepth;
  private long warnings;
  private long falseWarnings;
  private long churners;
  private long warnedChurners;
  private long warnedInTime;
  private long leadMonths;
  private long cohort;
  private final long[] cohortReached;
  /** Firms that became clients so far, and the milestones reached so far (all within their windows). */
  private long firstTimeClients;
  private final long[] reachedSoFar;

  ClientOutcomeTrack(int entities, int milestones, int signingWindowMonths) {
    this.window = signingWindowMonths;
    this.milestones = milestones;
    this.closed = new int[entities + 1][window];
    this.repeat = new int[entities + 1][window];
    this.depth = new int[entities + 1][window];
    this.chainClosed = new int[window];
    this.chainRepeat = new int[window];
    this.chainDepth = new int[window];
    this.cohortReached = new long[milestones];
    this.reachedSoFar = new long[milestones];
    this.closedBy = new long[entities + 1];
    this.repeatBy = new long[entities + 1];
    this.depthBy = new long[entities + 1];
  }

  void month(int month, List<SegmentMonth> segments) {
    int slot = month % window;
    for (int o = 0; o < closed.length; o++) {
      closed[o][slot] = 0;
      repeat[o][slot] = 0;
      depth[o][slot] = 0;
    }
    monthClosed = monthRepeat = monthDepth = 0;
    monthWarnings = monthFalse = monthChurners = monthWarned = monthInTime = monthLead = 0;
    for (SegmentMonth s : segments) {
      ClientOutcomes c = s.clientOutcomes();
      for (int o = 0; o < c.windowsClosed.length && o < closed.length; o++) {
        closed[o][slot] += c.windowsClosed[o];
        repeat[o][slot] += c.repeatSigned[o];
        depth[o][slot] += c.depthSigned[o];
        closedBy[o] += c.windowsClosed[o];
        repeatBy[o] += c.repeatSigned[o];
        depthBy[o] += c.depthSigned[o];
        monthClosed += c.windowsClosed[o];
        monthRepeat += c.repeatSigned[o];
        monthDepth += c.depthSigned[o];
      }
      monthWarnings += c.warnings;
      monthFalse += c.falseWarnings;
      monthChurners += c.churners;
      monthWarned += c.warnedChurners;
      monthInTime += c.warnedInTime;
      monthLead += c.leadMonths;
      cohort += c.milestoneCohort;
      firstTimeClients += c.firstTimeClients;
      for (int k = 0; k < milestones; k++) {
        reachedSoFar[k] += s.milestonesReached()[k];
      }
      for (int k = 0; k < milestones; k++) {
        cohortReached[k] += c.milestoneCohortReached[k];
      }
    }
    chainClosed[slot] = monthClosed;
    chainRepeat[slot] = monthRepeat;
    chainDepth[slot] = monthDepth;
    totalClosed += monthClosed;
    totalRepeat += monthRepeat;
    totalDepth += monthDepth;
    warnings += monthWarnings;
    falseWarnings += monthFalse;
    churners += monthChurners;
    warnedChurners += monthWarned;
    warnedInTime += monthInTime;
    leadMonths += monthLead;
  }

  /** The chain's repeat-signing rate over the trailing window (NaN when no window closed in it). */
  double chainRepeatRate() {
    return ratio(sum(chainRepeat), sum(chainClosed));
  }

  double chainDepthRate() {
    return ratio(sum(chainDepth), sum(chainClosed));
  }

  /** An entity's repeat-signing rate over the trailing window (NaN when none closed). */
  double repeatRate(int entity) {
    return ratio(sum(repeat[entity + 1]), sum(closed[entity + 1]));
  }

  double depthRate(int entity) {
    return ratio(sum(depth[entity + 1]), sum(closed[entity + 1]));
  }

  /** Share of the clients whose milestone window closed so far that reached milestone k in it. */
  double milestoneRatio(int k) {
    return ratio(cohortReached[k], cohort);
  }

  /** An entity's repeat- and depth-signing rates over the run, into its summary. */
  void summariseEntity(int entity, Map<String, Double> figures) {
    figures.put("repeat_signing_rate", ratio(repeatBy[entity + 1], closedBy[entity + 1]));
    figures.put("depth_signing_rate", ratio(depthBy[entity + 1], closedBy[entity + 1]));
  }

  /** The run's figures, into the chain summary. */
  void summarise(Map<String, Double> chain, List<String> milestoneIds) {
    chain.put("repeat_signing_rate", ratio(totalRepeat, totalClosed));
    chain.put("depth_signing_rate", ratio(totalDepth, totalClosed));
    chain.put("clients_signing_windows_closed", (double) totalClosed);
    for (int k = 0; k < milestones; k++) {
      chain.put("milestone_ratio." + milestoneIds.get(k), milestoneRatio(k));
    }
    chain.put("clients_milestone_windows_closed", (double) cohort);
    // to date: over every client so far, windows still open included (a lower bound of the ratio)
    for (int k = 0; k < milestones; k++) {
      chain.put("milestone_share_to_date." + milestoneIds.get(k), ratio(reachedSoFar[k], firstTimeClients));
    }
    chain.put("clients_first_time", (double) firstTimeClients);
    chain.put("churn_warnings", (double) warnings);
    chain.put("churn_warning_recall", ratio(warnedChurners, churners));
    chain.put("churn_warning_in_time_rate", ratio(warnedInTime, churners));
    chain.put("churn_warning_precision", ratio(warnedChurners, warnedChurners + falseWarnings));
    chain.put("churn_warning_false_rate", ratio(falseWarnings, warnedChurners + falseWarnings));
    chain.put("churn_warning_mean_lead_months", ratio(leadMonths, warnedChurners));
  }

  private static double ratio(double part, double whole) {
    return whole > 0 ? part / whole : Double.NaN;
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
