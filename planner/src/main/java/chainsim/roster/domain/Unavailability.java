package chainsim.roster.domain;

/** A day a staff member cannot work at all (leave, training, a client visit elsewhere): hard. */
public record Unavailability(StaffMember staffMember, RosterDay day) {
}
