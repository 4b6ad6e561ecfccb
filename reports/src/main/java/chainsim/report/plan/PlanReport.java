package chainsim.report.plan;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Money;
import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.report.html.EchartsBundle;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan report: one self-contained HTML page (ECharts and the data inlined, no network) with
 * the cells as a region x industry grid showing mode and quarter, the cash fans of the plan, the
 * greedy baseline and the scenario's own plan, the figures side by side, and the score
 * explanation.
 */
public final class PlanReport {
  public static final String FILE = "plan-report.html";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanReport() {}

  public static String html(PlanDocument d) {
    Scenario scenario = d.outcome().loaded().scenario();
    Labels w = d.labels();
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!doctype html>\n<html lang=\"").append(d.lang().htmlTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(w.format("title", scenario.name()))).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(w.format("title", scenario.name()))).append("</h1>\n<p class=\"meta\"><code>")
        .append(esc(d.command())).append("</code><br>").append(w.get("html.seed")).append(' ').append(scenario.seed())
        .append(" &middot; ").append(esc(d.search()));
    if (d.timings()) {
      h.append(" &middot; ").append(Money.count(d.outcome().solve().movesPerSecond())).append(' ')
          .append(w.get("html.movesPerSecond"));
    }
    h.append("</p></header>\n");
    h.append("<section><h2>").append(w.get("html.verdict")).append("</h2><p>").append(esc(PlanSummary.verdict(d)))
        .append("</p></section>\n");
    h.append("<section><h2>").append(w.get("compared")).append("</h2>\n");
    table(h, PlanSummary.comparison(d), "compare");
    h.append("<p class=\"note\">").append(w.format("html.comparedNote", d.outcome().surrogate().replications()))
        .append("</p></section>\n");
    grid(h, d, scenario, w);
    h.append("<section><h2>").append(w.get("html.cash")).append("</h2>\n<div id=\"fan\" class=\"chart\"></div>\n")
        .append("<p class=\"note\">").append(w.get("html.cashNote")).append("</p></section>\n");
    explanation(h, d, w);
    robust(h, d, w);
    openings(h, d.outcome().planner().openings(), w);
    gaps(h, d, w);
    h.append("<script type=\"application/json\" id=\"plan-data\">").append(data(d).replace("</", "<\\/"))
        .append("</script>\n");
    h.append("<script>\n").append(EchartsBundle.script()).append("\n</script>\n");
    h.append("<script>\n").append(SCRIPT.replace("'__SURROGATE__'", js(w.get("js.surrogate")))
        .replace("'__RESERVE__'", js(w.get("js.reserve")))).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void grid(StringBuilder h, PlanDocument d, Scenario scenario, Labels w) {
    Map<String, CellDecision> cells = new LinkedHashMap<>();
    d.outcome().planner().plan().getCells().forEach(c -> cells.put(c.getId(), c));
    Set<String> regions = new LinkedHashSet<>();
    d.outcome().planner().plan().getCells().forEach(c -> regions.add(c.region()));
    h.append("<section><h2>").append(w.get("html.cells")).append("</h2>\n<p class=\"legend\">");
    for (Mode m : Mode.values()) {
      h.append("<span class=\"m-").append(m.key()).append("\">").append(m.key()).append("</span> ");
    }
    h.append("<span class=\"pinned\">").append(w.get("html.pinned")).append("</span> <span class=\"excluded\">")
        .append(w.get("html.excluded")).append("</span> &middot; ").append(w.get("html.quarterLegend"))
        .append("</p>\n<div class=\"scroll\"><table class=\"grid\"><tr><th></th>");
    for (Industry i : scenario.industries()) {
      h.append("<th>").append(esc(name(i.label(), i.id(), d.lang()))).append("</th>");
    }
    h.append("</tr>\n");
    for (String r : regions) {
      Region region = scenario.region(r).orElseThrow();
      h.append("<tr><th>").append(esc(name(region.label(), r, d.lang())))
          .append("</th>");
      for (Industry i : scenario.industries()) {
        CellDecision c = cells.get(r + "/" + i.id());
        if (c == null) {
          h.append("<td class=\"none\"></td>");
          continue;
        }
        Entry e = c.getEntry();
        String cls = c.isExcluded() ? "excluded" : e.entered() ? "m-" + e.mode().key() : "out";
        if (c.isPinned() && !c.isExcluded()) {
          cls += " pinned";
        }
        h.append("<td class=\"").append(cls).append("\" title=\"").append(esc(c.getId() + ": " + e))
            .append("\">").append(e.entered() ? "Q" + e.quarter() : "").append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div></section>\n");
  }

  private static void explanation(StringBuilder h, PlanDocument d, Labels w) {
    h.append("<section><h2>").append(w.get("html.explanation")).append("</h2>\n<p>").append(w.get("html.explanationLead"))
        .append("</p>\n");
    List<List<String>> t = new ArrayList<>();
    t.add(List.of(w.get("col.constraint"), w.get("col.hard"), w.get("col.soft"), w.get("col.matches")));
    for (ExpansionPlanner.ConstraintTotal c : d.outcome().planner().constraints()) {
      t.add(List.of(c.name(), String.valueOf(c.hard()), Money.count(c.soft()), String.valueOf(c.matches())));
    }
    t.add(List.of(w.get("score"), String.valueOf(d.outcome().planner().score().hardScore()),
        Money.count(d.outcome().planner().score().softScore()), ""));
    table(h, t, "explain");
    h.append("<div id=\"soft\" class=\"chart small\"></div>\n");
    d.brokenRules().forEach((plan, rules) -> h.append("<p>").append(esc(w.format("broken", plan, rules)))
        .append("</p>\n"));
    h.append("<h3>").append(w.get("html.rulesAtLimit")).append("</h3>\n<ul>\n");
    for (BindingRules.Rule r : d.binding()) {
      h.append("<li>").append(r.binds() ? "<strong>" + w.get("binds") + "</strong> " : "")
          .append(esc(w.format("rule.line", r.name(), r.detail()))).append("</li>\n");
    }
    h.append("</ul>\n");
    if (d.hasPrevious()) {
      h.append("<h3>").append(w.get("changes")).append("</h3>\n<ul>\n");
      if (d.changed().isEmpty()) {
        h.append("<li>").append(w.get("html.none")).append("</li>\n");
      }
      d.changed().forEach(c -> h.append("<li>").append(esc(c.getId() + ": " + c.getPrevious() + " → " + c.getEntry()))
          .append("</li>\n"));
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void openings(StringBuilder h, List<Opening> openings, Labels w) {
    h.append("<section><h2>").append(w.get("openings")).append("</h2>\n");
    List<List<String>> t = new ArrayList<>();
    t.add(List.of(w.get("col.quarter"), w.get("col.month"), w.get("col.opening"), w.get("col.mode"),
        w.get("col.template"), w.get("col.industries")));
    for (Opening o : openings) {
      t.add(List.of("Q" + ((o.month() - 1) / 3 + 1), String.valueOf(o.month()), o.id(), o.mode().key(), o.template(),
          String.join(", ", o.industries())));
    }
    table(h, t, "openings");
    h.append("</section>\n");
  }

  private static void gaps(StringBuilder h, PlanDocument d, Labels w) {
    h.append("<section><h2>").append(w.get("html.gaps")).append("</h2>\n<p>").append(w.get("html.gapsLead"))
        .append("</p>\n<ul>\n");
    for (PlanRow r : d.rows()) {
      if (r.simulated()) {
        double gap = r.surrogateNpv() - r.simulatedNpvOnSurrogateReplications();
        h.append("<li>").append(w.format("html.gap", esc(r.label()), Money.yuan(r.surrogateNpv()),
            Money.yuan(r.simulatedNpvOnSurrogateReplications()), Money.yuan(gap), r.simulatedNpv().n(),
            Money.yuan(r.simulatedNpv().mean()))).append("</li>\n");
      }
    }
    h.append("</ul>\n");
    for (String note : d.outcome().notes()) {
      h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
    h.append("</section>\n");
  }

  /** The openings' contributions and payback, and the regret in stress futures (see {@link RobustChoices}). */
  private static void robust(StringBuilder h, PlanDocument d, Labels w) {
    var r = d.outcome().robustness();
    if (r == null) {
      return;
    }
    h.append("<section><h2>").append(w.get("robust")).append("</h2>\n<p>")
        .append(esc(w.format("robust.lead", d.outcome().validationReplications()))).append("</p>\n");
    table(h, RobustChoices.openings(r, w), "robust");
    h.append("<p>").append(esc(w.format("stress.lead", d.outcome().surrogate().replications()))).append("</p>\n");
    table(h, RobustChoices.futures(r, w), "robust");
    h.append("<ul>\n");
    RobustChoices.parameters(r, w).forEach(p -> h.append("<li>").append(esc(p)).append("</li>\n"));
    h.append("</ul></section>\n");
  }

  private static void table(StringBuilder h, List<List<String>> t, String cls) {
    h.append("<div class=\"scroll\"><table class=\"").append(cls).append("\">\n<tr>");
    t.get(0).forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    for (List<String> row : t.subList(1, t.size())) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        h.append(i == 0 ? "<th>" : "<td>").append(esc(row.get(i))).append(i == 0 ? "</th>" : "</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  static String data(PlanDocument d) {
    Scenario scenario = d.outcome().loaded().scenario();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario.name());
    root.put("start", scenario.horizon().start());
    root.put("months", scenario.horizon().months());
    root.put("reserve", d.outcome().rules().reserve());
    List<Map<String, Object>> fans = new ArrayList<>();
    for (CashFan f : d.fans()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", f.label());
      m.put("simulated", f.simulated());
      m.put("p5", rounded(f.p5()));
      m.put("p50", rounded(f.p50()));
      m.put("p95", rounded(f.p95()));
      fans.add(m);
    }
    root.put("fans", fans);
    List<Map<String, Object>> soft = new ArrayList<>();
    for (ExpansionPlanner.ConstraintTotal c : d.outcome().planner().constraints()) {
      if (c.soft() != 0) {
        // a LinkedHashMap, not Map.of: Map.of's order changes from one JVM to the next, and so did the page's bytes
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("yuan", c.soft());
        soft.add(m);
      }
    }
    root.put("soft", soft);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long[] rounded(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.round(values[i]);
    }
    return out;
  }

  /** A region's or industry's name in the language: its label there, else its English label, else its id. */
  private static String name(chainsim.scenario.Label label, String id, Lang lang) {
    if (label == null) {
      return id;
    }
    if (lang == Lang.ZH && label.zh() != null) {
      return label.zh();
    }
    return label.en() != null ? label.en() : id;
  }

  /** A string as a single-quoted JavaScript literal. */
  private static String js(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c") + "'";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS = """
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px;
             padding: 16px 24px; color: #1d2733; }
      h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #dde3ea; }
      .meta { color: #5b6b7c; } .note { color: #5b6b7c; font-size: 12px; }
      table { border-collapse: collapse; margin: 8px 0; } th, td { padding: 4px 8px; border: 1px solid #e3e8ee; }
      th { background: #f5f7fa; text-align: left; font-weight: 600; } td { text-align: right; }
      .scroll { overflow-x: auto; }
      .grid td { text-align: center; min-width: 38px; font-size: 12px; } .grid th { font-size: 12px; }
      .m-direct { background: #2f6fb3; color: #fff; } .m-equity { background: #3f9c5a; color: #fff; }
      .m-partner { background: #e0a030; color: #1d2733; } .m-agent { background: #9b59b6; color: #fff; }
      .out { background: #fff; } .excluded { background: repeating-linear-gradient(45deg,#eee,#eee 4px,#fff 4px,#fff 8px); }
      .pinned { outline: 2px solid #d33; outline-offset: -2px; } .none { background: #fafafa; }
      .legend span { display: inline-block; padding: 1px 8px; margin-right: 4px; border-radius: 3px; }
      .chart { width: 100%; height: 420px; } .chart.small { height: 260px; }
      """;

  private static final String SCRIPT = """
      (function () {
        var d = JSON.parse(document.getElementById('plan-data').textContent);
        var colors = ['#2f6fb3', '#e07b39', '#7a8a99'];
        var months = [];
        var start = d.start.split('-');
        for (var m = 0; m < d.months; m++) {
          var y = +start[0] + Math.floor((+start[1] - 1 + m) / 12), mm = (+start[1] - 1 + m) % 12 + 1;
          months.push(y + '-' + (mm < 10 ? '0' : '') + mm);
        }
        var series = [];
        d.fans.forEach(function (f, i) {
          var name = f.label + (f.simulated ? '' : '__SURROGATE__');
          series.push({ name: name, type: 'line', data: f.p5, stack: 'fan' + i, symbol: 'none',
            lineStyle: { opacity: 0 }, itemStyle: { color: colors[i % 3] }, tooltip: { show: false } });
          series.push({ name: name, type: 'line', symbol: 'none', stack: 'fan' + i, lineStyle: { opacity: 0 },
            itemStyle: { color: colors[i % 3] }, areaStyle: { color: colors[i % 3], opacity: 0.15 },
            data: f.p95.map(function (v, k) { return v - f.p5[k]; }), tooltip: { show: false } });
          series.push({ name: name, type: 'line', symbol: 'none', data: f.p50,
            lineStyle: { color: colors[i % 3], width: 2 }, itemStyle: { color: colors[i % 3] } });
        });
        series.push({ name: '__RESERVE__', type: 'line', symbol: 'none', data: months.map(function () { return d.reserve; }),
          lineStyle: { type: 'dashed', color: '#c0392b' }, itemStyle: { color: '#c0392b' } });
        var yuan = function (v) { return (v / 1e6).toFixed(0) + 'M'; };
        echarts.init(document.getElementById('fan')).setOption({
          animation: false, tooltip: { trigger: 'axis', valueFormatter: function (v) { return yuan(v); } },
          legend: { top: 0 }, grid: { left: 70, right: 20, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: months }, yAxis: { type: 'value', axisLabel: { formatter: yuan } },
          series: series });
        echarts.init(document.getElementById('soft')).setOption({
          animation: false, grid: { left: 200, right: 40, top: 10, bottom: 30 },
          tooltip: { valueFormatter: function (v) { return yuan(v); } },
          xAxis: { type: 'value', axisLabel: { formatter: yuan } },
          yAxis: { type: 'category', data: d.soft.map(function (s) { return s.name; }) },
          series: [{ type: 'bar', data: d.soft.map(function (s) {
            return { value: s.yuan, itemStyle: { color: s.yuan >= 0 ? '#3f9c5a' : '#c0392b' } }; }) }] });
      })();
      """;
}
