package chainsim.roster.domain;

/**
 * The hours a staff member is contracted for in one week of the period (a branch's full- and
 * part-time contracts): each hour rostered below {@code minimumMinutes} costs {@code weightPerHour}
 * (people are paid for them), each hour above costs {@code overtimeWeightPerHour} (overtime is paid
 * on top). Days of leave are credited by whoever builds the roster, so a week of annual leave costs
 * nothing and working it in full is overtime.
 *
 * @param firstDay index of the week's first day in the period
 * @param days days of the week inside the period
 */
public record ContractHours(StaffMember staffMember, int firstDay, int days, int minimumMinutes, int weightPerHour,
    int overtimeWeightPerHour) {
  public ContractHours {
    if (minimumMinutes < 0 || weightPerHour < 0 || overtimeWeightPerHour < 0 || days < 1) {
      throw new IllegalArgumentException("contract hours of " + staffMember + " need a non-negative minimum and"
          + " weights over at least one day");
    }
  }

  /** The cost of a week in which {@code workedMinutes} were rostered below the contract: whole hours short, rounded up. */
  public int shortPenalty(int workedMinutes) {
    int shortMinutes = minimumMinutes - workedMinutes;
    return shortMinutes <= 0 ? 0 : weightPerHour * ((shortMinutes + 59) / 60);
  }

  /** The cost of the minutes rostered above the contract, at the overtime weight per hour. */
  public int overtimePenalty(int workedMinutes) {
    int over = workedMinutes - minimumMinutes;
    return over <= 0 ? 0 : RosterPolicy.perHour(overtimeWeightPerHour, over);
  }
}
