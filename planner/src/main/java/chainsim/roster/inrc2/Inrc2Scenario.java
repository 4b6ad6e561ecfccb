package chainsim.roster.inrc2;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What stays the same over an INRC-II horizon: skills, shift types with their consecutive limits
 * and forbidden successions, contracts and nurses.
 *
 * @param forbiddenAfter for each shift type, the shift types that may not be worked the next day
 */
public record Inrc2Scenario(
    String id,
    int weeks,
    List<String> skills,
    List<ShiftType> shiftTypes,
    Map<String, Set<String>> forbiddenAfter,
    Map<String, Contract> contracts,
    List<Nurse> nurses) {

  /** A shift type and the minimum and maximum consecutive days worked with it (soft, 15 a day). */
  public record ShiftType(String id, int minConsecutive, int maxConsecutive) {
  }

  /**
   * Working terms. Totals and weekends are over the whole horizon; the consecutive limits are
   * soft (30 a day).
   */
  public record Contract(String id, int minTotal, int maxTotal, int minConsecutiveWork, int maxConsecutiveWork,
      int minConsecutiveOff, int maxConsecutiveOff, int maxWorkingWeekends, boolean completeWeekends) {
  }

  /** A nurse, the contract and the skills (a shift is worked with exactly one of them). */
  public record Nurse(String id, String contract, List<String> skills) {
  }

  public int shiftIndex(String shiftId) {
    for (int i = 0; i < shiftTypes.size(); i++) {
      if (shiftTypes.get(i).id().equals(shiftId)) {
        return i;
      }
    }
    return -1;
  }

  /** True when shift {@code next} may follow shift {@code previous} on the next day. */
  public boolean allowed(String previous, String next) {
    return previous == null || next == null || !forbiddenAfter.getOrDefault(previous, Set.of()).contains(next);
  }

  public Contract contractOf(Nurse nurse) {
    return contracts.get(nurse.contract());
  }
}
