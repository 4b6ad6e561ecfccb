package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A display name in the two languages reports are written in. */
public record Label(
    @JsonPropertyDescription("Chinese name, shown in reports by default.") String zh,
    @JsonPropertyDescription("English name, shown with --lang en.") String en) {

  /** The name for a language code, falling back to the other language and then to the id. */
  public String in(String lang, String id) {
    String first = "en".equals(lang) ? en : zh;
    String second = "en".equals(lang) ? zh : en;
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : id;
  }

  /** The label of an item that may have none. */
  public static String of(Label label, String lang, String id) {
    return label == null ? id : label.in(lang, id);
  }
}
