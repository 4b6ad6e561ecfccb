package chainsim.roster.domain;

/**
 * How many people a shift type needs on a day: a hard minimum, a soft target and a hard maximum.
 * INRC's "Preferred" cover is exact, so the importer sets all three to it.
 */
public record CoverRequirement(RosterDay day, ShiftType shiftType, int minimum, int target, int maximum) {
  public CoverRequirement {
    if (minimum < 0 || target < minimum || maximum < target) {
      throw new IllegalArgumentException("cover on " + day + " for " + shiftType + " needs 0 <= minimum <= target"
          + " <= maximum, got " + minimum + "/" + target + "/" + maximum);
    }
  }

  public static CoverRequirement exactly(RosterDay day, ShiftType shiftType, int count) {
    return new CoverRequirement(day, shiftType, count, count, count);
  }
}
