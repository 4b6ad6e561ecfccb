package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.Iterator;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link RotationMove}s of three people: the first drawn where lines cost most
 * ({@link PenaltyGuide}), the other two at random; the days half the time one of the first person's
 * runs of working or free days (possibly a day longer or shorter, as {@link RunSwapMoveFactory}
 * draws them), otherwise a block of 1 to 7 days (half of them a single day, as
 * {@link SwapBlockMoveFactory} draws them). A run passed round a ring lands on the second person's
 * line while the third fills the first's gap: the chain two swaps would need a worse roster in
 * between to reach.
 */
public final class RotationMoveFactory implements MoveIteratorFactory<Roster, RotationMove> {

  /** People in a ring. */
  static final int RING = 3;
  /** The longest block of days. */
  static final int LONGEST = 7;

  @Override
  public long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    long n = roster.getStaff().size();
    // the size a union would report; OptaPlanner's union draws each kind equally often whatever the size
    return n * (n - 1) / 2 * roster.getDays().size() * 7 / 3;
  }

  @Override
  public Iterator<RotationMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException("rotations are only drawn at random");
  }

  @Override
  public Iterator<RotationMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
    RandomSwapMoveFactory.Draws draws = new RandomSwapMoveFactory.Draws(scoreDirector, random);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return draws.staffCount >= RING && draws.dayCount >= 1;
      }

      @Override
      public RotationMove next() {
        RotationMove move = null;
        for (int attempt = 0; attempt < RandomSwapMoveFactory.ATTEMPTS && move == null; attempt++) {
          move = draw(draws);
        }
        // nearly every cell alike: hand the solver a move it will find not doable rather than none
        return move != null ? move : ring(draws, new int[] {0, 1, 2}, 0, 1);
      }
    };
  }

  /** One draw: a ring over a run of the first person's or a block, or {@code null} to draw again. */
  static RotationMove draw(RandomSwapMoveFactory.Draws draws) {
    int a = draws.first();
    int b = draws.other(a);
    int c = draws.random.nextInt(draws.staffCount - 2);
    // the c-th person other than a and b
    for (int skipped : a < b ? new int[] {a, b} : new int[] {b, a}) {
      if (c >= skipped) {
        c++;
      }
    }
    int first;
    int last;
    if (draws.random.nextBoolean()) {
      int[] run = RunSwapMoveFactory.jitteredRun(draws, a);
      first = run[0];
      last = run[1];
      if (last - first + 1 > LONGEST) {
        return null;
      }
    } else {
      int longest = Math.min(LONGEST, draws.dayCount);
      int length = longest <= 1 || draws.random.nextBoolean() ? 1 : 2 + draws.random.nextInt(longest - 1);
      first = draws.random.nextInt(draws.dayCount - length + 1);
      last = first + length - 1;
    }
    RotationMove move = ring(draws, new int[] {a, b, c}, first, last - first + 1);
    return move == null || !move.isDoable() || move.addsForbiddenSkill(draws.skillsMandatory) ? null : move;
  }

  private static RotationMove ring(RandomSwapMoveFactory.Draws draws, int[] people, int start, int length) {
    DayAssignment[][] lines = new DayAssignment[people.length][length];
    for (int j = 0; j < people.length; j++) {
      for (int i = 0; i < length; i++) {
        lines[j][i] = draws.cell(people[j], start + i);
      }
    }
    return new RotationMove(lines);
  }
}
