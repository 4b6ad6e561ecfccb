package chainsim.report.html;

import java.util.Locale;

/**
 * Amounts and shares in the compact English form of the console and the plan's files: ¥12.3M, ¥450k, 4.5%
 * (one decimal in millions, two in billions, none below). The one copy of this format: {@code chainsim run}'s
 * console summary and the expansion plan's pages both use it. (The run report's pages use {@link Numbers},
 * which also speaks Chinese: 万 and 亿.)
 */
public final class Money {
  private Money() {}

  public static String yuan(double yuan) {
    if (Double.isNaN(yuan)) {
      return "-";
    }
    double abs = Math.abs(yuan);
    String sign = yuan < 0 ? "-" : "";
    if (abs >= 1e9) {
      return String.format(Locale.ROOT, "%s¥%.2fB", sign, abs / 1e9);
    }
    if (abs >= 1e6) {
      return String.format(Locale.ROOT, "%s¥%.1fM", sign, abs / 1e6);
    }
    if (abs >= 1e3) {
      return String.format(Locale.ROOT, "%s¥%.0fk", sign, abs / 1e3);
    }
    return String.format(Locale.ROOT, "%s¥%.0f", sign, abs);
  }

  public static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
