package chainsim.expansion.domain;

import chainsim.scenario.Mode;

/**
 * How cells become openings: the cells of one region entered by the same mode in the same
 * quarter are one opening serving those industries (one branch, one stake, one desk), the way
 * the scenario format and the business run them. A cell entered alone is an opening of one
 * industry.
 */
public record OpeningKey(String region, Mode mode, int quarter) {
  public static OpeningKey of(CellDecision cell) {
    Entry e = cell.getEntry();
    return new OpeningKey(cell.region(), e.mode(), e.quarter());
  }

  public int month() {
    return Entry.monthOf(quarter);
  }

  /** The opening's id in the plan file, e.g. {@code shanghai-direct-q1}. */
  public String openingId() {
    return region + "-" + mode.key() + "-q" + quarter;
  }
}
