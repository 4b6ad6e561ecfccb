package chainsim.roster.inrc;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * An INRC-2010 instance as the file states it, in the competition's own vocabulary. The evaluator
 * reads this, not the solver's model, so the two can check each other.
 */
public record InrcInstance(
    String id,
    Path source,
    LocalDate startDate,
    LocalDate endDate,
    List<String> skills,
    List<ShiftType> shiftTypes,
    List<Pattern> patterns,
    List<Contract> contracts,
    List<Employee> employees,
    Map<LocalDate, Map<String, Integer>> cover,
    List<DayRequest> dayOffRequests,
    List<DayRequest> dayOnRequests,
    List<ShiftRequest> shiftOffRequests,
    List<ShiftRequest> shiftOnRequests) {

  public record ShiftType(String id, LocalTime start, LocalTime end, String description, List<String> skills) {
    /** Night shifts run past midnight. */
    public boolean night() {
      return end.isBefore(start);
    }
  }

  /** One pattern entry: a shift type id, "Any" or "None"; a day of the week or {@code null} for "Any". */
  public record PatternEntry(String shiftType, DayOfWeek day) {
  }

  public record Pattern(String id, int weight, List<PatternEntry> entries) {
  }

  /** An on/weight/value element of a contract; yes/no elements use {@code value} 0. */
  public record Rule(boolean on, int weight, int value) {
    static final Rule OFF = new Rule(false, 0, 0);
  }

  public record Contract(
      String id,
      String description,
      Rule maxNumAssignments,
      Rule minNumAssignments,
      Rule maxConsecutiveWorkingDays,
      Rule minConsecutiveWorkingDays,
      Rule maxConsecutiveFreeDays,
      Rule minConsecutiveFreeDays,
      Rule maxConsecutiveWorkingWeekends,
      Rule minConsecutiveWorkingWeekends,
      Rule maxWorkingWeekendsInFourWeeks,
      String weekendDefinition,
      Rule completeWeekends,
      Rule identicalShiftTypesDuringWeekend,
      Rule noNightShiftBeforeFreeWeekend,
      Rule twoFreeDaysAfterNightShifts,
      Rule alternativeSkillCategory,
      List<String> unwantedPatterns) {
  }

  public record Employee(String id, String name, String contractId, List<String> skills) {
  }

  public record DayRequest(String employeeId, LocalDate date, int weight) {
  }

  public record ShiftRequest(String employeeId, LocalDate date, String shiftTypeId, int weight) {
  }

  public int dayCount() {
    return (int) (endDate.toEpochDay() - startDate.toEpochDay()) + 1;
  }

  /** Required nurses per shift type on a date (shift types absent from the map need none). */
  public Map<String, Integer> coverOn(LocalDate date) {
    return cover.getOrDefault(date, Map.of());
  }
}
