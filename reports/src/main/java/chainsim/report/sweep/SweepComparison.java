package chainsim.report.sweep;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The variants of a sweep side by side, read from the {@code summary.json} of each variant's run
 * directory: E[NPV] and its standard error, NPV's P5 and P95, P(cash &lt; 0) and its standard
 * error, and the peak funding need (mean and P95). The CSV copies the summaries' numbers as they
 * are written, so a row reads exactly as its variant's summary.
 */
public final class SweepComparison {
  /** Numbers read exactly as written (0.0500 stays 0.0500: the node factory would strip it otherwise). */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  /** The figures of the table, each a path into summary.json's headline, in column order. */
  static final List<String> FIGURES = List.of("npv/mean", "npv/std_error", "npv/p5", "npv/p95",
      "p_cash_below_zero/probability", "p_cash_below_zero/std_error", "peak_funding_need/mean",
      "peak_funding_need/p95");

  /** One variant: its directory name, the values of the varied keys, its run directory. */
  public record Variant(String name, List<String> values, Path directory) {}

  /** A variant as read: the figures as written in its summary (null where absent). */
  record Row(Variant variant, List<BigDecimal> figures) {
    double value(int figure) {
      BigDecimal v = figures.get(figure);
      return v == null ? Double.NaN : v.doubleValue();
    }
  }

  private final String scenario;
  private final List<String> keys;
  private final List<Row> rows;
  private final int replications;
  private final long seed;
  private final Labels labels;
  private final Numbers numbers;
  private final String version;

  private SweepComparison(String scenario, List<String> keys, List<Row> rows, int replications, long seed,
      String version, Lang lang) {
    this.version = version;
    this.scenario = scenario;
    this.keys = List.copyOf(keys);
    this.rows = List.copyOf(rows);
    this.replications = replications;
    this.seed = seed;
    this.labels = Labels.of(lang).with(SweepComparison.class, "labels");
    this.numbers = new Numbers(lang);
  }

  /**
   * Reads every variant's summary.
   *
   * @param scenario the scenario as the user named it (a path)
   * @param keys the varied keys, in the order of each variant's values
   */
  public static SweepComparison read(String scenario, List<String> keys, List<Variant> variants, Lang lang)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    int replications = 0;
    long seed = 0;
    String version = "";
    for (Variant v : variants) {
      version = JSON.readTree(v.directory().resolve("manifest.json").toFile()).path("chainsim_version").asText();
      JsonNode summary = JSON.readTree(v.directory().resolve("summary.json").toFile());
      replications = summary.path("replications").asInt();
      seed = summary.path("seed").asLong();
      List<BigDecimal> figures = new ArrayList<>();
      for (String f : FIGURES) {
        JsonNode n = summary.at("/headline/" + f);
        figures.add(n.isNumber() ? n.decimalValue() : null);
      }
      rows.add(new Row(v, figures));
    }
    return new SweepComparison(scenario, keys, rows, replications, seed, version, lang);
  }

  /** Writes sweep.csv, sweep.md and sweep.html into {@code directory}. */
  public void writeInto(Path directory) throws IOException {
    Files.writeString(directory.resolve(SweepFiles.CSV), csv(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(SweepFiles.MARKDOWN), SweepMarkdown.render(this), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(SweepFiles.HTML), SweepPage.render(this), StandardCharsets.UTF_8);
  }

  /**
   * One row per variant in the sweep's order: {@code variant}, each varied key's value, then the
   * figures named {@code npv_mean}, {@code npv_std_error}, ... as summary.json writes them.
   */
  String csv() {
    List<String> header = new ArrayList<>(List.of("variant"));
    header.addAll(keys);
    FIGURES.forEach(f -> header.add(f.replace("/probability", "").replace('/', '_')));
    StringBuilder out = new StringBuilder();
    out.append(csvLine(header));
    for (Row r : rows) {
      List<String> cells = new ArrayList<>(List.of(r.variant().name()));
      cells.addAll(r.variant().values());
      r.figures().forEach(f -> cells.add(f == null ? "" : f.toPlainString()));
      out.append(csvLine(cells));
    }
    return out.toString();
  }

  /** A CSV line (RFC 4180: a cell is quoted only when it holds a comma, a quote or a line break). */
  private static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(c.matches("(?s).*[,\"\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return String.join(",", quoted) + "\n";
  }

  String scenario() {
    return scenario;
  }

  List<String> keys() {
    return keys;
  }

  List<Row> rows() {
    return rows;
  }

  int replications() {
    return replications;
  }

  long seed() {
    return seed;
  }

  /** The chainsim version the variants were run with. */
  String version() {
    return version;
  }

  /** The table of pages and pull requests: a row per variant, figures formatted for the reader. */
  Table table() {
    List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column(labels.get("col.variant"), Kind.TEXT)));
    keys.forEach(k -> columns.add(new Table.Column(k, Kind.TEXT)));
    columns.add(new Table.Column(labels.get("col.npv"), Kind.TEXT));
    columns.add(new Table.Column(labels.get("col.npv_p5"), Kind.MONEY));
    columns.add(new Table.Column(labels.get("col.npv_p95"), Kind.MONEY));
    columns.add(new Table.Column(labels.get("col.p_cash"), Kind.TEXT));
    columns.add(new Table.Column(labels.get("col.peak"), Kind.MONEY));
    columns.add(new Table.Column(labels.get("col.peak_p95"), Kind.MONEY));
    Table table = new Table("sweep", columns);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      List<Object> cells = new ArrayList<>(List.of(Integer.toString(i + 1)));
      cells.addAll(r.variant().values());
      cells.add(numbers.money(r.value(0)) + " ± " + numbers.money(r.value(1)));
      cells.add(r.value(2));
      cells.add(r.value(3));
      cells.add(numbers.percent(r.value(4)) + " ± " + numbers.percent(r.value(5)));
      cells.add(r.value(6));
      cells.add(r.value(7));
      table.row(cells.toArray());
    }
    return table;
  }

  Labels labels() {
    return labels;
  }

  Numbers numbers() {
    return numbers;
  }
}
