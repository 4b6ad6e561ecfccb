package chainsim.actuals;

import chainsim.actuals.Column.Kind;
import chainsim.scenario.Problem;
import chainsim.scenario.tree.Suggestions;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of one row, parsed by their column's kind and checked against the scenario: each
 * problem located at the cell's line and CSV column. A row with any problem yields no record.
 */
final class Cells {
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private final CsvTable table;
  private final CsvTable.Row row;
  private final Vocabulary words;
  private final List<Problem> problems;
  private boolean bad;

  Cells(CsvTable table, CsvTable.Row row, Vocabulary words, List<Problem> problems) {
    this.table = table;
    this.row = row;
    this.words = words;
    this.problems = problems;
  }

  int line() {
    return row.line();
  }

  /** Whether no cell of the row had a problem. */
  boolean ok() {
    return !bad;
  }

  /** Reports a problem at a column's cell. */
  void problem(String column, String message) {
    problems.add(new Problem(table.file, row.line(), table.column(column), "", message));
    bad = true;
  }

  /** The cell's text, or null when empty; a required column's empty cell is a problem. */
  String text(String column) {
    int c = table.table.columns().indexOf(table.table.column(column));
    String v = row.cells()[c];
    if (v == null || v.isEmpty()) {
      if (table.table.columns().get(c).required()) {
        problem(column, "missing value: " + column + " is required");
      }
      return null;
    }
    return v;
  }

  YearMonth month(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    YearMonth m;
    try {
      m = MONTH.matcher(v).matches() ? YearMonth.parse(v) : null;
    } catch (DateTimeParseException e) {
      m = null;
    }
    if (m == null) {
      problem(column, "not a month: '" + v + "' (YYYY-MM, e.g. 2027-01)");
      return null;
    }
    if (column.equals("due_month")) {
      return m; // receivables may fall due after the as-of month, and after the horizon
    }
    if (m.isBefore(words.start()) || m.isAfter(words.end())) {
      problem(column, "month " + m + " is outside the horizon (" + words.start() + " to " + words.end() + ")");
      return null;
    }
    if (m.isAfter(words.asOf())) {
      problem(column, "month " + m + " is after the as-of month " + words.asOf());
      return null;
    }
    return m;
  }

  /** An id from a list: unknown ids get a did-you-mean. */
  String id(String column, String what, Collection<String> known) {
    String v = text(column);
    if (v != null && !known.contains(v)) {
      problem(column, "unknown " + what + " '" + v + "'" + Suggestions.hint(v, known));
      return null;
    }
    return v;
  }

  String entity(String column, boolean headOffice) {
    return id(column, "branch or channel", words.entities(headOffice));
  }

  Integer count(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (!WHOLE.matcher(v).matches() || v.length() > 12) {
      problem(column, "not a whole number: '" + v + "'");
      return null;
    }
    long n = Long.parseLong(v);
    if (n < 0) {
      problem(column, "negative " + column + ": " + v);
      return null;
    }
    if (n > 10_000_000) {
      problem(column, column + " " + v + " is too large");
      return null;
    }
    return (int) n;
  }

  Double amount(String column) {
    Kind kind = table.table.column(column).kind();
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (!DECIMAL.matcher(v).matches() || v.length() > 24) {
      problem(column, "not an amount in yuan: '" + v + "' (digits and a decimal point, e.g. 12500.00)");
      return null;
    }
    double x = Double.parseDouble(v);
    if (x < 0 && kind == Kind.AMOUNT) {
      problem(column, "negative " + column + ": " + v);
      return null;
    }
    return x;
  }

  List<String> products(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : v.split(";", -1)) {
      String id = p.strip();
      if (!words.products().contains(id)) {
        problem(column, "unknown product '" + id + "'" + Suggestions.hint(id, words.products()));
        return null;
      }
      out.add(id);
    }
    return out;
  }
}
