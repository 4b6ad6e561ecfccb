package chainsim.report.compare;

import chainsim.report.html.Chart;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import chainsim.report.runreport.ReportFiles;
import chainsim.report.runreport.RunData;
import chainsim.report.runreport.Summary;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two runs side by side, A the base and B the change: headline figures with absolute and
 * relative deltas, both cash fans overlaid, break-even months per branch. What a pull request
 * that changes a scenario does, as an HTML page and a Markdown comment.
 */
public final class Comparison {
  /** A headline figure of both runs. */
  public record Delta(String key, String label, Kind kind, double a, double b) {
    public double absolute() {
      return b - a;
    }

    /** (B − A) / |A|; NaN when A is zero or missing. */
    public double relative() {
      return a == 0 || !Double.isFinite(a) ? Double.NaN : (b - a) / Math.abs(a);
    }
  }

  private final RunData a;
  private final RunData b;
  private final Labels labels;
  private final Numbers numbers;

  private Comparison(RunData a, RunData b, Lang lang) {
    this.a = a;
    this.b = b;
    this.labels = Labels.of(lang).with(Comparison.class, "labels");
    this.numbers = new Numbers(lang);
  }

  public static Comparison of(RunData a, RunData b, Lang lang) {
    return new Comparison(a, b, lang);
  }

  public static Comparison of(Path runA, Path runB, Lang lang) {
    return of(RunData.read(runA), RunData.read(runB), lang);
  }

  RunData a() {
    return a;
  }

  RunData b() {
    return b;
  }

  Labels labels() {
    return labels;
  }

  Numbers numbers() {
    return numbers;
  }

  /** "A · name" and "B · name". */
  String nameA() {
    return "A · " + a.summary().scenario();
  }

  String nameB() {
    return "B · " + b.summary().scenario();
  }

  /** The headline figures both runs have, in the order of the run report. */
  public List<Delta> deltas() {
    Summary sa = a.summary();
    Summary sb = b.summary();
    List<Delta> out = new ArrayList<>();
    stat(out, "npv", 50, Kind.MONEY, sa, sb);
    stat(out, "npv", 5, Kind.MONEY, sa, sb);
    stat(out, "peak_funding_need", 50, Kind.MONEY, sa, sb);
    stat(out, "peak_funding_need", 95, Kind.MONEY, sa, sb);
    for (String p : List.of("p_cash_below_zero", "p_cash_below_reserve", "p_npv_below_zero")) {
      if (sa.probabilities().containsKey(p) || sb.probabilities().containsKey(p)) {
        out.add(new Delta(p, labels.get("figure." + p), Kind.PERCENT, sa.probability(p).p(), sb.probability(p).p()));
      }
    }
    stat(out, "cash_flow_positive_month", 50, Kind.MONTH_INDEX, sa, sb);
    out.add(new Delta("cash_flow_positive_never", labels.get("figure.cash_flow_positive_never"), Kind.PERCENT,
        sa.stat("cash_flow_positive_month").never(), sb.stat("cash_flow_positive_month").never()));
    stat(out, "ltv_cac", 50, Kind.RATIO, sa, sb);
    stat(out, "company_revenue_total", 50, Kind.MONEY, sa, sb);
    stat(out, "clients_won", 50, Kind.COUNT, sa, sb);
    stat(out, "end_cash", 50, Kind.MONEY, sa, sb);
    return out;
  }

  private void stat(List<Delta> out, String key, int level, Kind kind, Summary sa, Summary sb) {
    String label = labels.get("figure." + key) + " P" + level;
    out.add(new Delta(key + ".p" + level, label, kind, sa.stat(key).percentile(level), sb.stat(key).percentile(level)));
  }

  Table deltaTable() {
    Table t = Table.of("deltas", labels.get("col.figure"), Kind.TEXT, "A", Kind.NUMBER, "B", Kind.NUMBER,
        labels.get("col.delta"), Kind.NUMBER, labels.get("col.relative"), Kind.NUMBER);
    for (Delta d : deltas()) {
      t.row(d.label(), new Table.Typed(d.a(), d.kind()), new Table.Typed(d.b(), d.kind()),
          new Table.Signed(d.absolute(), changeKind(d.kind())), new Table.Signed(d.relative(), Kind.PERCENT));
    }
    return t;
  }

