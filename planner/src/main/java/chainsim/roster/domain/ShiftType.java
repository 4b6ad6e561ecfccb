package chainsim.roster.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * A kind of shift (early, late, night; or "tax desk morning" in a branch): its times and the
 * skills a person needs to work it. A branch that needs the same hours in two skills declares two
 * shift types, so cover "per day x shift x skill" is cover per day x shift type.
 */
public final class ShiftType {

  private final String id;
  private final String description;
  private final LocalTime start;
  private final LocalTime end;
  private final Set<Skill> requiredSkills;
  /** Counts for the fairness rule: shifts nobody likes (nights, late weekends) are shared out. */
  private final boolean undesired;
  private int index = -1;

  public ShiftType(String id, String description, LocalTime start, LocalTime end, Set<Skill> requiredSkills,
      boolean undesired) {
    this.id = id;
    this.description = description;
    this.start = start;
    this.end = end;
    this.requiredSkills = Set.copyOf(requiredSkills);
    this.undesired = undesired;
  }

  public String getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public Set<Skill> getRequiredSkills() {
    return requiredSkills;
  }

  public boolean isUndesired() {
    return undesired;
  }

  /** A night shift runs past midnight; INRC's night rules key on this (its "N" is 22:30-06:30). */
  public boolean isNight() {
    return end.isBefore(start);
  }

  public int durationMinutes() {
    long minutes = Duration.between(start, end).toMinutes();
    return (int) (minutes <= 0 ? minutes + 24 * 60 : minutes);
  }

  /** Minutes from the start of the shift's day to its end (past 1440 for a night shift). */
  public int endMinuteOfDay() {
    return start.toSecondOfDay() / 60 + durationMinutes();
  }

  public int startMinuteOfDay() {
    return start.toSecondOfDay() / 60;
  }

  /** Position in the period's list of shift types; the solver's arrays are indexed by it. */
  public int getIndex() {
    return index;
  }

  void setIndex(int index) {
    this.index = index;
  }

  @Override
  public String toString() {
    return id;
  }
}
