package chainsim.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a series measures, which fixes how its numbers are written. */
public enum Unit {
  /** Yuan, written to the yuan. */
  CNY(0),
  /** A count of firms, people, orders; percentiles may fall between whole numbers. */
  COUNT(2),
  /** A share or rate. */
  RATIO(4),
  HOURS(1),
  /** A month index. */
  MONTH(2);

  private final int decimals;

  Unit(int decimals) {
    this.decimals = decimals;
  }

  /**
   * The number as written in outputs: fixed decimals, no exponent, no "-0", so files diff well.
   * NaN (a value that does not exist, e.g. a month never reached) is written empty.
   */
  public String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    return rounded.toPlainString();
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
