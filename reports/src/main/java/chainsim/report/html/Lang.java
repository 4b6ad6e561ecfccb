package chainsim.report.html;

import java.util.Locale;

/** The language a report is written in: Chinese by default, English on request. */
public enum Lang {
  ZH("zh", "zh-CN"),
  EN("en", "en");

  private final String code;
  private final String htmlTag;

  Lang(String code, String htmlTag) {
    this.code = code;
    this.htmlTag = htmlTag;
  }

  /** {@code zh} or {@code en}, as on the command line and in labels files. */
  public String code() {
    return code;
  }

  /** The value of the page's {@code lang} attribute. */
  public String htmlTag() {
    return htmlTag;
  }

  /** The language of a code, case-insensitive; throws with a message fit for the user otherwise. */
  public static Lang parse(String code) {
    for (Lang l : values()) {
      if (l.code.equals(code == null ? "" : code.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("--lang must be zh or en, not '" + code + "'");
  }
}
