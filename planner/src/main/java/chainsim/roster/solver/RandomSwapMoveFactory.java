package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * What the roster's swap factories share ({@link SwapBlockMoveFactory}, {@link WorkTransferMoveFactory},
 * {@link RunSwapMoveFactory}): their moves are {@link SwapBlockMove}s drawn only at random, a size
 * that sets their share of the union's draws, and an iterator that draws up to {@value #ATTEMPTS}
 * times until a draw gives a move (one that changes the roster and touches no pinned day). Each kind
 * says only how it draws one move, from the {@link Draws} of the step.
 */
public abstract class RandomSwapMoveFactory implements MoveIteratorFactory<Roster, SwapBlockMove> {

  /** Draws per move before the iterator gives up and hands over a move the solver will not do. */
  static final int ATTEMPTS = 50;

  /**
   * The number of moves of this kind, from the pairs of people and the days, as OptaPlanner asks a
   * selector for it. It does not set the kind's share of a union's draws: a union without fixed
   * weights (as {@link RosterSolver} builds it for the swaps) draws each kind equally often.
   */
  protected abstract long size(long pairs, int dayCount);

  /** The kind's name in the refusal to enumerate its moves, e.g. "run swaps". */
  protected abstract String kind();

  /** The fewest days in the period a draw needs. */
  protected int minimumDays() {
    return 1;
  }

  /** One draw: a move, or {@code null} to draw again. */
  protected abstract SwapBlockMove draw(Draws draws);

  /** The draw after every attempt has failed ({@code null}: none). */
  protected SwapBlockMove lastResort(Draws draws) {
    return null;
  }

  @Override
  public final long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    long n = roster.getStaff().size();
    return size(n * (n - 1) / 2, roster.getDays().size());
  }

  @Override
  public final Iterator<SwapBlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException(kind() + " are only drawn at random");
  }

  @Override
  public final Iterator<SwapBlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector,
      Random random) {
    Draws draws = new Draws(scoreDirector, random);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return draws.staffCount >= 2 && draws.dayCount >= minimumDays();
      }

      @Override
      public SwapBlockMove next() {
        SwapBlockMove move = null;
        for (int attempt = 0; attempt < ATTEMPTS && move == null; attempt++) {
          move = draw(draws);
        }
        if (move == null) {
          move = lastResort(draws);
        }
        // nearly every pair of cells alike (a small branch on a quiet week): hand the solver a move
        // it will find not doable rather than none at all
        return move != null ? move
            : new SwapBlockMove(new DayAssignment[] {draws.cell(0, 0)}, new DayAssignment[] {draws.cell(1, 0)});
      }
    };
  }

  /** The working roster as one step's draws read it, and the draws every kind makes. */
  protected static final class Draws {
    final Roster roster;
    final int staffCount;
    final int dayCount;
    final Random random;
    final boolean skillsMandatory;
    private final List<DayAssignment> cells;
    private final PenaltyGuide guide;

    Draws(ScoreDirector<Roster> scoreDirector, Random random) {
      this.roster = scoreDirector.getWorkingSolution();
      this.cells = roster.getAssignments();
      this.staffCount = roster.getStaff().size();
      this.dayCount = roster.getDays().size();
      this.random = random;
      this.skillsMandatory = roster.getPolicy().skillsMandatory();
      this.guide = PenaltyGuide.of(scoreDirector, staffCount, PenaltyGuide.SHARE);
    }

    DayAssignment cell(int person, int day) {
      return cells.get(person * dayCount + day);
    }

    /** The first person: where lines cost most half the time ({@link PenaltyGuide}). */
    int first() {
      return guide.pick(random, staffCount);
    }

    /** The second person: anyone but {@code a}, uniformly. */
    int other(int a) {
      int b = random.nextInt(staffCount - 1);
      return b >= a ? b + 1 : b;
    }

    /** People {@code a} and {@code b} exchanging these days, or {@code null} if that changes nothing or touches a pinned day. */
    SwapBlockMove exchange(int a, int b, int[] days) {
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

    /** {@link #exchange(int, int, int[])} over {@code length} days from {@code start}. */
    SwapBlockMove exchange(int a, int b, int start, int length) {
      int[] days = new int[length];
      for (int i = 0; i < length; i++) {
        days[i] = start + i;
      }
      return exchange(a, b, days);
    }
  }
}
