package chainsim.report.runreport;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the CSV files of a run row by row, columns by header name. */
final class Csv {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** What to do with each row. */
  interface RowHandler {
    void row(Row row);
  }

  /** A row, its values read by column name. */
  static final class Row {
    private final Map<String, Integer> columns;
    private String[] values;

    Row(Map<String, Integer> columns) {
      this.columns = columns;
    }

    String text(String column) {
      Integer i = columns.get(column);
      return i == null || i >= values.length ? "" : values[i];
    }

    /** A number; an empty cell (a figure that does not exist) is NaN. */
    double number(String column) {
      String t = text(column);
      return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
    }

    int integer(String column) {
      return Integer.parseInt(text(column));
    }
  }

  private Csv() {}

  /** Reads every row after the header; throws when a required column is missing. */
  static void read(Path file, List<String> required, RowHandler handler) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(in)) {
      if (!it.hasNext()) {
        throw new RunDirectoryException(file + " is empty");
      }
      String[] header = it.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i], i);
      }
      for (String c : required) {
        if (!columns.containsKey(c)) {
          throw new RunDirectoryException(file + " has no column '" + c + "'");
        }
      }
      Row row = new Row(columns);
      while (it.hasNext()) {
        row.values = it.next();
        handler.row(row);
      }
    } catch (NumberFormatException e) {
      throw new RunDirectoryException(file + ": not a number: " + e.getMessage(), e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      if (e instanceof RunDirectoryException r) {
        throw r;
      }
      throw new RunDirectoryException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }
}
