package chainsim.expansion.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Management bandwidth broken in a quarter: the region (null for the whole chain), the quarter,
 * the openings that start in it (ids, sorted) and how many the rules allow.
 */
public record OpeningsJustification(String region, int quarter, List<String> openings, int limit)
    implements ConstraintJustification {}
