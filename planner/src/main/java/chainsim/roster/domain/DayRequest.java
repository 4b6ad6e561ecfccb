package chainsim.roster.domain;

/** A staff member asks to work ({@code wantsWork}) or to be free on a day; ignoring it costs the weight. */
public record DayRequest(StaffMember staffMember, RosterDay day, boolean wantsWork, int weight) {
}
