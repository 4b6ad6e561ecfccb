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
 * engine is tested against, and the baseline its speed is measured against.
 */
public final class SequentialEngine {
  private SequentialEngine() {}

  public static ReplicationResult run(Replication r, int months) {
    HeadOffice ho = r.headOffice;
    for (int month = 1; month <= months; month++) {
      List<SegmentInputs> segmentInputs = ho.beginMonth(month);
      List<SegmentMonth> segmentResults = new ArrayList<>(segmentInputs.size());
      for (SegmentInputs in : segmentInputs) {
        segmentResults.add(r.segments.get(in.segment()).step(month, in.efforts(), in.effects(), in.grants()));
      }
      List<SellerInputs> sellerInputs = ho.afterSegments(segmentResults);
      List<EntityMonth> sellerResults = new ArrayList<>(sellerInputs.size());
      for (SellerInputs in : sellerInputs) {
        sellerResults.add(r.sellers[in.seller()].operate(in));
      }
      List<PartnerAssignment> assignments = ho.afterSellers(sellerResults);
      List<EntityMonth> partnerResults = new ArrayList<>(assignments.size());
      for (PartnerAssignment a : assignments) {
        partnerResults.add(r.partners[a.partner()].work(month, a.subcontracts()));
      }
      ho.afterPartners(partnerResults);
    }
    return ho.finish(r.draws.replicationValues());
  }
}
