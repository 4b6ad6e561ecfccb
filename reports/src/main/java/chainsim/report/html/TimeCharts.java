package chainsim.report.html;

import chainsim.report.table.Kind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * ECharts options for figures over the months of a horizon: a category axis of calendar months,
 * a tooltip listing every series at the hovered month, a legend that toggles series, and zoom
 * (mouse wheel or the slider under the chart).
 */
public final class TimeCharts {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Colours of series in order (colour-blind safe, after Okabe and Ito, then muted extras). */
  public static final List<String> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
      "#7E57C2", "#8D6E63", "#26A69A", "#EC407A", "#9CCC65", "#5C6BC0", "#FFA726", "#78909C");

  private TimeCharts() {}

  /** A distribution over months, drawn as a fan: P5–P95 and P25–P75 bands around the median. */
  public record Fan(String name, double[] p5, double[] p25, double[] p50, double[] p75, double[] p95) {}

  /**
   * A horizontal line, e.g. the cash reserve, across the months {@code first..last} of the chart's
   * calendar (1-based, inclusive), by default all of them.
   */
  public record Level(String name, double value, int first, int last) {
    public Level(String name, double value) {
      this(name, value, 1, Integer.MAX_VALUE);
    }
  }

  /** The skeleton every time chart shares. */
  public static ObjectNode base(List<String> calendar, Kind unit) {
    ObjectNode o = NODES.objectNode();
    o.put("animation", false);
    o.set("color", array(PALETTE));
    ObjectNode grid = o.putObject("grid");
    grid.put("left", 16).put("right", 24).put("top", 48).put("bottom", 64).put("containLabel", true);
    ObjectNode legend = o.putObject("legend");
    legend.put("type", "scroll").put("top", 0).put("left", "center");
    ObjectNode tooltip = o.putObject("tooltip");
    tooltip.put("trigger", "axis").put("confine", true).put("formatter", "@axis:" + unit.pageFormatter());
    tooltip.putObject("axisPointer").put("type", "line");
    ObjectNode x = o.putObject("xAxis");
    x.put("type", "category").put("boundaryGap", true);
    x.set("data", array(calendar));
    ObjectNode y = o.putObject("yAxis");
    y.put("type", "value").put("scale", false);
    y.putObject("axisLabel").put("formatter", "@" + unit.pageFormatter());
    ArrayNode zoom = o.putArray("dataZoom");
    zoom.addObject().put("type", "inside").put("xAxisIndex", 0).put("filterMode", "none");
    zoom.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 8).put("height", 20)
        .put("right", 48).put("filterMode", "none");
    // the download icon sits beside the zoom slider, clear of the legend's pager and the axis names
    ObjectNode save = o.putObject("toolbox").put("right", 8).put("bottom", 8).put("itemSize", 14)
        .putObject("feature").putObject("saveAsImage");
    save.put("show", true).put("title", "PNG");
    save.putObject("emphasis").putObject("iconStyle").put("textPosition", "left");
    return o;
  }

  /**
   * Series stacked month by month, e.g. revenue by channel (means add up; medians would not).
   * Series whose values are all zero are left out.
   */
  public static ObjectNode stacked(List<String> calendar, Map<String, double[]> series, Kind unit, boolean bars) {
    ObjectNode o = base(calendar, unit);
    object(o, "tooltip").put("formatter", "@axis:" + unit.pageFormatter() + ":total");
    ArrayNode out = o.putArray("series");
    series.forEach((name, values) -> {
      if (allZero(values)) {
        return;
      }
      ObjectNode s = out.addObject();
      s.put("name", name).put("type", bars ? "bar" : "line").put("stack", "total").put("stackStrategy", "all");
      if (!bars) {
        s.put("symbol", "none");
        s.putObject("areaStyle").put("opacity", 0.75);
        s.putObject("lineStyle").put("width", 0.5);
      }
      s.put("emphasis", false);
      s.set("data", values(values));
    });
    return o;
  }

  /** Series drawn as lines, not stacked. */
  public static ObjectNode lines(List<String> calendar, Map<String, double[]> series, Kind unit) {
    ObjectNode o = base(calendar, unit);
    ArrayNode out = o.putArray("series");
    series.forEach((name, values) -> {
      ObjectNode s = out.addObject();
      s.put("name", name).put("type", "line").put("symbol", "none");
      s.set("data", values(values));
    });
    return o;
  }

  /**
   * Fans overlaid: each a P5–P95 band, a P25–P75 band and its median, toggled together by the
   * fan's name in the legend; levels are dashed lines. The bands are stacked differences, so the
   * tooltip shows each percentile's own value.
   */
  public static ObjectNode fans(List<String> calendar, List<Fan> fans, List<Level> levels, Kind unit) {
    ObjectNode o = base(calendar, unit);
    object(o, "tooltip").put("formatter", "@axis:" + unit.pageFormatter() + ":sorted");
    ArrayNode legend = object(o, "legend").putArray("data");
    ArrayNode out = o.putArray("series");
    for (int f = 0; f < fans.size(); f++) {
      Fan fan = fans.get(f);
      String colour = PALETTE.get(f % PALETTE.size());
      String stack = "fan-" + f;
      legend.add(fan.name());
      band(out, fan.name(), stack, colour, 0.0, null, fan.p5(), fan.p5(), "P5");
      band(out, fan.name(), stack, colour, 0.15, fan.p5(), fan.p25(), fan.p25(), "P25");
      band(out, fan.name(), stack, colour, 0.3, fan.p25(), fan.p75(), fan.p75(), "P75");
      band(out, fan.name(), stack, colour, 0.15, fan.p75(), fan.p95(), fan.p95(), "P95");
      ObjectNode median = out.addObject();
      median.put("name", fan.name()).put("type", "line").put("symbol", "none").put("z", 3);
      median.putObject("lineStyle").put("width", 2).put("color", colour);
      median.putObject("itemStyle").put("color", colour);
      median.set("data", items(fan.p50(), null, "P50"));
    }
    for (int l = 0; l < levels.size(); l++) {
      Level level = levels.get(l);
      legend.add(level.name());
      ObjectNode s = out.addObject();
      s.put("name", level.name()).put("type", "line").put("symbol", "none").put("z", 4);
      String colour = l == 0 ? "#C62828" : "#6D4C41";
      s.putObject("lineStyle").put("type", "dashed").put("width", 1.5).put("color", colour);
      s.putObject("itemStyle").put("color", colour);
      double[] flat = new double[calendar.size()];
      java.util.Arrays.fill(flat, Double.NaN);
      for (int m = Math.max(1, level.first()); m <= Math.min(calendar.size(), level.last()); m++) {
        flat[m - 1] = level.value();
      }
      s.set("data", values(flat));
    }
    return o;
  }

  /** One stacked layer of a fan: plotted as {@code top - bottom}, shown as {@code top}. */
  private static void band(ArrayNode out, String name, String stack, String colour, double opacity,
      double[] bottom, double[] top, double[] shown, String tip) {
    ObjectNode s = out.addObject();
    s.put("name", name).put("type", "line").put("stack", stack).put("stackStrategy", "all").put("symbol", "none");
    s.putObject("lineStyle").put("opacity", 0);
    s.putObject("itemStyle").put("color", colour);
    if (opacity > 0) {
      s.putObject("areaStyle").put("color", colour).put("opacity", opacity);
    }
    s.put("emphasis", false);
    double[] plotted = new double[top.length];
    for (int i = 0; i < top.length; i++) {
      plotted[i] = bottom == null ? top[i] : top[i] - bottom[i];
    }
    s.set("data", items(plotted, shown, tip));
  }

  /** Data items {@code {value, raw, tip}}: plotted value, the figure it stands for, its name. */
  static ArrayNode items(double[] plotted, double[] raw, String tip) {
    ArrayNode a = NODES.arrayNode();
    for (int i = 0; i < plotted.length; i++) {
      ObjectNode item = a.addObject();
      if (Double.isFinite(plotted[i]) && (raw == null || Double.isFinite(raw[i]))) {
        item.put("value", plotted[i]);
        if (raw != null) {
          item.put("raw", raw[i]);
        }
      } else {
        item.putNull("value");
      }
      item.put("tip", tip);
    }
    return a;
  }

  /**
   * A round step (1, 2 or 5 times a power of ten, and 2.5 unless {@code whole}) for an axis from 0
   * that shows {@code max} in at most {@code splits} steps. Two axes given the same number of
   * steps share their gridlines.
   */
  public static double niceInterval(double max, int splits, boolean whole) {
    if (!(max > 0)) {
      return 1;
    }
    double raw = max / splits;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] steps = whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10};
    double step = steps[steps.length - 1];
    for (double s : steps) {
      if (s * magnitude >= raw - 1e-12 * raw) {
        step = s;
        break;
      }
    }
    double interval = step * magnitude;
    return whole ? Math.max(1, interval) : interval;
  }

  /** A member of an option that is an object. */
  static ObjectNode object(ObjectNode o, String name) {
    return (ObjectNode) o.get(name);
  }

  /** Numbers as a data array, a missing value (NaN) as a gap. */
  public static ArrayNode values(double[] values) {
    ArrayNode a = NODES.arrayNode();
    for (double v : values) {
      if (Double.isFinite(v)) {
        a.add(v);
      } else {
        a.addNull();
      }
    }
    return a;
  }

  static ArrayNode array(List<String> strings) {
    ArrayNode a = NODES.arrayNode();
    strings.forEach(a::add);
    return a;
  }

  static boolean allZero(double[] values) {
    for (double v : values) {
      if (Double.isFinite(v) && v != 0) {
        return false;
      }
    }
    return true;
  }
}
