package chainsim.roster.inrc2;

import java.util.List;

/**
 * One week's demand and wishes: for each shift, skill and day the minimum (hard) and optimal
 * (soft, 30 a person short) number of nurses, and the nurses' requests not to work a shift (or
 * any shift) on a day (soft, 10 each).
 */
public record Inrc2WeekData(String scenarioId, List<Requirement> requirements, List<ShiftOffRequest> requests) {

  /** Days are 0 (Monday) to 6 (Sunday). */
  public record Requirement(String shift, String skill, int[] minimum, int[] optimal) {
  }

  /** {@code shift} null means any shift: the nurse asks for the day off. */
  public record ShiftOffRequest(String nurse, String shift, int day) {
  }
}
