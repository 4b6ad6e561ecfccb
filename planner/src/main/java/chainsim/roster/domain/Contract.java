package chainsim.roster.domain;

import java.util.List;

/**
 * The working terms a staff member is rostered under (full time, 75 %, nights only...). Every
 * INRC-2010 contract constraint has its own rule with on/off, weight and limit; chainsim adds rest
 * between shifts (hard) and a weekly hours cap.
 */
public record Contract(
    String id,
    String description,
    ContractRule maxAssignments,
    ContractRule minAssignments,
    ContractRule maxConsecutiveWorkingDays,
    ContractRule minConsecutiveWorkingDays,
    ContractRule maxConsecutiveFreeDays,
    ContractRule minConsecutiveFreeDays,
    ContractRule maxConsecutiveWorkingWeekends,
    ContractRule minConsecutiveWorkingWeekends,
    ContractRule maxWorkingWeekendsInFourWeeks,
    WeekendDefinition weekendDefinition,
    ContractRule completeWeekends,
    ContractRule identicalShiftTypesDuringWeekend,
    ContractRule noNightShiftBeforeFreeWeekend,
    ContractRule twoFreeDaysAfterNightShifts,
    ContractRule alternativeSkillCategory,
    List<UnwantedPattern> unwantedPatterns,
    int minRestHours,
    ContractRule maxHoursPerWeek) {

  public Contract {
    unwantedPatterns = List.copyOf(unwantedPatterns);
  }

  /** A contract with every rule off, to start a chainsim contract from. */
  public static Contract unconstrained(String id) {
    ContractRule off = ContractRule.OFF;
    return new Contract(id, id, off, off, off, off, off, off, off, off, off, WeekendDefinition.SATURDAY_SUNDAY,
        off, off, off, off, off, List.of(), 0, off);
  }
}
