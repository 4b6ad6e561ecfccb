package chainsim.actuals;

import chainsim.scenario.Problem;
import chainsim.scenario.tree.Suggestions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One actuals file as read: its header matched against the table's columns, and its rows as text
 * with their line numbers. Problems of the file's shape (no file, a bad header, a row with too
 * many or too few cells, broken quoting) are reported here; what a cell means is the reader's.
 */
final class CsvTable {
  private static final CsvMapper CSV = new CsvMapper();

  /** A data row: its 1-based line and its cells by table column (null where the header lacks the column). */
  record Row(int line, String[] cells) {}

  final Path file;
  final Table table;
  /** 1-based CSV column of each table column, or 0 when the header does not have it. */
  final int[] columnNumber;
  final List<Row> rows = new ArrayList<>();

  private CsvTable(Path file, Table table) {
    this.file = file;
    this.table = table;
    this.columnNumber = new int[table.columns().size()];
  }

  /** The CSV column number of a table column (1 when the header lacks it: the problem is the row's). */
  int column(String name) {
    int n = columnNumber[table.columns().indexOf(table.column(name))];
    return Math.max(1, n);
  }

  /** Reads a file, adding its shape problems; null when the file cannot be read at all. */
  static CsvTable read(Path dir, Table table, List<Problem> problems) {
    Path file = dir.resolve(table.path());
    CsvTable t = new CsvTable(file, table);
    int rowStart = 1;
    if (!Files.isRegularFile(file) && table.optionalFile() && !Files.exists(file)) {
      return null; // not reported
    }
    if (!Files.isRegularFile(file)) {
      problems.add(new Problem(file, 1, 1, "", "missing file (chainsim actuals template writes every file; a table"
          + " with nothing to report keeps only its header line)"));
      return null;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = CSV.readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.TRIM_SPACES)
            .readValues(in)) {
      boolean header = true;
      while (it.hasNextValue()) {
        // before the row is read, the parser stands at its first line (a quoted cell may span lines)
        rowStart = it.getParser().currentLocation().getLineNr();
        int line = rowStart;
        String[] cells = it.nextValue();
        if (cells.length == 0 || cells.length == 1 && cells[0].isEmpty()) {
          continue; // a blank line
        }
        if (header) {
          if (cells.length > 0 && cells[0].startsWith("\uFEFF")) {
            cells[0] = cells[0].substring(1); // a spreadsheet's byte-order mark
          }
          if (!t.matchHeader(cells, line, problems)) {
            return null;
          }
          header = false;
        } else {
          t.addRow(line, cells, problems);
        }
      }
      if (header) {
        problems.add(new Problem(file, 1, 1, "", "empty file: the first line must be the header "
            + String.join(",", table.header())));
        return null;
      }
    } catch (JsonProcessingException e) {
      // at the row being read: the parser notices an unclosed quote only at the end of the file
      problems.add(new Problem(file, rowStart, 1, "", "not readable as CSV: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot read: " + e.getMessage()));
      return null;
    }
    return t;
  }

  /** Matches header names to columns; false when a required column is missing (rows then cannot be read). */
  private boolean matchHeader(String[] names, int line, List<Problem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> known = table.header();
    boolean ok = true;
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      int index = known.indexOf(name);
      if (seen.containsKey(name)) {
        problems.add(new Problem(file, line, i + 1, "", "column '" + name + "' appears twice (first in column "
            + seen.get(name) + ")"));
        ok = false;
      } else if (index < 0) {
        problems.add(new Problem(file, line, i + 1, "", "unknown column '" + name + "'"
            + Suggestions.hint(name, known) + "; the columns are " + String.join(",", known)));
        ok = false;
      } else {
        columnNumber[index] = i + 1;
      }
      seen.putIfAbsent(name, i + 1);
    }
    for (int c = 0; c < known.size(); c++) {
      if (columnNumber[c] == 0 && table.columns().get(c).required()) {
        problems.add(new Problem(file, line, names.length + 1, "", "missing column '" + known.get(c) + "'"));
        ok = false;
      }
    }
    return ok;
  }

  private void addRow(int line, String[] cells, List<Problem> problems) {
    int width = 0;
    for (int n : columnNumber) {
      width = Math.max(width, n);
    }
    if (cells.length != width) {
      int column = Math.min(cells.length, width) + 1;
      problems.add(new Problem(file, line, column, "", "the row has " + cells.length + " cells, the header "
          + width));
      return;
    }
    String[] byColumn = new String[columnNumber.length];
    for (int c = 0; c < columnNumber.length; c++) {
      byColumn[c] = columnNumber[c] == 0 ? null : cells[columnNumber[c] - 1];
    }
    rows.add(new Row(line, byColumn));
  }
}
