package chainsim.roster.solver.justification;

import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A day's shift type staffed on the wrong side of one of its limits.
 *
 * @param limit the minimum, maximum or target the rule holds the shift to (people)
 * @param staffed the people on the shift that day
 */
public record CoverJustification(RosterDay day, ShiftType shiftType, int limit, int staffed)
    implements ConstraintJustification {}
