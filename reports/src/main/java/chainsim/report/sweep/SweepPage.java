package chainsim.report.sweep;

import chainsim.report.html.Chart;
import chainsim.report.html.HtmlPage;
import chainsim.report.html.Labels;
import chainsim.report.html.TimeCharts;
import chainsim.report.table.Kind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** sweep.html: E[NPV] with its P5 and P95, and P(cash &lt; 0), per variant; then the table. */
final class SweepPage {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SweepPage() {}

  static String render(SweepComparison c) {
    Labels labels = c.labels();
    HtmlPage page = new HtmlPage(labels, labels.format("page.title", c.scenario()), "chainsim " + c.version());
    page.subtitle(labels.format("page.run", c.rows().size(), c.numbers().count(c.replications()), c.seed()));
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < c.rows().size(); i++) {
      categories.add((i + 1) + ": " + String.join(" · ", c.rows().get(i).variant().values()));
    }
    page.section("npv", labels.get("section.npv")).chart(new Chart("sweep-npv", labels.get("chart.npv"), 380,
        bars(categories, c, List.of(new Figure(labels.get("series.npv_mean"), 0, "bar"),
            new Figure("P5", 2, "marker"), new Figure("P95", 3, "marker")), Kind.MONEY), labels.get("note.npv")));
    page.section("cash", labels.get("section.cash")).chart(new Chart("sweep-cash", labels.get("chart.cash"), 300,
        bars(categories, c, List.of(new Figure(labels.get("series.p_cash"), 4, "bar")), Kind.PERCENT),
        labels.get("note.cash")));
    page.section("table", labels.get("section.table")).table(c.table()).note(labels.get("note.table"));
    page.footer(labels.get("note.directories") + " " + String.join(", ",
        c.rows().stream().map(r -> r.variant().name() + "/").toList()));
    return page.render();
  }

  /** A series of the chart: a figure of {@link SweepComparison#FIGURES} drawn as a bar or a marker. */
  private record Figure(String name, int index, String style) {}

  /** Variants along the horizontal axis, each figure a series; markers are points without a line. */
  private static ObjectNode bars(List<String> categories, SweepComparison c, List<Figure> figures, Kind unit) {
    ObjectNode o = NODES.objectNode();
    o.put("animation", false);
    o.putObject("grid").put("left", 16).put("right", 24).put("top", 40).put("bottom", 16).put("containLabel", true);
    o.putObject("tooltip").put("trigger", "axis").put("confine", true).put("formatter", "@axis:" + unit.pageFormatter());
    o.putObject("legend").put("top", 0);
    ObjectNode x = o.putObject("xAxis");
    x.put("type", "category");
    ArrayNode names = x.putArray("data");
    categories.forEach(names::add);
    x.putObject("axisLabel").put("interval", 0).put("rotate", categories.size() > 6 ? 30 : 0);
    o.putObject("yAxis").put("type", "value").putObject("axisLabel").put("formatter", "@" + unit.pageFormatter());
    ArrayNode series = o.putArray("series");
    for (int f = 0; f < figures.size(); f++) {
      Figure figure = figures.get(f);
      ObjectNode s = series.addObject();
      s.put("name", figure.name());
      if (figure.style().equals("bar")) {
        s.put("type", "bar").put("barMaxWidth", 48);
        s.putObject("itemStyle").put("color", TimeCharts.PALETTE.get(0));
      } else {
        s.put("type", "line").put("symbol", "rect").put("symbolSize", 12);
        s.putObject("lineStyle").put("opacity", 0);
        s.putObject("itemStyle").put("color", TimeCharts.PALETTE.get(f));
      }
      ArrayNode data = s.putArray("data");
      for (SweepComparison.Row r : c.rows()) {
        double v = r.value(figure.index());
        if (Double.isFinite(v)) {
          data.add(v);
        } else {
          data.addNull();
        }
      }
    }
    return o;
  }
}
