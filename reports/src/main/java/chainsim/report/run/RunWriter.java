package chainsim.report.run;

import chainsim.client.FirmPopulation;
import chainsim.engine.Simulation;
import chainsim.market.ClientSnapshot;
import chainsim.metrics.Series;
import chainsim.metrics.Unit;
import chainsim.random.RandomStreams;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.ReplicationTable;
import chainsim.montecarlo.RunEvent;
import chainsim.montecarlo.Sensitivity;
import chainsim.montecarlo.Stats;
import chainsim.scenario.Horizon;
import chainsim.world.EntitySpec;
import chainsim.world.SegmentSpec;
import chainsim.world.World;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the files of a run from a Monte Carlo result. */
public final class RunWriter {
  /** Sampled firms written to the clients sample, at most. */
  public static final int SAMPLE_FIRMS = 200;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final CsvMapper CSV = new CsvMapper();

  private final Simulation simulation;
  private final MonteCarloResult result;
  private final Manifest manifest;

  private final String resolvedScenario;

  /**
   * @param resolvedScenario the scenario as simulated, in canonical YAML (written as scenario.yaml,
   *     so a run directory says everything about itself)
   */
  public RunWriter(Simulation simulation, MonteCarloResult result, Manifest manifest, String resolvedScenario) {
    this.simulation = simulation;
    this.result = result;
    this.manifest = manifest;
    this.resolvedScenario = resolvedScenario;
  }

  /** Writes every file into a directory (which {@link AtomicDirectory} then moves into place). */
  public void writeInto(Path directory) throws IOException {
    writeJson(directory.resolve(RunFiles.SUMMARY), summary());
    writeMonthly(directory.resolve(RunFiles.MONTHLY));
    writeEntities(directory.resolve(RunFiles.ENTITIES));
    writeEvents(directory.resolve(RunFiles.EVENTS));
    writeClientsSample(directory.resolve(RunFiles.CLIENTS_SAMPLE));
    if (result.perReplication() != null) {
      writeReplications(directory.resolve(RunFiles.REPLICATIONS), result.perReplication());
    }
    writeJson(directory.resolve(RunFiles.MANIFEST), JSON.valueToTree(manifestTree()));
    Files.writeString(directory.resolve(RunFiles.SCENARIO), resolvedScenario, StandardCharsets.UTF_8);
  }

