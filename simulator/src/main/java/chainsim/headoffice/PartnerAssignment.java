package chainsim.headoffice;

import chainsim.selling.Subcontract;
import java.util.List;

/** The subcontracts the head office gives a partner this month. */
public record PartnerAssignment(int partner, int month, List<Subcontract> subcontracts) {}
