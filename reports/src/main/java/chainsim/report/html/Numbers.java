package chainsim.report.html;

/**
 * Numbers as each reader expects them. Chinese money in 万 (1e4) and 亿 (1e8) yuan; English money
 * in k, M and B with a yuan sign. Three significant digits at least, two decimals at most, no
 * trailing zeros.
 *
 * <p>The page script ({@code page.js}) formats tooltips and axes with the same rules and the same
 * arithmetic ({@code Math.round} of the scaled value), so a number reads the same in a KPI card,
 * a table and a tooltip; the browser test checks that the two agree.
 */
public final class Numbers {
  /** Shown where a figure does not exist (a month never reached). */
  public static final String MISSING = "–";

  private static final double[] ZH_SCALES = {1e4, 1e8};
  private static final String[] ZH_UNITS = {"万", "亿"};
  private static final double[] EN_SCALES = {1e3, 1e6, 1e9};
  private static final String[] EN_UNITS = {"k", "M", "B"};

  private final Lang lang;

  public Numbers(Lang lang) {
    this.lang = lang;
  }

  public Lang lang() {
    return lang;
  }

  /** An amount of yuan: {@code 186.6万元} or {@code ¥1.87M}. */
  public String money(double yuan) {
    if (!Double.isFinite(yuan)) {
      return MISSING;
    }
    String sign = yuan < 0 ? "-" : "";
    double abs = Math.abs(yuan);
    boolean zh = lang == Lang.ZH;
    double[] scales = zh ? ZH_SCALES : EN_SCALES;
    String[] units = zh ? ZH_UNITS : EN_UNITS;
    int unit = -1;
    for (int i = 0; i < scales.length; i++) {
      if (Math.round(abs) >= scales[i]) {
        unit = i;
      }
    }
    // 9,999.6万 rounds to 10,000万: say 1亿 instead
    if (unit >= 0 && unit + 1 < scales.length && Math.round(abs / scales[unit]) >= scales[unit + 1] / scales[unit]) {
      unit++;
    }
    String body = unit < 0 ? grouped(Math.round(abs)) : significant(abs / scales[unit]) + units[unit];
    return zh ? sign + body + "元" : sign + "¥" + body;
  }

  /** A range of amounts, {@code low – high}. */
  public String moneyRange(double low, double high) {
    return money(low) + " – " + money(high);
  }

  /** A probability or share: {@code 17.5%}. */
  public String percent(double share) {
    if (!Double.isFinite(share)) {
      return MISSING;
    }
    return fixed(share * 100, 1) + "%";
  }

  /** A count of clients, people or orders, rounded: {@code 1,175}. */
  public String count(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return (value < 0 ? "-" : "") + grouped(Math.round(Math.abs(value)));
  }

  /** A multiple such as LTV/CAC: {@code 6.1×}. */
  public String ratio(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return fixed(value, 1) + "×";
  }

  /** A plain number with up to three decimals: {@code 0.25}, {@code 45}, {@code 1,800}. */
  public String plain(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    String sign = value < 0 ? "-" : "";
    double abs = Math.abs(value);
    int decimals = abs >= 100 ? 0 : abs >= 1 ? 2 : 3;
    return sign + trimmed(abs, decimals);
  }

  /** A duration in months, its sign kept (a change may be negative): {@code 8个月} or {@code -1 mo}. */
  public String months(double months) {
    if (!Double.isFinite(months)) {
      return MISSING;
    }
    String n = fixed(months, 0);
    return lang == Lang.ZH ? n + "个月" : n + " mo";
  }

  /**
   * A change of a probability, in percentage points (not percent of itself): {@code 7.5个百分点}
   * or {@code 7.5 pp}; the sign kept.
   */
  public String percentPoints(double shareChange) {
    if (!Double.isFinite(shareChange)) {
      return MISSING;
    }
    String n = fixed(shareChange * 100, 1);
    return lang == Lang.ZH ? n + "个百分点" : n + " pp";
  }

  /** A 1-based month index: {@code 第8月} or {@code month 8}. */
  public String monthIndex(double month) {
    if (!Double.isFinite(month)) {
      return MISSING;
    }
    String n = trimmed(month, 0);
    return lang == Lang.ZH ? "第" + n + "月" : "month " + n;
  }

  /** 3 significant digits, 2 decimals at most, for a scaled amount. */
  private static String significant(double scaled) {
    int decimals = scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
    return trimmed(scaled, decimals);
  }

  /** Rounded to {@code decimals} (half up), grouped, without trailing zeros. */
  static String trimmed(double abs, int decimals) {
    String s = fixed(abs, decimals);
    if (s.indexOf('.') >= 0) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  /** Rounded to exactly {@code decimals} (half up), grouped; the sign kept. */
  static String fixed(double value, int decimals) {
    long factor = 1;
    for (int i = 0; i < decimals; i++) {
      factor *= 10;
    }
    long scaled = Math.round(Math.abs(value) * factor);
    String sign = value < 0 && scaled != 0 ? "-" : "";
    String whole = grouped(scaled / factor);
    if (decimals == 0) {
      return sign + whole;
    }
    String frac = Long.toString(scaled % factor);
    return sign + whole + "." + "0".repeat(decimals - frac.length()) + frac;
  }

  /** Digits grouped by thousands with commas (the convention of both languages' business writing). */
  static String grouped(long n) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }
}
