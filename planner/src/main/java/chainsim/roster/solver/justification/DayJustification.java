package chainsim.roster.solver.justification;

import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * One person's day that a rule counts against: worked although unavailable or unqualified, a
 * request not granted, a change from the published roster, a temporary's shift. The rule's limit is
 * the day itself; what it costs is the match's score.
 *
 * @param shiftType the shift worked that day, null when free
 */
public record DayJustification(StaffMember staff, RosterDay day, ShiftType shiftType)
    implements ConstraintJustification {}
