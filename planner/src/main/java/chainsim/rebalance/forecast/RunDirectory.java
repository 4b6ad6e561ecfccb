package chainsim.rebalance.forecast;

import chainsim.metrics.Unit;
import chainsim.scenario.Problem;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.Position;
import chainsim.scenario.tree.ScalarNode;
import chainsim.scenario.tree.YamlTreeReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A previous plan's run directory ({@code chainsim run} output) read back as a forecast: which
 * scenario and horizon it simulated ({@code summary.json}, {@code manifest.json},
 * {@code scenario.yaml}, which must agree) and the band of every series in every month
 * ({@code monthly.csv} for the chain and the head office, {@code entities.csv} per entity).
 * Anything missing or unreadable is a {@link ForecastCheckException} naming the file, line and column.
 */
public final class RunDirectory {
  /** The files the check reads. */
  public static final List<String> FILES =
      List.of("manifest.json", "summary.json", "scenario.yaml", "monthly.csv", "entities.csv");

  /** One series of the run: whose ({@code null} for the chain), its name and unit, a band per month (index 0 is month 1). */
  public record Series(String entity, String metric, Unit unit, List<ForecastBand> byMonth) {
    public Series {
      byMonth = Collections.unmodifiableList(byMonth);
    }

    /** The band of a 1-based month, or null where the file had no row. */
    public ForecastBand month(int month) {
      return month < 1 || month > byMonth.size() ? null : byMonth.get(month - 1);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STATS = List.of("mean", "p5", "p25", "p50", "p75", "p95");

  private final Path dir;
  private final String scenarioName;
  private final YearMonth start;
  private final int months;
  private final Position namePosition;
  private final Position startPosition;
  private final Position monthsPosition;
  private final Map<String, Series> chain;
  private final Map<String, Map<String, Series>> byEntity;

  private RunDirectory(Path dir, String scenarioName, YearMonth start, int months, Position namePosition,
      Position startPosition, Position monthsPosition, Map<String, Series> chain,
      Map<String, Map<String, Series>> byEntity) {
    this.dir = dir;
    this.scenarioName = scenarioName;
    this.start = start;
    this.months = months;
    this.namePosition = namePosition;
    this.startPosition = startPosition;
    this.monthsPosition = monthsPosition;
    this.chain = chain;
    this.byEntity = byEntity;
  }

  /** Reads a run directory; a missing file, a scenario the files disagree on, or a bad cell is one located problem. */
  public static RunDirectory read(Path dir) throws ForecastCheckException {
    if (!Files.isDirectory(dir)) {
      throw ForecastCheckException.at(dir, 1, 1,
          "no such run directory (the previous plan's run, as chainsim run writes it)");
    }
    for (String name : FILES) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw ForecastCheckException.at(dir.resolve(name), 1, 1,
            "missing file: a run directory as chainsim run writes it holds " + String.join(", ", FILES));
      }
    }
    // scenario.yaml: the resolved scenario as run, where its name and horizon are written
    Path yaml = dir.resolve("scenario.yaml");
    List<Problem> problems = new ArrayList<>();
    Node root = YamlTreeReader.read(text(yaml), yaml, problems);
    if (!problems.isEmpty()) {
      throw new ForecastCheckException(problems.get(0));
    }
    if (!(root instanceof MapNode map)) {
      throw ForecastCheckException.at(yaml, 1, 1, "not a scenario: no name and horizon");
    }
    ScalarNode name = scalar(yaml, map, "name", map.position());
    if (!(map.get("horizon") instanceof MapNode horizon)) {
      throw ForecastCheckException.at(yaml, map.position().line(), map.position().column(),
          "not a scenario as run: no horizon");
    }
    ScalarNode startNode = scalar(yaml, horizon, "start", horizon.position());
    ScalarNode monthsNode = scalar(yaml, horizon, "months", horizon.position());
    YearMonth start;
    int months;
    try {
      start = YearMonth.parse(startNode.text());
      months = Integer.parseInt(monthsNode.text());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw ForecastCheckException.at(yaml, startNode.position().line(), startNode.position().column(),
          "horizon is not a month YYYY-MM and a number of months: " + startNode.text() + ", " + monthsNode.text());
    }
    agree(dir.resolve("summary.json"), name.text(), start, months, json(dir.resolve("summary.json")));
    JsonNode manifest = json(dir.resolve("manifest.json"));
    String manifestName = manifest.path("scenario").path("name").asText("");
    if (!manifestName.equals(name.text())) {
      Path file = dir.resolve("manifest.json");
      throw ForecastCheckException.at(file, lineOf(file, "\"name\""), 1, "the manifest names scenario '"
          + manifestName + "', scenario.yaml '" + name.text() + "': not one run");
    }
    Map<String, Series> chain = new LinkedHashMap<>();
    Map<String, Map<String, Series>> byEntity = new LinkedHashMap<>();
    readSeries(dir.resolve("monthly.csv"), false, months, chain, byEntity);
    readSeries(dir.resolve("entities.csv"), true, months, chain, byEntity);
    return new RunDirectory(dir, name.text(), start, months, name.position(), startNode.position(),
        monthsNode.position(), chain, byEntity);
  }

