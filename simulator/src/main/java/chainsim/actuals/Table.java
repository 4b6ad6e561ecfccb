package chainsim.actuals;

import java.util.List;

/**
 * One actuals file: its path under the actuals directory, what a row is, its columns in header
 * order, the columns that identify a row (two rows with the same key are a duplicate), and whether
 * the file may be absent ({@code optionalFile}: a table added after directories of actuals were
 * already in git; absent means not reported, while a missing required file is an error).
 */
public record Table(String path, String description, List<Column> columns, List<String> key, boolean optionalFile) {
  public Table {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  /** A file every directory of actuals has. */
  public Table(String path, String description, List<Column> columns, List<String> key) {
    this(path, description, columns, key, false);
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
