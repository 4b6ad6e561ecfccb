package chainsim.report.html;

import static chainsim.report.html.TimeCharts.NODES;

import chainsim.report.table.Kind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * ECharts options for figures by category: ranges of a distribution per branch, a Gantt of
 * openings, a tornado of sensitivities, bars against a threshold. Item tooltips show lines the
 * report formats itself ({@code "@item"}), so every number reads as in the tables.
 */
public final class CategoryCharts {
  private static final String GOOD = "#2E7D32";
  private static final String WATCH = "#B26A00";
  private static final String BAD = "#C62828";

  private CategoryCharts() {}

  /**
   * A distribution as a horizontal range: P5–P95 light, P25–P75 dark, the median as a diamond.
   *
   * @param group colour index (e.g. which of two runs)
   * @param label shown right of the range (e.g. "never 4%"), or null
   * @param lines the tooltip's lines
   * @param muted drawn grey with a hollow median: the range describes a minority (e.g. the few
   *     replications that ever break even), not what typically happens
   */
  public record Range(String name, int group, double p5, double p25, double p50, double p75, double p95,
      String label, List<String> lines, boolean muted) {
    public Range(String name, int group, double p5, double p25, double p50, double p75, double p95, String label,
        List<String> lines) {
      this(name, group, p5, p25, p50, p75, p95, label, lines, false);
    }
  }

  /**
   * A bar of a Gantt chart from month {@code start} to the end of month {@code end}.
   *
   * @param share the chance it happens at all (e.g. that the opening takes place), 1 when certain:
   *     a bar less likely than certain is drawn lighter and labelled with {@code shareLabel}
   */
  public record GanttBar(String name, int group, int start, int end, double marker, List<String> lines, double share,
      String shareLabel) {
    public GanttBar(String name, int group, int start, int end, double marker, List<String> lines) {
      this(name, group, start, end, marker, lines, 1.0, null);
    }
  }

  /** The distribution of one figure across replications: its percentiles, the tooltip's lines. */
  public record Distribution(String name, double p5, double p25, double p50, double p75, double p95,
      List<String> lines) {}

  private static final String MUTED = "#9AA5B1";

  /** A signed bar of a tornado chart. */
  public record Bar(String name, double value, List<String> lines) {}

  public static ObjectNode ranges(List<Range> rows, Kind unit) {
    return ranges(rows, unit, Double.NaN);
  }

  /**
   * Ranges on an axis from 0 to {@code max} (NaN: as the data needs), so two charts side by side
   * share their scale.
   */
  public static ObjectNode ranges(List<Range> rows, Kind unit, double max) {
    ObjectNode o = categorySkeleton(rows.stream().map(Range::name).toList(), unit);
    ((ObjectNode) o.get("xAxis")).put("min", 0);
    if (Double.isFinite(max)) {
      // months in half-years or years; anything else in round steps
      double step = unit == Kind.MONTHS ? (max <= 36 ? 6 : 12) : TimeCharts.niceInterval(max, 5, false);
      ((ObjectNode) o.get("xAxis")).put("max", step * Math.ceil(max / step)).put("interval", step);
    }
    ((ObjectNode) o.get("grid")).put("right", 150); // room for the label right of the range
    // hiding one segment of a stacked range would shift the others: no legend to toggle
    ((ObjectNode) o.get("legend")).put("show", false);
    ArrayNode series = o.putArray("series");
    ArrayNode base = segment(series, "_base", null);
    ArrayNode low = segment(series, "P5–P95", 0.35);
    ArrayNode mid = segment(series, "P25–P75", 1.0);
    ArrayNode high = segment(series, "P5–P95 ", 0.35);
    ObjectNode median = series.addObject();
    median.put("name", "P50").put("type", "scatter").put("symbol", "diamond").put("symbolSize", 11).put("z", 5);
    median.putObject("itemStyle").put("color", "#263238").put("borderColor", "#ffffff").put("borderWidth", 1);
    ArrayNode medians = median.putArray("data");
    for (int i = 0; i < rows.size(); i++) {
      Range r = rows.get(i);
      String colour = r.muted() ? MUTED : TimeCharts.PALETTE.get(r.group() % TimeCharts.PALETTE.size());
      boolean present = Double.isFinite(r.p5()) && Double.isFinite(r.p95());
      item(base, r, present ? r.p5() : 0, null, null);
      item(low, r, present ? r.p25() - r.p5() : Double.NaN, colour, null);
      item(mid, r, present ? r.p75() - r.p25() : Double.NaN, colour, null);
      item(high, r, present ? r.p95() - r.p75() : 0, colour, present ? r.label() : null);
      if (r.muted() && present) {
        ((ObjectNode) mid.get(i).get("itemStyle")).put("opacity", 0.55);
      }
      ObjectNode m = medians.addObject();
      ArrayNode at = m.putArray("value");
      if (Double.isFinite(r.p50())) {
        at.add(r.p50());
        if (r.muted()) {
          // hollow: the median of a minority, not the typical outcome
          m.put("symbol", "emptyDiamond");
          m.putObject("itemStyle").put("color", "#52606d").put("borderColor", "#52606d");
        }
      } else {
        // nothing to draw (e.g. never paid back): say so where the range would start
        at.add(0);
        m.put("symbolSize", 0);
        if (r.label() != null) {
          m.putObject("label").put("show", true).put("position", "right").put("color", "#616e7c")
              .put("formatter", r.label().replace("{", "(").replace("}", ")"));
        }
      }
      at.add(i);
      tip(m, r.name(), r.lines());
    }
    return o;
  }