  /** How a change of a figure reads: months for month indices, percentage points for probabilities. */
  static Kind changeKind(Kind figure) {
    return switch (figure) {
      case MONTH_INDEX -> Kind.MONTHS;
      case PERCENT -> Kind.PERCENT_POINTS;
      default -> figure;
    };
  }

  /**
   * True when the runs cover different months (length or start): figures over the horizon (NPV,
   * peak funding need, the chances, revenue, clients, end cash) are then not like-for-like.
   */
  public boolean horizonsDiffer() {
    return a.summary().months() != b.summary().months() || !a.summary().start().equals(b.summary().start());
  }

  /** The warning a reader gets when {@link #horizonsDiffer()}, or null. */
  String horizonWarning() {
    if (!horizonsDiffer()) {
      return null;
    }
    return labels.format("warning.horizons", a.summary().months(), a.summary().start(), b.summary().months(),
        b.summary().start());
  }

  /** Branch and channel ids of A, then those only B has. */
  List<String> entityIds() {
    Set<String> ids = new LinkedHashSet<>();
    a.summary().entities().forEach(e -> ids.add(e.id()));
    b.summary().entities().forEach(e -> ids.add(e.id()));
    return new ArrayList<>(ids);
  }

  /** Break-even month after opening per branch: P50 (P5–P95) of each run, the change of P50, never shares. */
  Table breakevenTable() {
    Table t = Table.of("breakeven", labels.get("col.entity"), Kind.TEXT, labels.get("col.reached_a"), Kind.PERCENT,
        "A", Kind.TEXT, labels.get("col.reached_b"), Kind.PERCENT, "B", Kind.TEXT, labels.get("col.delta_p50"),
        Kind.NUMBER);
    for (String id : entityIds()) {
      Summary.Entity ea = a.summary().entity(id);
      Summary.Entity eb = b.summary().entity(id);
      if (!applies(ea) && !applies(eb)) {
        continue;
      }
      double pa = applies(ea) ? ea.breakeven().p50() : Double.NaN;
      double pb = applies(eb) ? eb.breakeven().p50() : Double.NaN;
      t.row(id, applies(ea) ? reached(ea) : null, range(ea), applies(eb) ? reached(eb) : null, range(eb),
          new Table.Signed(pb - pa, Kind.MONTHS));
    }
    return t;
  }

  /** The share of the openings that broke even within the horizon. */
  static double reached(Summary.Entity e) {
    double never = e.breakeven().never();
    return Double.isFinite(never) ? 1 - never : e.breakeven().n() > 0 ? 1 : 0;
  }

  static boolean applies(Summary.Entity e) {
    return e != null && e.breakevenApplies() && e.openedShare() > 0;
  }

  private String range(Summary.Entity e) {
    if (e == null) {
      return labels.get("entity.absent");
    }
    if (!applies(e)) {
      return labels.get("entity.not_applicable");
    }
    Summary.Stat s = e.breakeven();
    return numbers.months(s.p50()) + " (" + numbers.months(s.p5()) + " – " + numbers.months(s.p95()) + ")";
  }

  /** Both runs' cash fans on one calendar, for a page that shows the comparison among other things. */
  public Chart cashFans() {
    return ComparisonPage.cashFans(this);
  }

  /** The headline figures of both runs and their differences. */
  public Table deltaFigures() {
    return deltaTable();
  }

  /** The shared-figure numbers in this comparison's language. */
  public Numbers numberFormat() {
    return numbers;
  }

  public String html() {
    return ComparisonPage.render(this);
  }

  public String markdown() {
    return ComparisonMarkdown.render(this);
  }

  /** Writes the page and, beside it with the same name, the Markdown; returns the Markdown's path. */
  public Path write(Path html) throws IOException {
    ReportFiles files = ReportFiles.beside(html);
    Path markdown = files.markdown();
    ReportFiles.writeWhole(html, html().getBytes(StandardCharsets.UTF_8));
    ReportFiles.writeWhole(markdown, markdown().getBytes(StandardCharsets.UTF_8));
    return markdown;
  }
}
