package chainsim.roster.domain;

/** A staff member asks to work ({@code wantsShift}) or not to work one shift type on a day. */
public record ShiftRequest(StaffMember staffMember, RosterDay day, ShiftType shiftType, boolean wantsShift,
    int weight) {
}
