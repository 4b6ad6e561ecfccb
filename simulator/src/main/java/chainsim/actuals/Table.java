package chainsim.actuals;

import java.util.List;

/**
 * One actuals file: its path under the actuals directory, what a row is, its columns in header
 * order, and the columns that identify a row (two rows with the same key are a duplicate).
 */
public record Table(String path, String description, List<Column> columns, List<String> key) {
  public Table {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  /** The header line's names, in order. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  public Column column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(path + " has no column " + name));
  }
}
