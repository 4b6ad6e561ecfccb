package chainsim.roster.solver.justification;

import chainsim.roster.domain.StaffMember;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A person's share of the work nobody wants (undesired shifts, weekend days): the count, whose
 * square times the weight is the cost, so shares even out.
 */
public record ShareJustification(StaffMember staff, int count) implements ConstraintJustification {}
