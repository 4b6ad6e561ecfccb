package chainsim.roster.domain;

import java.util.List;

/**
 * The working terms a staff member is rostered under (full time, 75 %, nights only...). Every
 * INRC-2010 contract constraint has its own rule with on/off, weight and limit; chainsim adds rest
 * between shifts (hard), a weekly and a monthly hours cap.
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
    ContractRule maxHoursPerWeek,
    ContractRule maxHoursPerMonth) {

  public Contract {
    unwantedPatterns = List.copyOf(unwantedPatterns);
  }

  /** A contract without a monthly hours cap (INRC's contracts, which have none). */
  public Contract(String id, String description, ContractRule maxAssignments, ContractRule minAssignments,
      ContractRule maxConsecutiveWorkingDays, ContractRule minConsecutiveWorkingDays,
      ContractRule maxConsecutiveFreeDays, ContractRule minConsecutiveFreeDays,
      ContractRule maxConsecutiveWorkingWeekends, ContractRule minConsecutiveWorkingWeekends,
      ContractRule maxWorkingWeekendsInFourWeeks, WeekendDefinition weekendDefinition, ContractRule completeWeekends,
      ContractRule identicalShiftTypesDuringWeekend, ContractRule noNightShiftBeforeFreeWeekend,
      ContractRule twoFreeDaysAfterNightShifts, ContractRule alternativeSkillCategory,
      List<UnwantedPattern> unwantedPatterns, int minRestHours, ContractRule maxHoursPerWeek) {
    this(id, description, maxAssignments, minAssignments, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
        maxConsecutiveFreeDays, minConsecutiveFreeDays, maxConsecutiveWorkingWeekends, minConsecutiveWorkingWeekends,
        maxWorkingWeekendsInFourWeeks, weekendDefinition, completeWeekends, identicalShiftTypesDuringWeekend,
        noNightShiftBeforeFreeWeekend, twoFreeDaysAfterNightShifts, alternativeSkillCategory, unwantedPatterns,
        minRestHours, maxHoursPerWeek, ContractRule.OFF);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Starts from a contract with every rule off; set only the rules that apply. */
  public static final class Builder {
    private final String id;
    private final ContractRule[] rules = new ContractRule[16];
    private WeekendDefinition weekendDefinition = WeekendDefinition.SATURDAY_SUNDAY;
    private List<UnwantedPattern> unwantedPatterns = List.of();
    private int minRestHours;

    private Builder(String id) {
      this.id = id;
      java.util.Arrays.fill(rules, ContractRule.OFF);
    }

    private Builder set(int index, ContractRule rule) {
      rules[index] = rule;
      return this;
    }

    public Builder maxAssignments(int weight, int limit) {
      return set(0, ContractRule.limit(weight, limit));
    }

    public Builder minAssignments(int weight, int limit) {
      return set(1, ContractRule.limit(weight, limit));
    }

    public Builder maxConsecutiveWorkingDays(int weight, int limit) {
      return set(2, ContractRule.limit(weight, limit));
    }

    public Builder minConsecutiveWorkingDays(int weight, int limit) {
      return set(3, ContractRule.limit(weight, limit));
    }

    public Builder maxConsecutiveFreeDays(int weight, int limit) {
      return set(4, ContractRule.limit(weight, limit));
    }

    public Builder minConsecutiveFreeDays(int weight, int limit) {
      return set(5, ContractRule.limit(weight, limit));
    }

    public Builder maxConsecutiveWorkingWeekends(int weight, int limit) {
      return set(6, ContractRule.limit(weight, limit));
    }

    public Builder minConsecutiveWorkingWeekends(int weight, int limit) {
      return set(7, ContractRule.limit(weight, limit));
    }

    public Builder maxWorkingWeekendsInFourWeeks(int weight, int limit) {
      return set(8, ContractRule.limit(weight, limit));
    }

    public Builder completeWeekends(int weight) {
      return set(9, ContractRule.flag(weight));
    }

    public Builder identicalShiftTypesDuringWeekend(int weight) {
      return set(10, ContractRule.flag(weight));
    }

    public Builder noNightShiftBeforeFreeWeekend(int weight) {
      return set(11, ContractRule.flag(weight));
    }

    public Builder twoFreeDaysAfterNightShifts(int weight) {
      return set(12, ContractRule.flag(weight));
    }

    public Builder alternativeSkillCategory(int weight) {
      return set(13, ContractRule.flag(weight));
    }

    public Builder maxHoursPerWeek(int weight, int hours) {
      return set(14, ContractRule.limit(weight, hours));
    }

    /** Hours a calendar month (a branch's: the days worked before the roster in its first month count too). */
    public Builder maxHoursPerMonth(int weight, int hours) {
      return set(15, ContractRule.limit(weight, hours));
    }

    public Builder weekendDefinition(WeekendDefinition definition) {
      this.weekendDefinition = definition;
      return this;
    }

    public Builder unwantedPatterns(List<UnwantedPattern> patterns) {
      this.unwantedPatterns = patterns;
      return this;
    }

    public Builder minRestHours(int hours) {
      this.minRestHours = hours;
      return this;
    }

    public Contract build() {
      ContractRule[] r = rules;
      return new Contract(id, id, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], weekendDefinition, r[9],
          r[10], r[11], r[12], r[13], unwantedPatterns, minRestHours, r[14], r[15]);
    }
  }
}
