package chainsim.report.table;

import chainsim.report.html.Numbers;
import java.util.List;

/** A table as GitHub-flavoured Markdown, numbers formatted for the reader and aligned right. */
public final class MarkdownTables {
  private MarkdownTables() {}

  public static String render(Table table, Numbers numbers) {
    StringBuilder out = new StringBuilder();
    out.append('|');
    for (Table.Column c : table.columns()) {
      out.append(' ').append(escape(c.header())).append(" |");
    }
    out.append("\n|");
    for (Table.Column c : table.columns()) {
      out.append(c.kind().numeric() ? "---:|" : "---|");
    }
    out.append('\n');
    for (List<Object> row : table.rows()) {
      out.append('|');
      for (int i = 0; i < row.size(); i++) {
        out.append(' ').append(escape(table.columns().get(i).kind().format(row.get(i), numbers))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Text safe in a table cell: pipes and backslashes escaped, line breaks joined, and a {@code <}
   * that could open an HTML tag written as an entity ({@code P(cash < 0)} stays as it is).
   */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
        .replaceAll("<(?=[A-Za-z/!?])", "&lt;");
  }
}
