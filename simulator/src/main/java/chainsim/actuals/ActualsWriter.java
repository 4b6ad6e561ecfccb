package chainsim.actuals;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes actuals as the files of {@link ActualsFormat}: a header line, then the rows in the order
 * given; UTF-8, {@code \n} line ends, amounts with two decimals, empty cells for values not observed.
 * Same actuals, same bytes.
 */
public final class ActualsWriter {
  /** Quotes a cell only when it must (a comma, a quote, a line break), so files diff well in git. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();
  private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\n");

  private ActualsWriter() {}

  /** Writes every file under {@code dir} (creating {@code actuals/} and {@code state/}). */
  public static void write(Path dir, Actuals a) throws IOException {
    for (Table t : ActualsFormat.TABLES) {
      writeTable(dir.resolve(t.path()), t, rows(t, a));
    }
  }

  /**
   * Writes the files of one folder ({@code actuals} or {@code state}) into {@code folderDir}: what
   * a command writes aside and then moves into place.
   */
  public static void writeFolder(Path folderDir, String folder, Actuals a) throws IOException {
    for (Table t : ActualsFormat.TABLES) {
      if (t.path().startsWith(folder + "/")) {
        writeTable(folderDir.resolve(t.path().substring(folder.length() + 1)), t, rows(t, a));
      }
    }
  }

  /** The rows of one file, each cell as written. */
  public static List<String[]> rows(Table t, Actuals a) {
    if (t == ActualsFormat.REVENUE) {
      return map(a.revenue(), r -> cells(r.month(), r.entity(), r.product(), money(r.revenueCny()), r.signings(),
          money(r.signedRevenueCny())));
    } else if (t == ActualsFormat.COSTS) {
      return map(a.costs(), r -> cells(r.month(), r.entity(), r.account().key(), money(r.amountCny())));
    } else if (t == ActualsFormat.HEADCOUNT) {
      return map(a.headcount(), r -> cells(r.month(), r.entity(), r.role(), r.skill(), r.headcount(), r.hires(),
          r.leavers()));
    } else if (t == ActualsFormat.FUNNEL) {
      return map(a.funnel(), r -> cells(r.month(), r.entity(), r.contacts(), r.qualifiedContacts(), r.leads(),
          r.signings(),
          money(r.signedRevenueCny())));
    } else if (t == ActualsFormat.MARKETING) {
      return map(a.marketing(), r -> cells(r.month(), r.entity(), r.line(), r.leads(), money(r.spendCny())));
    } else if (t == ActualsFormat.CLIENTS) {
      return map(a.clients(), r -> cells(r.month(), r.entity(), r.newClients(), r.active(), r.churned()));
    } else if (t == ActualsFormat.CASH) {
      return map(a.cash(), r -> cells(r.month(), r.entity(), money(r.cashInCny()), money(r.cashOutCny()),
          money(r.receivablesCny()), money(r.balanceCny())));
    } else if (t == ActualsFormat.OPENINGS) {
      return map(a.openings(), r -> cells(r.entity(), r.mode().key(), r.region(), r.openedMonth()));
    } else if (t == ActualsFormat.STAFF) {
      return map(a.staff(), r -> cells(r.entity(), r.role(), r.skill(), r.hireMonth(), r.count()));
    } else if (t == ActualsFormat.CLIENT_BOOK) {
      return map(a.clientBook(), r -> cells(r.firmId(), r.entity(), r.region(), r.industry(), r.firstOrderMonth(),
          String.join(";", r.products()), r.lastOrderMonth(), money(r.revenueToDateCny()), r.status()));
    } else if (t == ActualsFormat.RECEIVABLES) {
      return map(a.receivables(), r -> cells(r.entity(), r.dueMonth(), money(r.amountCny())));
    }
    throw new IllegalArgumentException(t.path());
  }

  /** Writes one file: the header, then the rows. */
  static void writeTable(Path file, Table t, List<String[]> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter out = CSV.writer(LINES).writeValues(w)) {
      out.write(t.header().toArray(String[]::new));
      for (String[] row : rows) {
        out.write(row);
      }
    }
  }

  /** Yuan with two decimals (no exponent, no negative zero), or null for a value not observed. */
  static String money(Double yuan) {
    if (yuan == null) {
      return null;
    }
    return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String[] cells(Object... values) {
    String[] cells = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      cells[i] = v == null ? "" : v instanceof YearMonth m ? m.toString() : v.toString();
    }
    return cells;
  }

  private static <T> List<String[]> map(List<T> items, Function<T, String[]> row) {
    List<String[]> rows = new ArrayList<>(items.size());
    items.forEach(i -> rows.add(row.apply(i)));
    return rows;
  }
}
