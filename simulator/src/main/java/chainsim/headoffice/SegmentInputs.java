package chainsim.headoffice;

import chainsim.market.ClientGrant;
import chainsim.market.HealthEffect;
import chainsim.market.SalesEffort;
import java.util.List;

/** What the head office hands a segment for its month. */
public record SegmentInputs(int segment, List<SalesEffort> efforts, List<HealthEffect> effects, List<ClientGrant> grants) {}
