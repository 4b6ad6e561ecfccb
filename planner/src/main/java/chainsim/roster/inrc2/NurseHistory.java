package chainsim.roster.inrc2;

import chainsim.roster.domain.BorderRuns;

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
    // the border's runs are the same fold a branch's worked days go through (BorderRuns)
    BorderRuns runs = new BorderRuns(lastShift, consecutiveSameShift, consecutiveWorkDays, consecutiveDaysOff)
        .after(java.util.Arrays.asList(shifts));
    return new NurseHistory(assignments + worked, workingWeekends + (weekend ? 1 : 0), (String) runs.lastShift(),
        runs.sameShift(), runs.workDays(), runs.daysOff());
  }
}