  private static ArrayNode segment(ArrayNode series, String name, Double opacity) {
    ObjectNode s = series.addObject();
    s.put("name", name).put("type", "bar").put("stack", "range").put("stackStrategy", "all").put("barWidth", 14);
    if (opacity == null) {
      s.putObject("itemStyle").put("color", "transparent");
    } else {
      s.putObject("itemStyle").put("opacity", opacity);
    }
    s.putObject("label").put("show", true).put("position", "right").put("distance", 9).put("formatter", "@plain")
        .put("color", "#616e7c");
    return s.putArray("data");
  }

  private static void item(ArrayNode data, Range r, double value, String colour, String label) {
    ObjectNode d = data.addObject();
    if (Double.isFinite(value)) {
      d.put("value", value);
    } else {
      d.putNull("value");
    }
    if (colour != null) {
      d.putObject("itemStyle").put("color", colour);
    }
    // every segment has a label so the formatter never prints a bare number; only the last shows text
    d.put("label", label == null ? "" : label);
    tip(d, r.name(), r.lines());
  }

  /** Openings as bars from their month to the horizon's end, coloured and toggled by group (mode). */
  public static ObjectNode gantt(List<GanttBar> bars, List<String> groupNames, String markerName, int months) {
    ObjectNode o = categorySkeleton(bars.stream().map(GanttBar::name).toList(), Kind.MONTH_INDEX);
    if (bars.stream().anyMatch(b -> b.share() < 1 && b.shareLabel() != null)) {
      ((ObjectNode) o.get("grid")).put("right", 110); // room for the chance after a bar
    }
    ObjectNode x = (ObjectNode) o.get("xAxis");
    x.put("min", 1).put("max", months + 1).put("interval", months > 36 ? 6 : 3);
    ArrayNode legend = ((ObjectNode) o.get("legend")).putArray("data");
    ArrayNode series = o.putArray("series");
    ObjectNode baseSeries = series.addObject();
    baseSeries.put("name", "_base").put("type", "bar").put("stack", "plan").put("barWidth", 14);
    baseSeries.putObject("itemStyle").put("color", "transparent");
    ArrayNode base = baseSeries.putArray("data");
    for (GanttBar b : bars) {
      tip(base.addObject().put("value", b.start()), b.name(), b.lines());
    }
    for (int g = 0; g < groupNames.size(); g++) {
      final int group = g;
      if (bars.stream().noneMatch(b -> b.group() == group)) {
        continue; // a mode the plan does not use: no legend entry (colours stay tied to the group)
      }
      legend.add(groupNames.get(g));
      ObjectNode s = series.addObject();
      s.put("name", groupNames.get(g)).put("type", "bar").put("stack", "plan").put("barWidth", 14);
      s.putObject("itemStyle").put("color", TimeCharts.PALETTE.get(g % TimeCharts.PALETTE.size()));
      ArrayNode data = s.putArray("data");
      for (GanttBar b : bars) {
        ObjectNode d = data.addObject();
        if (b.group() == g) {
          d.put("value", b.end() + 1 - b.start());
          if (b.share() < 1 && b.shareLabel() != null) {
            // an opening that may not happen: lighter, and its chance written after the bar
            d.putObject("itemStyle").put("opacity", 0.25 + 0.6 * Math.max(0, b.share()));
            d.putObject("label").put("show", true).put("position", "right").put("color", "#52606d").put("opacity", 1)
                .put("formatter", b.shareLabel().replace("{", "(").replace("}", ")"));
          }
        } else {
          d.putNull("value");
        }
        tip(d, b.name(), b.lines());
      }
    }
    legend.add(markerName);
    ObjectNode marker = series.addObject();
    marker.put("name", markerName).put("type", "scatter").put("symbol", "pin").put("symbolSize", 18).put("z", 5);
    marker.putObject("itemStyle").put("color", "#263238");
    ArrayNode points = marker.putArray("data");
    for (int i = 0; i < bars.size(); i++) {
      GanttBar b = bars.get(i);
      if (Double.isFinite(b.marker())) {
        ObjectNode d = points.addObject();
        d.putArray("value").add(b.marker()).add(i);
        tip(d, b.name(), b.lines());
      }
    }
    return o;
  }

