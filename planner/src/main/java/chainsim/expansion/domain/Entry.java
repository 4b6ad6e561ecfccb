package chainsim.expansion.domain;

import chainsim.scenario.Mode;
import java.util.Locale;

/**
 * A decision for a cell: enter it by a mode from the start of a quarter, or do not enter it.
 * Quarter {@code q} starts in month {@code 3(q - 1) + 1}.
 *
 * @param mode null when the cell is not entered
 * @param quarter 1-based; 0 when not entered
 */
public record Entry(Mode mode, int quarter) {
  public static final Entry NOT_ENTERED = new Entry(null, 0);

  public Entry {
    if ((mode == null) != (quarter == 0) || quarter < 0) {
      throw new IllegalArgumentException("an entry has a mode and a quarter, or neither: " + mode + " " + quarter);
    }
  }

  public static Entry of(Mode mode, int quarter) {
    return new Entry(mode, quarter);
  }

  public boolean entered() {
    return mode != null;
  }

  /** The month the opening starts, 1-based. */
  public int month() {
    return monthOf(quarter);
  }

  public static int monthOf(int quarter) {
    return 3 * (quarter - 1) + 1;
  }

  /** The quarter a month falls in. */
  public static int quarterOf(int month) {
    return (month - 1) / 3 + 1;
  }

  @Override
  public String toString() {
    return entered() ? String.format(Locale.ROOT, "%s Q%d", mode.key(), quarter) : "not entered";
  }
}
