package chainsim.roster.solver;

/**
 * Random {@link SwapBlockMove}s: half of them over a single day, the rest over 2 to
 * {@code maxBlockDays} consecutive days. Draws that would change nothing are redrawn, so the
 * solver's time goes to moves that change the roster.
 */
public final class SwapBlockMoveFactory extends RandomSwapMoveFactory {

  private int maxBlockDays = 7;

  public void setMaxBlockDays(int maxBlockDays) {
    this.maxBlockDays = maxBlockDays;
  }

  @Override
  protected long size(long pairs, int dayCount) {
    return pairs * dayCount * Math.min(maxBlockDays, dayCount);
  }

  @Override
  protected String kind() {
    return "block swaps";
  }

  @Override
  protected SwapBlockMove draw(Draws draws) {
    int longest = Math.min(maxBlockDays, draws.dayCount);
    int length = longest <= 1 || draws.random.nextBoolean() ? 1 : 2 + draws.random.nextInt(longest - 1);
    int start = draws.random.nextInt(draws.dayCount - length + 1);
    int a = draws.first();
    int b = draws.other(a);
    return draws.exchange(a, b, start, length);
  }

  @Override
  protected SwapBlockMove lastResort(Draws draws) {
    return draws.exchange(0, 1, 0, 1);
  }
}