  /** Signed bars around zero, largest first: what moves an outcome up (right) or down (left). */
  public static ObjectNode tornado(List<Bar> bars, String upName, String downName, Kind unit) {
    ObjectNode o = categorySkeleton(bars.stream().map(Bar::name).toList(), unit);
    double max = 0.1;
    for (Bar b : bars) {
      max = Math.max(max, Math.abs(b.value()));
    }
    max = Math.ceil(max * 10) / 10;
    ((ObjectNode) o.get("xAxis")).put("min", -max).put("max", max);
    ArrayNode series = o.putArray("series");
    for (int sign = 1; sign >= -1; sign -= 2) {
      ObjectNode s = series.addObject();
      s.put("name", sign > 0 ? upName : downName).put("type", "bar").put("stack", "t").put("barWidth", 12);
      s.putObject("itemStyle").put("color", sign > 0 ? GOOD : BAD);
      s.putObject("label").put("show", true).put("position", sign > 0 ? "right" : "left")
          .put("formatter", "@" + unit.pageFormatter()).put("fontSize", 11);
      ArrayNode data = s.putArray("data");
      for (Bar b : bars) {
        ObjectNode d = data.addObject();
        if (Double.isFinite(b.value()) && Math.signum(b.value()) == sign) {
          d.put("value", b.value());
        } else {
          d.putNull("value");
        }
        tip(d, b.name(), b.lines());
      }
    }
    ((ObjectNode) o.get("legend")).putArray("data").add(upName).add(downName);
    return o;
  }

  /** Vertical bars coloured by a threshold they should reach (e.g. LTV/CAC of 3), the threshold dashed. */
  public static ObjectNode againstThreshold(List<String> categories, double[] values, Kind unit, String name,
      double threshold, String thresholdLabel) {
    ObjectNode o = NODES.objectNode();
    o.put("animation", false);
    o.putObject("grid").put("left", 16).put("right", 24).put("top", 32).put("bottom", 16).put("containLabel", true);
    o.putObject("tooltip").put("trigger", "axis").put("confine", true).put("formatter", "@axis:" + unit.pageFormatter());
    o.putObject("xAxis").put("type", "category").set("data", TimeCharts.array(categories));
    o.putObject("yAxis").put("type", "value").putObject("axisLabel").put("formatter", "@" + unit.pageFormatter());
    ObjectNode s = o.putArray("series").addObject();
    s.put("name", name).put("type", "bar").put("barWidth", "45%");
    s.putObject("label").put("show", true).put("position", "top").put("formatter", "@" + unit.pageFormatter());
    ArrayNode data = s.putArray("data");
    for (double v : values) {
      ObjectNode d = data.addObject();
      if (Double.isFinite(v)) {
        d.put("value", v);
      } else {
        d.putNull("value");
      }
      d.putObject("itemStyle").put("color", Double.isFinite(v) && v >= threshold ? GOOD : BAD);
    }
    ObjectNode line = s.putObject("markLine");
    line.put("symbol", "none").put("silent", true);
    line.putObject("lineStyle").put("type", "dashed").put("color", BAD).put("width", 1.5);
    line.putObject("label").put("formatter", thresholdLabel).put("position", "insideEndTop");
    line.putArray("data").addObject().put("yAxis", threshold);
    return o;
  }

