package chainsim.staffing.domain;

/** A value of a line's transfer variable: people coming in from another branch's line. */
public record Transfer(BranchLine from, int people) {
  @Override
  public String toString() {
    return people + " from " + from.branch().id();
  }
}