  private static void agree(Path summaryFile, String name, YearMonth start, int months, JsonNode summary)
      throws ForecastCheckException {
    String summaryName = summary.path("scenario").asText("");
    String summaryStart = summary.path("start").asText("");
    int summaryMonths = summary.path("months").asInt(-1);
    if (!summaryName.equals(name) || !summaryStart.equals(start.toString()) || summaryMonths != months) {
      throw ForecastCheckException.at(summaryFile, lineOf(summaryFile, "\"scenario\""), 1, "summary.json is of "
          + summaryName + " from " + summaryStart + " for " + summaryMonths + " months, scenario.yaml of " + name
          + " from " + start + " for " + months + " months: not one run");
    }
  }

  private static ScalarNode scalar(Path file, MapNode map, String key, Position where) throws ForecastCheckException {
    if (map.get(key) instanceof ScalarNode s) {
      return s;
    }
    throw ForecastCheckException.at(file, where.line(), where.column(), "not a scenario as run: no " + key);
  }

  private static String text(Path file) throws ForecastCheckException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ForecastCheckException.at(file, 1, 1, "cannot read: " + e.getMessage());
    }
  }

  private static JsonNode json(Path file) throws ForecastCheckException {
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw ForecastCheckException.at(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
          "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ForecastCheckException.at(file, 1, 1, "cannot read: " + e.getMessage());
    }
  }

  /** The 1-based line of the first line containing a text, or 1. */
  private static int lineOf(Path file, String needle) throws ForecastCheckException {
    List<String> lines = text(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    return 1;
  }

  /**
   * Reads monthly.csv (chain series) or entities.csv (one block of series per entity). The files
   * are chainsim's own: ids and metric names never need quoting, so a row is split at its commas.
   */
  private static void readSeries(Path file, boolean entities, int months, Map<String, Series> chain,
      Map<String, Map<String, Series>> byEntity) throws ForecastCheckException {
    List<String> lines = text(file).lines().toList();
    if (lines.isEmpty()) {
      throw ForecastCheckException.at(file, 1, 1, "empty file: no header");
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<String> required = new ArrayList<>(entities ? List.of("entity") : List.of());
    required.addAll(List.of("metric", "unit", "month"));
    required.addAll(STATS);
    Map<String, Integer> column = new HashMap<>();
    for (String c : required) {
      int at = header.indexOf(c);
      if (at < 0) {
        throw ForecastCheckException.at(file, 1, 1, "no column '" + c + "' in the header");
      }
      column.put(c, at);
    }
    // per series in file order: its entity, metric, unit and bands, made into Series at the end
    Map<String, Object[]> seen = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != header.size()) {
        throw ForecastCheckException.at(file, i + 1, 1, cells.length + " cells where the header has " + header.size());
      }
      String entity = entities ? cells[column.get("entity")] : null;
      String metric = cells[column.get("metric")];
      int month = integer(file, i + 1, column.get("month"), cells);
      if (month < 1 || month > months) {
        throw ForecastCheckException.at(file, i + 1, column.get("month") + 1,
            "month " + month + " is outside the run's horizon of " + months + " months");
      }
      Unit unit = unit(file, i + 1, column.get("unit"), cells);
      double[] v = new double[STATS.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = number(file, i + 1, column.get(STATS.get(k)), cells);
      }
      Object[] s = seen.computeIfAbsent(entity + "|" + metric,
          k -> new Object[] {entity, metric, unit, new ForecastBand[months]});
      ((ForecastBand[]) s[3])[month - 1] = new ForecastBand(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
    for (Object[] s : seen.values()) {
      Series series = new Series((String) s[0], (String) s[1], (Unit) s[2], java.util.Arrays.asList((ForecastBand[]) s[3]));
      if (entities) {
        byEntity.computeIfAbsent(series.entity(), k -> new LinkedHashMap<>()).put(series.metric(), series);
      } else {
        chain.put(series.metric(), series);
      }
    }
  }

  private static int integer(Path file, int line, int col, String[] cells) throws ForecastCheckException {
    try {
      return Integer.parseInt(cells[col]);
    } catch (NumberFormatException e) {
      throw ForecastCheckException.at(file, line, col + 1, "not a month index: '" + cells[col] + "'");
    }
  }

  /** A number; an empty cell (a figure that does not exist, e.g. a CAC without clients) is NaN. */
  private static double number(Path file, int line, int col, String[] cells) throws ForecastCheckException {
    String t = cells[col];
    if (t.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw ForecastCheckException.at(file, line, col + 1, "not a number: '" + t + "'");
    }
  }

  private static Unit unit(Path file, int line, int col, String[] cells) throws ForecastCheckException {
    try {
      return Unit.valueOf(cells[col].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ForecastCheckException.at(file, line, col + 1, "unknown unit '" + cells[col] + "'");
    }
  }

  public Path dir() {
    return dir;
  }

  /** The scenario the run simulated (its {@code name}). */
  public String scenarioName() {
    return scenarioName;
  }

  public YearMonth start() {
    return start;
  }

  public int months() {
    return months;
  }

  /** Where scenario.yaml writes the name, the horizon's start and its months: where a mismatch is reported. */
  Position namePosition() {
    return namePosition;
  }

  Position startPosition() {
    return startPosition;
  }

  Position monthsPosition() {
    return monthsPosition;
  }

  /** The 1-based month index of a calendar month in this run (may be outside 1..months). */
  public int monthIndex(YearMonth month) {
    return (int) (start.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /** A chain series of monthly.csv, or null. */
  public Series chain(String metric) {
    return chain.get(metric);
  }

  /** An entity's series of entities.csv, or null. */
  public Series entity(String entity, String metric) {
    Map<String, Series> own = byEntity.get(entity);
    return own == null ? null : own.get(metric);
  }

  /** Whether entities.csv has any series of the entity. */
  public boolean hasEntity(String entity) {
    return byEntity.containsKey(entity);
  }

  /** The entities of entities.csv, in file order. */
  public List<String> entities() {
    return List.copyOf(byEntity.keySet());
  }

  /** An entity's series names in file order (the layout's order). */
  public List<String> metrics(String entity) {
    Map<String, Series> own = byEntity.get(entity);
    return own == null ? List.of() : List.copyOf(own.keySet());
  }

  /** The chain series names in file order. */
  public List<String> chainMetrics() {
    return List.copyOf(chain.keySet());
  }
}