  /**
   * Distributions as boxes against a threshold they should clear (e.g. LTV/CAC against 3): whiskers
   * P5–P95, box P25–P75, the median a line; P5, P50 and P95 written beside the box; the region
   * below the threshold shaded, the threshold dashed and named at the left.
   */
  public static ObjectNode boxesAgainstThreshold(List<Distribution> rows, Kind unit, Numbers numbers,
      double threshold, String thresholdLabel) {
    ObjectNode o = NODES.objectNode();
    o.put("animation", false);
    o.putObject("grid").put("left", 16).put("right", 24).put("top", 24).put("bottom", 16).put("containLabel", true);
    o.putObject("tooltip").put("trigger", "item").put("confine", true).put("formatter", "@item");
    o.putObject("xAxis").put("type", "category").set("data", TimeCharts.array(rows.stream()
        .map(Distribution::name).toList()));
    double top = threshold;
    for (Distribution r : rows) {
      if (Double.isFinite(r.p95())) {
        top = Math.max(top, r.p95());
      }
    }
    double interval = TimeCharts.niceInterval(top * 1.05, 5, false);
    ObjectNode y = o.putObject("yAxis");
    y.put("type", "value").put("min", 0).put("max", interval * Math.ceil(top * 1.05 / interval))
        .put("interval", interval);
    y.putObject("axisLabel").put("formatter", "@" + unit.pageFormatter());
    y.putObject("splitLine").putObject("lineStyle").put("type", "dashed");
    ArrayNode series = o.putArray("series");
    ObjectNode box = series.addObject();
    box.put("name", "_box").put("type", "boxplot").putArray("boxWidth").add(36).add(64);
    ArrayNode boxes = box.putArray("data");
    ObjectNode labels = series.addObject();
    labels.put("name", "_labels").put("type", "scatter").put("symbolSize", 0).put("silent", true).put("z", 6);
    ArrayNode marks = labels.putArray("data");
    for (int i = 0; i < rows.size(); i++) {
      Distribution r = rows.get(i);
      ObjectNode d = boxes.addObject();
      ArrayNode v = d.putArray("value");
      for (double p : new double[] {r.p5(), r.p25(), r.p50(), r.p75(), r.p95()}) {
        v.add(p);
      }
      String colour = !(r.p50() >= threshold) ? BAD : r.p5() >= threshold ? GOOD : WATCH;
      d.putObject("itemStyle").put("color", colour + "33").put("borderColor", colour).put("borderWidth", 1.5);
      tip(d, r.name(), r.lines());
      mark(marks, i, r.p5(), "P5 " + unit.format(r.p5(), numbers), "right");
      mark(marks, i, r.p50(), "P50 " + unit.format(r.p50(), numbers), "left");
      mark(marks, i, r.p95(), "P95 " + unit.format(r.p95(), numbers), "right");
    }
    ObjectNode line = box.putObject("markLine");
    line.put("symbol", "none").put("silent", true);
    line.putObject("lineStyle").put("type", "dashed").put("color", BAD).put("width", 1.5);
    line.putObject("label").put("formatter", thresholdLabel.replace("{", "(").replace("}", ")"))
        .put("position", "insideStartTop").put("color", BAD);
    line.putArray("data").addObject().put("yAxis", threshold);
    ObjectNode area = box.putObject("markArea");
    area.put("silent", true).putObject("itemStyle").put("color", "rgba(198,40,40,0.06)");
    ArrayNode pair = area.putArray("data").addArray();
    pair.addObject().put("yAxis", 0);
    pair.addObject().put("yAxis", threshold);
    return o;
  }

  private static void mark(ArrayNode marks, int category, double value, String text, String side) {
    if (!Double.isFinite(value)) {
      return;
    }
    ObjectNode d = marks.addObject();
    d.putArray("value").add(category).add(value);
    d.putObject("label").put("show", true).put("position", side).put("distance", 40).put("color", "#52606d")
        .put("fontSize", 11).put("formatter", text);
  }

  /** Horizontal bars: categories down the y axis (first on top), values along x. */
  private static ObjectNode categorySkeleton(List<String> categories, Kind unit) {
    ObjectNode o = NODES.objectNode();
    o.put("animation", false);
    o.putObject("grid").put("left", 16).put("right", 72).put("top", 36).put("bottom", 16).put("containLabel", true);
    o.putObject("legend").put("top", 0).put("left", "center");
    o.putObject("tooltip").put("trigger", "item").put("confine", true).put("formatter", "@item");
    ObjectNode x = o.putObject("xAxis");
    x.put("type", "value").put("position", "top");
    x.putObject("axisLabel").put("formatter", "@" + unit.pageFormatter());
    x.putObject("splitLine").putObject("lineStyle").put("type", "dashed");
    ObjectNode y = o.putObject("yAxis");
    y.put("type", "category").put("inverse", true);
    y.set("data", TimeCharts.array(categories));
    y.putObject("axisLabel").put("width", 220).put("overflow", "truncate");
    return o;
  }

  private static void tip(ObjectNode item, String title, List<String> lines) {
    item.put("title", title);
    ArrayNode a = item.putArray("lines");
    lines.forEach(a::add);
  }
}
