package chainsim.engine;

import chainsim.headoffice.HeadOffice;
import chainsim.headoffice.PartnerAssignment;
import chainsim.headoffice.SegmentInputs;
import chainsim.market.SegmentMonth;
import chainsim.metrics.ReplicationResult;
import chainsim.selling.EntityMonth;
import chainsim.selling.SellerInputs;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a replication with a plain loop over the month's protocol: the reference the actor
 * engine is tested against, and the baseline its speed is measured against. A failure of the
 * model is reported as a {@link ReplicationFailure} naming the month and the part that failed.
 */
public final class SequentialEngine {
  private static final int HEAD_OFFICE = -1;

  private SequentialEngine() {}

  /** Runs months {@link Replication#firstMonth()}..{@code months} and finishes the replication. */
  public static ReplicationResult run(Replication r, int months) {
    Where where = new Where();
    try {
      for (int month = r.firstMonth(); month <= months; month++) {
        month(r, month, where, null);
      }
      where.month = months + 1;
      return r.headOffice.finish(r.draws.replicationValues());
    } catch (RuntimeException | StackOverflowError e) {
      throw where.failure(r, months, e);
    }
  }

  /** Steps a replication through months {@code 1..months} without finishing it (to measure it mid-run). */
  public static void stepThrough(Replication r, int months) {
    stepThrough(r, months, null);
  }

  /**
   * What a month took and produced, handed to an observer in the engine's own order (the sales
   * efforts the segments were given, then segments, sellers, partners, each by index): what
   * {@code chainsim actuals synthesize} reads a month's books from.
   */
  public interface MonthObserver {
    void month(int month, List<SegmentInputs> inputs, List<SegmentMonth> segments, List<EntityMonth> sellers,
        List<EntityMonth> partners);
  }

  /** {@link #stepThrough(Replication, int)}, telling an observer (or nobody, when null) each month's results. */
  public static void stepThrough(Replication r, int months, MonthObserver observer) {
    Where where = new Where();
    try {
      for (int month = 1; month <= months; month++) {
        month(r, month, where, observer);
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw where.failure(r, months, e);
    }
  }

  /** Where the month is, kept as numbers (a name per step would cost more than the step). */
  private static final class Where {
    int month;
    int segment = HEAD_OFFICE;
    int entity = HEAD_OFFICE;

    ReplicationFailure failure(Replication r, int months, Throwable e) {
      String part = segment != HEAD_OFFICE ? "segment " + r.segments.get(segment).spec().id()
          : entity != HEAD_OFFICE ? r.headOffice.entityId(entity) : "head office";
      String when = month > months ? "after month " + months : "in month " + month;
      return new ReplicationFailure(r.index, when + " (" + part + ")", e);
    }
  }

  private static void month(Replication r, int month, Where where, MonthObserver observer) {
    HeadOffice ho = r.headOffice;
    where.month = month;
    List<SegmentInputs> segmentInputs = ho.beginMonth(month);
    List<SegmentMonth> segmentResults = new ArrayList<>(segmentInputs.size());
    for (SegmentInputs in : segmentInputs) {
      where.segment = in.segment();
      segmentResults.add(r.segments.get(in.segment()).step(month, in.efforts(), in.effects(), in.grants()));
    }
    where.segment = HEAD_OFFICE;
    List<SellerInputs> sellerInputs = ho.afterSegments(segmentResults);
    List<EntityMonth> sellerResults = new ArrayList<>(sellerInputs.size());
    for (SellerInputs in : sellerInputs) {
      where.entity = in.seller();
      sellerResults.add(r.sellers[in.seller()].operate(in));
    }
    where.entity = HEAD_OFFICE;
    List<PartnerAssignment> assignments = ho.afterSellers(sellerResults);
    List<EntityMonth> partnerResults = new ArrayList<>(assignments.size());
    for (PartnerAssignment a : assignments) {
      where.entity = a.partner();
      partnerResults.add(r.partners[a.partner()].work(month, a.subcontracts()));
    }
    where.entity = HEAD_OFFICE;
    ho.afterPartners(partnerResults);
    if (observer != null) {
      observer.month(month, segmentInputs, segmentResults, sellerResults, partnerResults);
    }
  }
}
