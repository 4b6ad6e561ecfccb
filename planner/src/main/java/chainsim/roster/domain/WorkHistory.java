package chainsim.roster.domain;

/**
 * What a person actually worked before a roster's first day, as far as the roster's rules read it
 * (a branch's {@code --history}): the runs at the border, the weekends worked in the four-week
 * window of {@code max_weekends_per_four_weeks}, and the minutes worked so far in the first day's
 * month. {@link #NONE} when nothing is known: the rules then look only inside the roster, as before.
 *
 * @param runs the runs the history leaves at the day before the first (its last shift is a {@link ShiftType})
 * @param weekendsWorked weekends worked among the window's weekends the history covers
 * @param weekendAllowance what those weekends add to the period's allowance of working weekends (the
 *     allowance of the window they and the period make, less the period's own)
 * @param minutesThisMonth minutes worked from the first day's month's first day to the day before the first
 */
public record WorkHistory(BorderRuns runs, int weekendsWorked, int weekendAllowance, int minutesThisMonth) {

  public static final WorkHistory NONE = new WorkHistory(BorderRuns.NONE, 0, 0, 0);

  /** The shift worked on the day before the roster's first, or null. */
  public ShiftType lastShift() {
    return (ShiftType) runs.lastShift();
  }

  /** Days in a row worked up to the day before the first (0 when it was off). */
  public int workDays() {
    return runs.workDays();
  }

  /** Days in a row off up to the day before the first (0 when it was worked). */
  public int daysOff() {
    return runs.daysOff();
  }
}
