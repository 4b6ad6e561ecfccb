package chainsim.report.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table of a report, kept as values with a kind per column, so the same table becomes an HTML
 * table (numbers formatted for the reader), a Markdown table, and an Excel sheet (numbers as
 * numeric cells with a format).
 */
public final class Table {
  /** A number that reads as its own kind in a column of mixed figures (a KPI table). */
  public record Typed(Number value, Kind kind) {}

  /** A change, read with its sign: {@code +¥1.2M}, {@code -3.5%}. */
  public record Signed(Number value, Kind kind) {}

  /** A column: its header and what its values are. */
  public record Column(String header, Kind kind) {}

  private final String name;
  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  /**
   * @param name short name of the table (an Excel sheet's name)
   */
  public Table(String name, List<Column> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** A table of columns given as header, kind, header, kind... */
  public static Table of(String name, Object... headerKindPairs) {
    List<Column> cols = new ArrayList<>();
    for (int i = 0; i < headerKindPairs.length; i += 2) {
      cols.add(new Column((String) headerKindPairs[i], (Kind) headerKindPairs[i + 1]));
    }
    return new Table(name, cols);
  }

  /**
   * Adds a row. Text columns take any object (written with {@code toString}); number columns take
   * a {@link Number}, or null or NaN where the value does not exist.
   */
  public Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
    }
    List<Object> row = new ArrayList<>(Arrays.asList(values));
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (columns.get(i).kind().numeric()) {
        if (v != null && !(v instanceof Number) && !(v instanceof Typed) && !(v instanceof Signed)) {
          throw new IllegalArgumentException(name + ": column " + columns.get(i).header() + " takes numbers, not " + v);
        }
        Number n = v instanceof Typed t ? t.value() : v instanceof Signed d ? d.value() : (Number) v;
        if (n == null || !Double.isFinite(n.doubleValue())) {
          row.set(i, null);
        }
      } else if (v != null) {
        row.set(i, v.toString());
      }
    }
    rows.add(Collections.unmodifiableList(row));
    return this;
  }

  public String name() {
    return name;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