  private Map<String, Object> manifestTree() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("chainsim_version", manifest.chainsimVersion());
    Map<String, Object> scenario = new java.util.LinkedHashMap<>();
    scenario.put("name", manifest.scenarioName());
    scenario.put("file", manifest.scenarioFile());
    scenario.put("sha256", manifest.scenarioSha256());
    m.put("scenario", scenario);
    m.put("seed", manifest.seed());
    m.put("replications", manifest.replications());
    m.put("engine", manifest.engine());
    m.put("command_line", manifest.commandLine());
    return m;
  }

  // ---- summary.json ----

  ObjectNode summary() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    World world = simulation.world();
    root.put("scenario", simulation.scenario().name());
    root.put("currency", simulation.scenario().currency());
    root.put("replications", result.replications());
    root.put("seed", result.seed());
    root.put("start", world.scenario().horizon().start());
    root.put("months", result.months());
    root.put("reserve", number(Unit.CNY, simulation.scenario().capital().reserveAmount()));
    ObjectNode headline = root.putObject("headline");
    ObjectNode milestones = root.putObject("milestones");
    result.chain().forEach((key, stats) -> {
      if (key.startsWith("milestones.")) {
        milestones.set(key.substring("milestones.".length()), stats(stats, Unit.COUNT, false));
      } else if (key.startsWith("cash_below")) {
        ObjectNode p = headline.putObject("p_" + key);
        p.put("probability", number(Unit.RATIO, stats.mean()));
        p.put("std_error", number(Unit.RATIO, stats.stdError()));
      } else {
        Unit unit = SummaryUnits.of(key);
        headline.set(key, stats(stats, unit, unit == Unit.MONTH));
      }
    });
    // the chance of losing money, counted over replications (the percentiles can only bracket it)
    double[] npvs = result.npvByReplication();
    if (npvs != null && npvs.length > 0) {
      double[] negative = new double[npvs.length];
      for (int r = 0; r < npvs.length; r++) {
        negative[r] = npvs[r] < 0 ? 1.0 : 0.0;
      }
      Stats below = Stats.of(negative);
      ObjectNode p = headline.putObject("p_npv_below_zero");
      p.put("probability", number(Unit.RATIO, below.mean()));
      p.put("std_error", number(Unit.RATIO, below.stdError()));
    }
    ObjectNode entities = root.putObject("entities");
    for (EntitySpec e : world.entities()) {
      entities.set(e.id(), entity(e, result.entities().get(e.id())));
    }
    ObjectNode sensitivity = root.putObject("sensitivity");
    sensitivity.put("outcome", "npv");
    sensitivity.put("method", "Spearman rank correlation of each parameter's replication draws with NPV");
    ArrayNode parameters = sensitivity.putArray("parameters");
    for (Sensitivity.Entry entry : result.sensitivity()) {
      ObjectNode p = parameters.addObject();
      p.put("parameter", entry.parameter());
      p.put("rank_correlation", number(Unit.RATIO, entry.rankCorrelation()));
    }
    ObjectNode events = root.putObject("events");
    Map<String, Integer> counts = new TreeMap<>();
    for (RunEvent e : result.events()) {
      counts.merge(e.event().type(), 1, Integer::sum);
    }
    counts.forEach(events::put);
    return root;
  }

  private ObjectNode entity(EntitySpec e, Map<String, Stats> figures) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("mode", e.mode().key());
    node.put("region", simulation.world().regions().get(e.region()).id());
    node.put("template", e.opening().template());
    node.put("planned_month", e.openingMonth());
    double opened = figures.get("opened").mean();
    node.put("opened_share", number(Unit.RATIO, opened));
    node.set("opening_month", stats(figures.get("opening_month"), Unit.MONTH, false));
    // a partner without a sales desk has no books of the company's: break-even does not apply
    boolean applies = e.sells();
    node.put("breakeven_applies", applies);
    for (String point : applies ? List.of("breakeven", "payback") : List.<String>of()) {
      Stats s = figures.get(point + "_month");
      ObjectNode st = stats(s, Unit.MONTH, false);
      // two different "nevers": of the replications where the entity opened, the share that never
      // got there within the horizon; and the share where it never opened at all
      Stats reached = figures.get(point + "_reached");
      st.put("never_share", number(Unit.RATIO, reached.n() == 0 ? Double.NaN : 1.0 - reached.mean()));
      st.put("not_opened_share", number(Unit.RATIO, 1.0 - opened));
      node.set(point + "_month", st);
    }
    if (e.sells()) {
      // seed 002's break-even point beside the break-even month: fixed cost a month, the revenue a
      // month that covers it at the entity's margin, and per product the orders a month that would
      node.set("fixed_costs_monthly", stats(figures.get("fixed_costs_monthly"), Unit.CNY, false));
      node.set("breakeven_revenue_monthly", stats(figures.get("breakeven_revenue_monthly"), Unit.CNY, false));
      ObjectNode volume = node.putObject("breakeven_volume");
      for (var product : simulation.scenario().products()) {
        volume.set(product.id(), stats(figures.get("breakeven_volume." + product.id()), Unit.COUNT, false));
      }
    }
    node.set("company_cumulative_cash", stats(figures.get("company_cumulative_cash"), Unit.CNY, false));
    // client success of a selling entity: repeat- and depth-signing rates over the run
    for (String key : List.of("repeat_signing_rate", "depth_signing_rate")) {
      if (figures.containsKey(key)) {
        node.set(key, stats(figures.get(key), Unit.RATIO, false));
      }
    }
    return node;
  }

  private static ObjectNode stats(Stats s, Unit unit, boolean withNever) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("mean", number(unit, s.mean()));
    node.put("std_error", number(unit, s.stdError()));
    node.put("p5", number(unit, s.p5()));
    node.put("p25", number(unit, s.p25()));
    node.put("p50", number(unit, s.p50()));
    node.put("p75", number(unit, s.p75()));
    node.put("p95", number(unit, s.p95()));
    node.put("n", s.n());
    if (withNever) {
      node.put("never_share", number(Unit.RATIO, s.missingShare()));
    }
    return node;
  }

  /** A number as written: the unit's decimals, or null where it does not exist. */
  static BigDecimal number(Unit unit, double value) {
    String text = unit.format(value);
    return text.isEmpty() || text.endsWith("inf") ? null : new BigDecimal(text);
  }

  private static void writeJson(Path file, Object tree) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree).replace("\r\n", "\n"));
      w.write("\n");
    }
  }

  // ---- CSV files ----

  private static final String[] STATS_COLUMNS = {"mean", "p5", "p25", "p50", "p75", "p95"};

  private void writeMonthly(Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("metric", "unit", "month", "calendar_month"));
    header.addAll(List.of(STATS_COLUMNS));
    try (Table table = new Table(file, header)) {
      for (Series s : result.layout().series()) {
        if (!s.isEntity()) {
          writeSeries(table, List.of(s.name(), s.unit().key()), s);
        }
      }
    }
  }

  private void writeEntities(Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("entity", "mode", "region", "metric", "unit", "month", "calendar_month"));
    header.addAll(List.of(STATS_COLUMNS));
    World world = simulation.world();
    try (Table table = new Table(file, header)) {
      for (EntitySpec e : world.entities()) {
        for (Series s : result.layout().series()) {
          if (e.id().equals(s.entity())) {
            writeSeries(table, List.of(e.id(), e.mode().key(), world.regions().get(e.region()).id(), s.name(),
                s.unit().key()), s);
          }
        }
      }
    }
  }

  private void writeSeries(Table table, List<String> key, Series s) throws IOException {
    Horizon horizon = simulation.scenario().horizon();
    for (int m = 1; m <= result.months(); m++) {
      Stats st = result.monthly()[s.index()][m - 1];
      List<String> row = new ArrayList<>(key);
      row.add(Integer.toString(m));
      row.add(horizon.calendarMonth(m).toString());
      row.add(s.unit().format(st.mean()));
      for (int level = 0; level < Stats.LEVELS.length; level++) {
        row.add(s.unit().format(st.percentile(level)));
      }
      table.row(row);
    }
  }

  private void writeEvents(Path file) throws IOException {
    Horizon horizon = simulation.scenario().horizon();
    try (Table table = new Table(file, List.of("replication", "month", "calendar_month", "entity", "type", "detail"))) {
      for (RunEvent e : result.events()) {
        table.row(List.of(Integer.toString(e.replication()), Integer.toString(e.event().month()),
            horizon.calendarMonth(e.event().month()).toString(), e.event().entity(), e.event().type(),
            e.event().detail()));
      }
    }
  }

  /**
   * One row per replication, in index order: its draws ({@code draw.PATH}, 12 significant digits),
   * its chain headline figures (the summary's keys and units, months whole), the month of its
   * lowest cash, and each entity's opening month and, for an entity that sells, its break-even
   * and payback months ({@code ENTITY.breakeven_month}); empty where a figure does not exist.
   */
  private void writeReplications(Path file, ReplicationTable table) throws IOException {
    List<String> header = new ArrayList<>(List.of("replication"));
    table.parameters().forEach(p -> header.add("draw." + p));
    List<String> figures = table.chainFigures();
    for (String key : figures) {
      header.add(key);
      if (key.equals("min_cash")) {
        header.add("min_cash_month");
      }
    }
    List<EntitySpec> entities = table.entities();
    for (EntitySpec e : entities) {
      for (String figure : ReplicationTable.ENTITY_FIGURES) {
        if (e.sells() || figure.equals("opening_month")) {
          header.add(e.id() + "." + figure);
        }
      }
    }
    try (Table out = new Table(file, header)) {
      for (int r = 0; r < table.replications(); r++) {
        List<String> row = new ArrayList<>(header.size());
        row.add(Integer.toString(r));
        for (int p = 0; p < table.parameters().size(); p++) {
          row.add(draw(table.parameter(r, p)));
        }
        for (String key : figures) {
          Unit unit = SummaryUnits.of(key);
          double value = table.chain(r, key);
          row.add(unit == Unit.MONTH ? wholeMonth(value) : unit.format(value));
          if (key.equals("min_cash")) {
            row.add(Integer.toString(table.lowestCashMonth(r)));
          }
        }
        for (int e = 0; e < entities.size(); e++) {
          for (String figure : ReplicationTable.ENTITY_FIGURES) {
            if (entities.get(e).sells() || figure.equals("opening_month")) {
              row.add(wholeMonth(table.entity(r, e, figure)));
            }
          }
        }
        out.row(row);
      }
    }
  }

  /** A drawn parameter: 12 significant digits of its exact binary value, plain, no trailing zeros. */
  static String draw(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.isNaN(value) ? "" : value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new java.math.MathContext(12, java.math.RoundingMode.HALF_EVEN))
        .stripTrailingZeros().toPlainString();
  }

  /** A month of the horizon in one replication: a whole number, empty where it does not exist. */
  private static String wholeMonth(double value) {
    return Double.isNaN(value) ? "" : Long.toString(Math.round(value));
  }

  /**
   * The histories of at most {@link #SAMPLE_FIRMS} sampled firms, chosen in the order of a hash of
   * their identity (so every segment has its share, not only the first ones), written by segment,
   * firm and month.
   */
  private void writeClientsSample(Path file) throws IOException {
    World world = simulation.world();
    Horizon horizon = simulation.scenario().horizon();
    java.util.Map<Long, Long> rank = new java.util.HashMap<>();
    for (ClientSnapshot c : result.clientSample()) {
      rank.computeIfAbsent(((long) c.segment() << 32) | c.firm(),
          id -> RandomStreams.key(world.segments().get(c.segment()).id() + "#" + c.firm()));
    }
    java.util.Set<Long> chosen = new java.util.HashSet<>();
    rank.entrySet().stream()
        .sorted(java.util.Map.Entry.<Long, Long>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
        .limit(SAMPLE_FIRMS).forEach(e -> chosen.add(e.getKey()));
    List<ClientSnapshot> rows = new ArrayList<>();
    for (ClientSnapshot c : result.clientSample()) {
      if (chosen.contains(((long) c.segment() << 32) | c.firm())) {
        rows.add(c);
      }
    }
    rows.sort(java.util.Comparator.comparingInt(ClientSnapshot::segment).thenComparingInt(ClientSnapshot::firm)
        .thenComparingInt(ClientSnapshot::month));
    try (Table table = new Table(file, List.of("firm", "region", "industry", "month", "calendar_month", "stage",
        "owner", "tenure_months", "health", "tier", "products", "revenue_to_date", "milestones"))) {
      for (ClientSnapshot c : rows) {
        SegmentSpec seg = world.segments().get(c.segment());
        table.row(List.of(seg.id() + "#" + c.firm(), world.regions().get(seg.region()).id(),
            world.industries().get(seg.industry()).id(), Integer.toString(c.month()),
            horizon.calendarMonth(c.month()).toString(), FirmPopulation.stageName(c.stage()),
            c.owner() >= 0 ? world.entities().get(c.owner()).id() : "", Integer.toString(c.tenureMonths()),
            Unit.COUNT.format(c.health()), c.tier(), productList(c.products()), Unit.CNY.format(c.revenueToDate()),
            milestoneList(c.milestones())));
      }
    }
  }

  private String productList(int mask) {
    List<String> names = new ArrayList<>();
    for (int p = 0; p < simulation.world().products().size(); p++) {
      if ((mask & (1 << p)) != 0) {
        names.add(simulation.world().products().get(p).id());
      }
    }
    return String.join(";", names);
  }

  private String milestoneList(byte mask) {
    List<String> names = new ArrayList<>();
    var milestones = simulation.scenario().clients().milestones();
    for (int k = 0; k < milestones.size(); k++) {
      if ((mask & (1 << k)) != 0) {
        names.add(milestones.get(k).id());
      }
    }
    return String.join(";", names);
  }

  /**
   * A CSV file written row by row (Jackson CSV, "\n" line ends): a value is quoted only when it
   * must be (RFC 4180: a comma, a quote, a line break), never for its length, so renaming a metric
   * or an entity does not flip the quoting of its rows.
   */
  private static final class Table implements AutoCloseable {
    private final Writer out;
    private final com.fasterxml.jackson.databind.SequenceWriter rows;

    Table(Path file, List<String> header) throws IOException {
      CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\n").setUseHeader(true);
      header.forEach(schema::addColumn);
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      this.rows = CSV.writer(schema.build()).without(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
          .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out);
    }

    void row(List<String> values) throws IOException {
      rows.write(values);
    }

    @Override
    public void close() throws IOException {
      rows.close();
      out.close();
    }
  }
}
