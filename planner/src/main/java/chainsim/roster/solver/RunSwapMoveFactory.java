package chainsim.roster.solver;

/**
 * Random {@link SwapBlockMove}s whose days are one of the first person's runs (of working days or of
 * free days), sometimes with the day before or after it: the unit the minimum and maximum
 * consecutive working and free days read. Exchanging a short run with someone removes it (or fills
 * a short gap, joining two runs); with the day next to it, a run grows or shrinks by one. The first
 * person is drawn where lines cost most ({@link PenaltyGuide}), the second at random.
 */
public final class RunSwapMoveFactory extends RandomSwapMoveFactory {

  /** Longer runs are left to the block swaps: exchanging them moves too much at once. */
  static final int LONGEST_RUN = 7;

  @Override
  protected long size(long pairs, int dayCount) {
    // the size a union would report; OptaPlanner's union draws each kind equally often whatever the size
    return pairs * dayCount * 7 / 3;
  }

  @Override
  protected String kind() {
    return "run swaps";
  }

  @Override
  protected int minimumDays() {
    return 2;
  }

  @Override
  protected SwapBlockMove draw(Draws draws) {
    int a = draws.first();
    int b = draws.other(a);
    return run(draws, a, b);
  }

  /** The first and last day of person {@code a}'s run (of working or of free days) through {@code day}. */
  static int[] runThrough(Draws draws, int a, int day) {
    boolean working = draws.cell(a, day).isWorking();
    int first = day;
    while (first > 0 && draws.cell(a, first - 1).isWorking() == working) {
      first--;
    }
    int last = day;
    while (last + 1 < draws.dayCount && draws.cell(a, last + 1).isWorking() == working) {
      last++;
    }
    return new int[] {first, last};
  }

  /**
   * The first and last day of person {@code a}'s run through a random day, then one day more or less
   * at either end (or as it is): the days a run swap or a rotation moves.
   */
  static int[] jitteredRun(Draws draws, int a) {
    int[] run = runThrough(draws, a, draws.random.nextInt(draws.dayCount));
    int first = run[0];
    int last = run[1];
    switch (draws.random.nextInt(4)) {
      case 1 -> first = Math.max(0, first - 1);
      case 2 -> last = Math.min(draws.dayCount - 1, last + 1);
      case 3 -> {
        if (last > first) {
          if (draws.random.nextBoolean()) {
            first++;
          } else {
            last--;
          }
        }
      }
      default -> { }
    }
    return new int[] {first, last};
  }

  /** The run of person {@code a} through a random day, then one day more or less at either end. */
  private static SwapBlockMove run(Draws draws, int a, int b) {
    int[] days = jitteredRun(draws, a);
    int first = days[0];
    int last = days[1];
    int length = last - first + 1;
    if (length > LONGEST_RUN) {
      return null;
    }
    SwapBlockMove move = draws.exchange(a, b, first, length);
    return move == null || move.addsForbiddenSkill(draws.skillsMandatory) ? null : move;
  }
}
