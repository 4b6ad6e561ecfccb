package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link SwapBlockMove}s whose days are one of the first person's runs (of working days or of
 * free days), sometimes with the day before or after it: the unit the minimum and maximum
 * consecutive working and free days read. Exchanging a short run with someone removes it (or fills
 * a short gap, joining two runs); with the day next to it, a run grows or shrinks by one. The first
 * person is drawn where lines cost most ({@link PenaltyGuide}), the second at random.
 */
public final class RunSwapMoveFactory implements MoveIteratorFactory<Roster, SwapBlockMove> {

  /** Longer runs are left to the block swaps: exchanging them moves too much at once. */
  static final int LONGEST_RUN = 7;

  @Override
  public long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    long n = roster.getStaff().size();
    // a third of the block swaps' size: a union draws from each in proportion (2 in 11)
    return n * (n - 1) / 2 * roster.getDays().size() * 7 / 3;
  }

  @Override
  public Iterator<SwapBlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException("run swaps are only drawn at random");
  }

  @Override
  public Iterator<SwapBlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
    Roster roster = scoreDirector.getWorkingSolution();
    List<DayAssignment> cells = roster.getAssignments();
    int staffCount = roster.getStaff().size();
    int dayCount = roster.getDays().size();
    boolean skillsMandatory = roster.getPolicy().skillsMandatory();
    PenaltyGuide guide = PenaltyGuide.of(scoreDirector, staffCount, PenaltyGuide.SHARE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return staffCount >= 2 && dayCount >= 2;
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
          move = draw(a, b);
        }
        return move != null ? move : new SwapBlockMove(new DayAssignment[] {cells.get(0)},
            new DayAssignment[] {cells.get(dayCount)});
      }

      private DayAssignment cell(int person, int day) {
        return cells.get(person * dayCount + day);
      }

      /** The run of person {@code a} through a random day, then one day more or less at either end. */
      private SwapBlockMove draw(int a, int b) {
        int day = random.nextInt(dayCount);
        boolean working = cell(a, day).isWorking();
        int first = day;
        while (first > 0 && cell(a, first - 1).isWorking() == working) {
          first--;
        }
        int last = day;
        while (last + 1 < dayCount && cell(a, last + 1).isWorking() == working) {
          last++;
        }
        switch (random.nextInt(4)) {
          case 1 -> first = Math.max(0, first - 1);
          case 2 -> last = Math.min(dayCount - 1, last + 1);
          case 3 -> {
            if (last > first) {
              if (random.nextBoolean()) {
                first++;
              } else {
                last--;
              }
            }
          }
          default -> { }
        }
        int length = last - first + 1;
        if (length > LONGEST_RUN) {
          return null;
        }
        DayAssignment[] left = new DayAssignment[length];
        DayAssignment[] right = new DayAssignment[length];
        boolean differs = false;
        for (int i = 0; i < length; i++) {
          left[i] = cell(a, first + i);
          right[i] = cell(b, first + i);
          if (left[i].isPinned() || right[i].isPinned()) {
            return null;
          }
          differs |= left[i].getShiftType() != right[i].getShiftType();
        }
        if (!differs) {
          return null;
        }
        SwapBlockMove move = new SwapBlockMove(left, right);
        return move.addsForbiddenSkill(skillsMandatory) ? null : move;
      }
    };
  }
}
