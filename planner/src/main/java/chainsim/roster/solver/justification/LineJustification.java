package chainsim.roster.solver.justification;

import chainsim.roster.domain.StaffMember;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A contract rule weighed over a person's whole line (INRC's sequence, weekend and pattern rules,
 * and its soft maxima): who, and the rule's penalty for the line (weight times units past the limit).
 */
public record LineJustification(StaffMember staff, int penalty) implements ConstraintJustification {}
