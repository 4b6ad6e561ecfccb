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

  public static ReplicationResult run(Replication r, int months) {
    HeadOffice ho = r.headOffice;
    int month = 0;
    // where the month is, kept as numbers (a name per step would cost more than the step)
    int segment = HEAD_OFFICE;
    int entity = HEAD_OFFICE;
    try {
      for (month = 1; month <= months; month++) {
        List<SegmentInputs> segmentInputs = ho.beginMonth(month);
        List<SegmentMonth> segmentResults = new ArrayList<>(segmentInputs.size());
        for (SegmentInputs in : segmentInputs) {
          segment = in.segment();
          segmentResults.add(r.segments.get(segment).step(month, in.efforts(), in.effects(), in.grants()));
        }
        segment = HEAD_OFFICE;
        List<SellerInputs> sellerInputs = ho.afterSegments(segmentResults);
        List<EntityMonth> sellerResults = new ArrayList<>(sellerInputs.size());
        for (SellerInputs in : sellerInputs) {
          entity = in.seller();
          sellerResults.add(r.sellers[entity].operate(in));
        }
        entity = HEAD_OFFICE;
        List<PartnerAssignment> assignments = ho.afterSellers(sellerResults);
        List<EntityMonth> partnerResults = new ArrayList<>(assignments.size());
        for (PartnerAssignment a : assignments) {
          entity = a.partner();
          partnerResults.add(r.partners[entity].work(month, a.subcontracts()));
        }
        entity = HEAD_OFFICE;
        ho.afterPartners(partnerResults);
      }
      return ho.finish(r.draws.replicationValues());
    } catch (RuntimeException | StackOverflowError e) {
      String part = segment != HEAD_OFFICE ? "segment " + r.segments.get(segment).spec().id()
          : entity != HEAD_OFFICE ? r.headOffice.entityId(entity) : "head office";
      String when = month > months ? "after month " + months : "in month " + month;
      throw new ReplicationFailure(r.index, when + " (" + part + ")", e);
    }
  }
}
