package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.WeekendDefinition;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

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
public final class WorkTransferMoveFactory implements MoveIteratorFactory<Roster, SwapBlockMove> {

  @Override
  public long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    long n = roster.getStaff().size();
    // half the block swaps' size: a union draws from each in proportion (with the run swaps, 3 in 11)
    return n * (n - 1) / 2 * roster.getDays().size() * 7 / 2;
  }

  @Override
  public Iterator<SwapBlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException("work transfers are only drawn at random");
  }

  @Override
  public Iterator<SwapBlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
    Roster roster = scoreDirector.getWorkingSolution();
    List<DayAssignment> cells = roster.getAssignments();
    int staffCount = roster.getStaff().size();
    int dayCount = roster.getDays().size();
    int[] candidates = new int[dayCount];
    PenaltyGuide guide = PenaltyGuide.of(scoreDirector, staffCount, PenaltyGuide.SHARE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return staffCount >= 2 && dayCount >= 3;
      }

      @Override
      public SwapBlockMove next() {
        SwapBlockMove move = null;
        for (int attempt = 0; attempt < 50 && move == null; attempt++) {
          int a = guide.pick(random, staffCount);
          int b = random.nextInt(staffCount - 1);
          if (b >= a) {
            b++;
          }
          move = random.nextBoolean() ? dayPair(a, b) : weekend(a, b);
        }
        // nearly every pair of cells alike: a move the solver will find not doable rather than none
        return move != null ? move : new SwapBlockMove(new DayAssignment[] {cells.get(0)},
            new DayAssignment[] {cells.get(dayCount)});
      }

      private DayAssignment cell(int person, int day) {
        return cells.get(person * dayCount + day);
      }

      private SwapBlockMove dayPair(int a, int b) {
        int first = random.nextInt(dayCount);
        DayAssignment a1 = cell(a, first);
        DayAssignment b1 = cell(b, first);
        if (a1.getShiftType() == b1.getShiftType() || a1.isPinned() || b1.isPinned()) {
          return null;
        }
        int count = 0;
        for (int d = 0; d < dayCount; d++) {
          if (Math.abs(d - first) >= 2 && fits(a1, b1, cell(a, d), cell(b, d))) {
            candidates[count++] = d;
          }
        }
        if (count == 0) {
          return null;
        }
        int second = candidates[random.nextInt(count)];
        return new SwapBlockMove(new DayAssignment[] {a1, cell(a, second)},
            new DayAssignment[] {b1, cell(b, second)});
      }

      /** The second day gives each person back the shift count the first day takes from them. */
      private boolean fits(DayAssignment a1, DayAssignment b1, DayAssignment a2, DayAssignment b2) {
        if (a2.isPinned() || b2.isPinned() || a2.getShiftType() == b2.getShiftType()) {
          return false;
        }
        return a1.isWorking() == b2.isWorking() && b1.isWorking() == a2.isWorking();
      }

      private SwapBlockMove weekend(int a, int b) {
        WeekendDefinition definition = roster.getStaff().get(a).getContract().weekendDefinition();
        int[][] weekends = roster.getPeriod().weekends(definition);
        if (weekends.length == 0) {
          return null;
        }
        int[] days = weekends[random.nextInt(weekends.length)];
        DayAssignment[] left = new DayAssignment[days.length];
        DayAssignment[] right = new DayAssignment[days.length];
        boolean differs = false;
        for (int i = 0; i < days.length; i++) {
          left[i] = cell(a, days[i]);
          right[i] = cell(b, days[i]);
          if (left[i].isPinned() || right[i].isPinned()) {
            return null;
          }
          differs |= left[i].getShiftType() != right[i].getShiftType();
        }
        return differs ? new SwapBlockMove(left, right) : null;
      }
    };
  }
}
