package chainsim.roster.domain;

import java.time.DayOfWeek;

/**
 * One day of an unwanted pattern: a free day, any shift, or one shift type; optionally tied to a
 * day of the week (INRC's {@code <Day>}; {@code null} means "Any").
 */
public record PatternEntry(Kind kind, ShiftType shiftType, DayOfWeek dayOfWeek) {

  public enum Kind { FREE, ANY_SHIFT, SHIFT }

  public static PatternEntry free(DayOfWeek day) {
    return new PatternEntry(Kind.FREE, null, day);
  }

  public static PatternEntry anyShift(DayOfWeek day) {
    return new PatternEntry(Kind.ANY_SHIFT, null, day);
  }

  public static PatternEntry shift(ShiftType shiftType, DayOfWeek day) {
    return new PatternEntry(Kind.SHIFT, shiftType, day);
  }

  /** Whether a day worked with {@code shiftIndex} (-1 when free) fits this entry. */
  public boolean matches(int shiftIndex) {
    return switch (kind) {
      case FREE -> shiftIndex < 0;
      case ANY_SHIFT -> shiftIndex >= 0;
      case SHIFT -> shiftIndex == shiftType.getIndex();
    };
  }
}
