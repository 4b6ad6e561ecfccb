package chainsim.staffing.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * What a soft staffing constraint charges one match: where (a line or a branch), the month (null
 * when the charge is over the whole window), and the yuan it adds to the plan's cost.
 */
public record Cost(String where, Integer month, long yuan) implements ConstraintJustification {}
