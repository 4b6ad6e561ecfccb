package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.WeekendDefinition;

/**
 * Random {@link SwapBlockMove}s over days that are not one run, for the rules a run of days
 * cannot reach without passing through worse rosters. Like every swap they keep each day's cover.
 *
 * <ul>
 *   <li><b>Day pair</b> (half of the draws): two people exchange what they do on two days that are
 *       not next to each other, one where the first works and the second is free and one the other
 *       way round (or, when both work, two days where their shifts differ). Each keeps their number
 *       of shifts, so work moves along a person's line (breaking a long run, filling a short one, moving
 *       a free day next to another) without touching the totals the assignment limits read.</li>
 *   <li><b>Weekend</b> (the other half): two people exchange one whole weekend as the first
 *       person's contract defines it (Saturday–Sunday, Friday–Sunday, …), the unit that complete
 *       weekends, identical shift types during a weekend and the working-weekend limits read.</li>
 * </ul>
 *
 * Draws that would change nothing, or touch a pinned day, are redrawn.
 */
public final class WorkTransferMoveFactory extends RandomSwapMoveFactory {

  @Override
  protected long size(long pairs, int dayCount) {
    // the size a union would report; OptaPlanner's union draws each kind equally often whatever the size
    return pairs * dayCount * 7 / 2;
  }

  @Override
  protected String kind() {
    return "work transfers";
  }

  @Override
  protected int minimumDays() {
    return 3;
  }

  @Override
  protected SwapBlockMove draw(Draws draws) {
    int a = draws.first();
    int b = draws.other(a);
    return draws.random.nextBoolean() ? dayPair(draws, a, b) : weekend(draws, a, b);
  }

  private static SwapBlockMove dayPair(Draws draws, int a, int b) {
    int first = draws.random.nextInt(draws.dayCount);
    DayAssignment a1 = draws.cell(a, first);
    DayAssignment b1 = draws.cell(b, first);
    if (a1.getShiftType() == b1.getShiftType() || a1.isPinned() || b1.isPinned()) {
      return null;
    }
    int[] candidates = new int[draws.dayCount];
    int count = 0;
    for (int d = 0; d < draws.dayCount; d++) {
      if (Math.abs(d - first) >= 2 && fits(a1, b1, draws.cell(a, d), draws.cell(b, d))) {
        candidates[count++] = d;
      }
    }
    if (count == 0) {
      return null;
    }
    int second = candidates[draws.random.nextInt(count)];
    return new SwapBlockMove(new DayAssignment[] {a1, draws.cell(a, second)},
        new DayAssignment[] {b1, draws.cell(b, second)});
  }

  /** The second day gives each person back the shift count the first day takes from them. */
  private static boolean fits(DayAssignment a1, DayAssignment b1, DayAssignment a2, DayAssignment b2) {
    if (a2.isPinned() || b2.isPinned() || a2.getShiftType() == b2.getShiftType()) {
      return false;
    }
    return a1.isWorking() == b2.isWorking() && b1.isWorking() == a2.isWorking();
  }

  private static SwapBlockMove weekend(Draws draws, int a, int b) {
    WeekendDefinition definition = draws.roster.getStaff().get(a).getContract().weekendDefinition();
    int[][] weekends = draws.roster.getPeriod().weekends(definition);
    if (weekends.length == 0) {
      return null;
    }
    return draws.exchange(a, b, weekends[draws.random.nextInt(weekends.length)]);
  }
}
