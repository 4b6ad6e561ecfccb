package chainsim.actuals;

/**
 * One column of an actuals file: its header name, what a cell holds, whether it may be empty
 * (an empty optional cell means "not observed", not zero), and what it means.
 */
public record Column(String name, Kind kind, boolean required, String description) {

  /** What a cell holds; the reader parses and checks each kind the same way in every file. */
  public enum Kind {
    MONTH("month `YYYY-MM`"),
    ENTITY("branch or channel id (an opening of the scenario)"),
    PRODUCT("product id of the scenario"),
    ACCOUNT("cost category: an account key"),
    ROLE("role id of the scenario"),
    SKILL("skill id of the scenario"),
    REGION("region id of the scenario"),
    INDUSTRY("industry id of the scenario"),
    MARKETING_LINE("marketing line id of the entity's branch template"),
    MODE("`direct`, `equity`, `partner` or `agent`"),
    PRODUCTS("product ids separated by `;`"),
    STATUS("`active`, `churned` or `leaked`"),
    COUNT("whole number >= 0"),
    AMOUNT("yuan >= 0"),
    SIGNED_AMOUNT("yuan, may be negative"),
    TEXT("text");

    private final String meaning;

    Kind(String meaning) {
      this.meaning = meaning;
    }

    public String meaning() {
      return meaning;
    }
  }

  static Column required(String name, Kind kind, String description) {
    return new Column(name, kind, true, description);
  }

  static Column optional(String name, Kind kind, String description) {
    return new Column(name, kind, false, description);
  }
}
