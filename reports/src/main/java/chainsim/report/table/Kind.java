package chainsim.report.table;

import chainsim.report.html.Numbers;

/** What the values of a table column are: how they read and how Excel formats them. */
public enum Kind {
  TEXT(null),
  /** Yuan. */
  MONEY("\"¥\"#,##0;-\"¥\"#,##0"),
  /** A share or probability between 0 and 1. */
  PERCENT("0.0%"),
  /**
   * A change of a share or probability, read in percentage points; Excel shows the value times 100
   * with "pp" ({@link ExcelWorkbook} scales it: a format cannot say "points" and scale).
   */
  PERCENT_POINTS("+0.0\" pp\";-0.0\" pp\";0.0\" pp\""),
  /** Clients, people, orders, events: whole numbers, though means and percentiles may not be. */
  COUNT("#,##0"),
  /** A multiple such as LTV/CAC. */
  RATIO("0.0\"×\""),
  /** A duration in months (break-even months after opening). */
  MONTHS("0"),
  /** A 1-based month index of the horizon. */
  MONTH_INDEX("0"),
  /** Anything else numeric: rates, indices, hours. */
  NUMBER("#,##0.###");

  private final String excelFormat;

  Kind(String excelFormat) {
    this.excelFormat = excelFormat;
  }

  public boolean numeric() {
    return this != TEXT;
  }

  /** The cell format in Excel's notation; null for text. */
  public String excelFormat() {
    return excelFormat;
  }

  /** The name of the page script's formatter for these values ({@code page.js}). */
  public String pageFormatter() {
    return switch (this) {
      case MONEY -> "money";
      case PERCENT -> "percent";
      case PERCENT_POINTS -> "points";
      case COUNT -> "count";
      case RATIO -> "ratio";
      case MONTHS -> "months";
      case MONTH_INDEX -> "calendar";
      default -> "plain";
    };
  }

  /** A value as the reader sees it in HTML and Markdown. */
  public String format(Object value, Numbers numbers) {
    if (value == null) {
      return this == TEXT ? "" : Numbers.MISSING;
    }
    if (this == TEXT) {
      return value.toString();
    }
    if (value instanceof Table.Typed t) {
      return t.kind().format(t.value(), numbers);
    }
    if (value instanceof Table.Signed d) {
      String text = d.kind().format(d.value(), numbers);
      // "+" only on a change that reads as one: a rise rounded to nothing stays "0"
      return d.value().doubleValue() > 0 && text.matches(".*[1-9].*") ? "+" + text : text;
    }
    double v = ((Number) value).doubleValue();
    return switch (this) {
      case MONEY -> numbers.money(v);
      case PERCENT -> numbers.percent(v);
      case PERCENT_POINTS -> numbers.percentPoints(v);
      case COUNT -> numbers.count(v);
      case RATIO -> numbers.ratio(v);
      case MONTHS -> numbers.months(v);
      case MONTH_INDEX -> numbers.monthIndex(v);
      default -> numbers.plain(v);
    };
  }
}
