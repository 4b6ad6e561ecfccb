package chainsim.roster.domain;

import java.time.DayOfWeek;
import java.util.List;

/** Which days make a weekend, per contract (INRC-2010's four definitions). */
public enum WeekendDefinition {
  SATURDAY_SUNDAY("SaturdaySunday", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
  FRIDAY_SATURDAY_SUNDAY("FridaySaturdaySunday", DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
  FRIDAY_SATURDAY_SUNDAY_MONDAY(
      "FridaySaturdaySundayMonday", DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
  SATURDAY_SUNDAY_MONDAY("SaturdaySundayMonday", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);

  private final String inrcName;
  private final List<DayOfWeek> days;

  WeekendDefinition(String inrcName, DayOfWeek... days) {
    this.inrcName = inrcName;
    this.days = List.of(days);
  }

  public String inrcName() {
    return inrcName;
  }

  public List<DayOfWeek> days() {
    return days;
  }

  public DayOfWeek firstDay() {
    return days.get(0);
  }

  /** Position of the day inside the weekend, or -1 when it is a weekday for this definition. */
  public int positionOf(DayOfWeek day) {
    return days.indexOf(day);
  }

  public static WeekendDefinition ofInrcName(String name) {
    for (WeekendDefinition d : values()) {
      if (d.inrcName.equals(name)) {
        return d;
      }
    }
    return null;
  }
}
