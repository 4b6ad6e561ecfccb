package chainsim.roster.inrc2;

/**
 * What one nurse's past weeks leave for the next: the border of the last week and the running
 * totals. The competition's history files hold exactly these; the branch loop carries the same.
 *
 * @param assignments shifts worked so far in the horizon
 * @param workingWeekends weekends with at least one day worked so far
 * @param lastShift the shift worked on the last day, null for a day off
 * @param consecutiveSameShift days in a row ending on the last day worked with {@code lastShift} (0 when off)
 * @param consecutiveWorkDays days in a row worked ending on the last day (0 when off)
 * @param consecutiveDaysOff days in a row off ending on the last day (0 when worked)
 */
public record NurseHistory(int assignments, int workingWeekends, String lastShift, int consecutiveSameShift,
    int consecutiveWorkDays, int consecutiveDaysOff) {

  /** The history after one more week: {@code shifts[d]} is the shift worked on day d, or null. */
  public NurseHistory after(String[] shifts) {
    int worked = 0;
    for (String s : shifts) {
      worked += s == null ? 0 : 1;
    }
    int n = shifts.length;
    boolean weekend = shifts[n - 2] != null || shifts[n - 1] != null;
    String last = shifts[n - 1];
    int work = consecutiveWorkDays;
    int off = consecutiveDaysOff;
    int same = consecutiveSameShift;
    String previous = lastShift;
    for (String s : shifts) {
      if (s == null) {
        off++;
        work = 0;
        same = 0;
      } else {
        same = s.equals(previous) ? same + 1 : 1;
        work++;
        off = 0;
      }
      previous = s;
    }
    return new NurseHistory(assignments + worked, workingWeekends + (weekend ? 1 : 0), last, same, work, off);
  }
}
