package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.scenario.FormatReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The column reference of {@code docs/actuals.md}, generated from {@link ActualsFormat}: the same
 * definitions the reader checks files against. It sits between the same markers as the scenario
 * reference's; a test fails when the committed text is stale.
 */
public final class ActualsReference {
  private ActualsReference() {}

  /** A document with its generated part replaced by the current reference. */
  public static String splice(String document) {
    int from = document.indexOf(FormatReference.BEGIN);
    int to = document.indexOf(FormatReference.END);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("the document has no " + FormatReference.BEGIN + " ... "
          + FormatReference.END + " markers");
    }
    return document.substring(0, from) + FormatReference.BEGIN + "\n" + generate() + FormatReference.END
        + document.substring(to + FormatReference.END.length());
  }

  /** The reference in markdown. */
  public static String generate() {
    StringBuilder md = new StringBuilder();
    for (Table t : ActualsFormat.TABLES) {
      md.append("\n### `").append(t.path()).append("`\n\n").append(t.description()).append("\n\n");
      md.append("Header: `").append(String.join(",", t.header())).append("`. One row per ")
          .append(String.join(" × ", t.key())).append(".\n\n");
      md.append("| Column | Holds | Required | Meaning |\n|---|---|---|---|\n");
      for (Column c : t.columns()) {
        md.append("| `").append(c.name()).append("` | ").append(c.kind().meaning()).append(" | ")
            .append(c.required() ? "yes" : "no").append(" | ").append(c.description()).append(" |\n");
      }
    }
    md.append("\n### Cost categories (`account`)\n\n| Account | Booked by |\n|---|---|\n");
    for (Account a : Account.values()) {
      if (a.isCost()) {
        md.append("| `").append(a.key()).append("` | ")
            .append(a.kind() == Account.Kind.CENTRAL ? "`" + ActualsFormat.HEAD_OFFICE + "`" : "a branch or channel")
            .append(" |\n");
      }
    }
    md.append("| `").append(Account.PLATFORM_FEES.key()).append("` | an equity channel (what its local firm pays the"
        + " head office) |\n");
    List<String> statuses = new ArrayList<>(ActualsFormat.STATUSES);
    md.append("\nClient statuses: ").append(String.join(", ", statuses.stream().map(s -> "`" + s + "`").toList()))
        .append(".\n\n");
    return md.toString();
  }
}
