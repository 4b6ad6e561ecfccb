package chainsim.scenario.tree;

import java.math.BigDecimal;

/** Numbers as people write them: 12000000, not 1.2E7; 3, not 3.0. */
public final class Numbers {
  private Numbers() {}

  public static String plain(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A number as written, shortened when it is very long: {@code 99999999999999999999... (100000 digits)}. */
  public static String clip(String text) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= 40) {
      return chainsim.scenario.tree.Names.clip(text);
    }
    long digits = text.chars().filter(Character::isDigit).count();
    return chainsim.scenario.tree.Names.clip(text.substring(0, 20)) + "... (" + digits + " digits)";
  }
}
