package chainsim.roster.domain;

import java.util.List;
import java.util.Objects;

/**
 * The runs a line of days leaves at its last day: the shift worked on it, the days in a row on that
 * shift, and the days in a row worked or off. INRC-II's history files hold exactly these per nurse
 * ({@code chainsim.roster.inrc2.NurseHistory}); a branch's worked days before a roster give the same
 * ({@link WorkHistory}). One fold serves both, so the two read a border alike.
 *
 * @param lastShift what was worked on the last day (a shift id, a shift type), null for a day off
 * @param sameShift days in a row ending on the last day worked with {@code lastShift} (0 when off)
 * @param workDays days in a row worked ending on the last day (0 when off)
 * @param daysOff days in a row off ending on the last day (0 when worked)
 */
public record BorderRuns(Object lastShift, int sameShift, int workDays, int daysOff) {

  /** Nothing known before the first day: no run continues into it. */
  public static final BorderRuns NONE = new BorderRuns(null, 0, 0, 0);

  /** The runs after the given days, in order: each day what was worked, or null for a day off. */
  public BorderRuns after(List<?> days) {
    Object previous = lastShift;
    int same = sameShift;
    int work = workDays;
    int off = daysOff;
    for (Object s : days) {
      if (s == null) {
        off++;
        work = 0;
        same = 0;
      } else {
        same = Objects.equals(s, previous) ? same + 1 : 1;
        work++;
        off = 0;
      }
      previous = s;
    }
    return new BorderRuns(previous, same, work, off);
  }
}
