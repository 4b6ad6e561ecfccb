package chainsim.staffing.domain;

/**
 * A line's moves in one month: people starting (hired), leaving (released, at the end of their
 * notice) and arriving by transfer from another branch. What a previous plan decided, and what a
 * new plan decides.
 */
public record Moves(int hires, int releases, int transfersIn, String transferFrom) {
  public static final Moves NONE = new Moves(0, 0, 0, null);

  public int people() {
    return hires + releases + transfersIn;
  }
}
