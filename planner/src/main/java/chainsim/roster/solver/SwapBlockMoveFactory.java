package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link SwapBlockMove}s: half of them over a single day, the rest over 2 to
 * {@code maxBlockDays} consecutive days. Draws that would change nothing are redrawn, so the
 * solver's time goes to moves that change the roster.
 */
public final class SwapBlockMoveFactory implements MoveIteratorFactory<Roster, SwapBlockMove> {

  private int maxBlockDays = 7;

  public void setMaxBlockDays(int maxBlockDays) {
    this.maxBlockDays = maxBlockDays;
  }

  @Override
  public long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    long n = roster.getStaff().size();
    return n * (n - 1) / 2 * roster.getDays().size() * Math.min(maxBlockDays, roster.getDays().size());
  }

  @Override
  public Iterator<SwapBlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException("block swaps are only drawn at random");
  }

  @Override
  public Iterator<SwapBlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
    Roster roster = scoreDirector.getWorkingSolution();
    List<DayAssignment> cells = roster.getAssignments();
    int staffCount = roster.getStaff().size();
    int dayCount = roster.getDays().size();
    int longest = Math.min(maxBlockDays, dayCount);
    PenaltyGuide guide = PenaltyGuide.of(scoreDirector, staffCount, PenaltyGuide.SHARE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return staffCount >= 2;
      }

      @Override
      public SwapBlockMove next() {
        SwapBlockMove move = null;
        for (int attempt = 0; attempt < 50 && move == null; attempt++) {
          int length = longest <= 1 || random.nextBoolean() ? 1 : 2 + random.nextInt(longest - 1);
          int start = random.nextInt(dayCount - length + 1);
          int a = guide.pick(random, staffCount);
          int b = random.nextInt(staffCount - 1);
          if (b >= a) {
            b++;
          }
          move = draw(a, b, start, length);
        }
        if (move == null) {
          move = draw(0, 1, 0, 1);
        }
        // a roster where nearly every pair of cells is alike (a small branch on a quiet week): hand
        // the solver a move it will find not doable rather than none at all
        return move != null ? move : new SwapBlockMove(new DayAssignment[] {cells.get(0)},
            new DayAssignment[] {cells.get(dayCount)});
      }

      private SwapBlockMove draw(int a, int b, int start, int length) {
        DayAssignment[] left = new DayAssignment[length];
        DayAssignment[] right = new DayAssignment[length];
        boolean differs = false;
        for (int i = 0; i < length; i++) {
          left[i] = cells.get(a * dayCount + start + i);
          right[i] = cells.get(b * dayCount + start + i);
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
