package chainsim.report.plan;

import java.util.Locale;

/** Amounts and shares as the plan's files show them: ¥12.3M, 4.5%. */
final class Money {
  private Money() {}

  static String yuan(double yuan) {
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

  static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
