package chainsim.report.staffing;

import chainsim.report.html.EchartsBundle;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.staffing.StaffingResult;
import chainsim.staffing.StaffingResult.LineRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code headcount.html}: per branch a small chart per line, its planned headcount month by month
 * against the needed band (median to service-level workload, in people). Self-contained: ECharts
 * inline, the data as JSON in the page, nothing fetched. In Chinese or English ({@code headcount.*} in
 * {@code labels_*.properties} here).
 */
public final class HeadcountChart {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HeadcountChart() {}

  /** The page in English. */
  public static String html(StaffingResult r) {
    return html(r, Lang.EN);
  }

  public static String html(StaffingResult r, Lang lang) {
    Labels w = Labels.of(lang).with(HeadcountChart.class, "labels");
    ObjectNode words = JSON.createObjectNode();
    w.withPrefix("headcount.js.").forEach(words::put);
    String data = data(r, words).replace("</", "<\\/");
    int level = (int) Math.round(r.forecast().serviceLevel() * 100);
    String title = w.format("headcount.title", escape(r.scenario().name()), r.calendar(r.firstMonth()),
        r.calendar(r.lastMonth()));
    return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
        + "<!--\n" + escapeComment(EchartsBundle.notice()) + "\n-->\n"
        + "<style>\n"
        + "body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }\n"
        + "h2 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }\n"
        + ".lines { display: flex; flex-wrap: wrap; gap: 0.5rem; }\n"
        + ".line { width: 230px; height: 190px; }\n"
        + "p.note { max-width: 960px; color: #555; }\n"
        + "</style>\n</head>\n<body>\n<h1>" + title + "</h1>\n"
        + "<p class=\"note\">" + escape(w.format("headcount.note", level)) + "</p>\n"
        + "<div id=\"charts\"></div>\n"
        + "<script type=\"application/json\" id=\"plan-data\">" + data + "</script>\n"
        + "<script>\n" + EchartsBundle.script() + "\n</script>\n"
        + "<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
  }

  /** The chart data: the window's calendar months, and per branch per line the three series. */
  static String data(StaffingResult r) {
    return data(r, JSON.createObjectNode());
  }

  private static String data(StaffingResult r, ObjectNode words) {
    ObjectNode root = JSON.createObjectNode();
    if (!words.isEmpty()) {
      root.set("words", words);
    }
    ArrayNode months = root.putArray("months");
    for (int m = r.firstMonth(); m <= r.lastMonth(); m++) {
      months.add(r.calendar(m).toString());
    }
    root.put("level", (int) Math.round(r.forecast().serviceLevel() * 100));
    Map<String, Map<String, List<LineRow>>> byBranch = new LinkedHashMap<>();
    for (LineRow l : r.lineRows()) {
      byBranch.computeIfAbsent(l.branch(), k -> new LinkedHashMap<>())
          .computeIfAbsent(l.role() + " / " + l.skill(), k -> new ArrayList<>()).add(l);
    }
    ArrayNode branches = root.putArray("branches");
    int window = r.lastMonth() - r.firstMonth() + 1;
    byBranch.forEach((branch, lines) -> {
      ObjectNode b = branches.addObject();
      b.put("id", branch);
      ArrayNode out = b.putArray("lines");
      lines.forEach((name, rows) -> {
        ObjectNode line = out.addObject();
        line.put("name", name);
        ArrayNode planned = line.putArray("planned");
        ArrayNode median = line.putArray("median");
        ArrayNode high = line.putArray("high");
        for (int i = 0; i < window; i++) {
          LineRow row = at(rows, r.firstMonth() + i);
          if (row == null) {
            planned.addNull();
            median.addNull();
            high.addNull();
          } else {
            planned.add(row.headcount());
            median.add(round(row.neededMedian()));
            high.add(round(row.neededAtServiceLevel()));
          }
        }
      });
    });
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LineRow at(List<LineRow> rows, int month) {
    for (LineRow l : rows) {
      if (l.month() == month) {
        return l;
      }
    }
    return null;
  }

  private static double round(double x) {
    return Math.round(x * 100.0) / 100.0;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escapeComment(String s) {
    return s.replace("--", "- -");
  }

  private static final String SCRIPT = """
      const data = JSON.parse(document.getElementById('plan-data').textContent);
      const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4'];
      const container = document.getElementById('charts');
      for (const b of data.branches) {
        const section = document.createElement('section');
        const heading = document.createElement('h2');
        heading.textContent = b.id;
        section.appendChild(heading);
        const row = document.createElement('div');
        row.className = 'lines';
        section.appendChild(row);
        container.appendChild(section);
        b.lines.forEach((l, k) => {
          const colour = palette[k % palette.length];
          const div = document.createElement('div');
          div.className = 'line';
          row.appendChild(div);
          const top = Math.max(...l.high.filter(v => v !== null), ...l.planned.filter(v => v !== null), 1);
          echarts.init(div, null, { renderer: 'svg' }).setOption({
            animation: false,
            title: { text: l.name, left: 'center', textStyle: { fontSize: 13 } },
            tooltip: {
              trigger: 'axis',
              formatter: params => {
                const i = params[0].dataIndex;
                const t = data.words;
                return l.planned[i] === null ? `${data.months[i]}: ${t.notOpen}`
                  : `${data.months[i]}<br>${t.planned} ${l.planned[i]}<br>${t.needed} ${l.median[i]} (${t.median}) ${t.to} ${l.high[i]} (P${data.level})`;
              }
            },
            grid: { top: 36, left: 32, right: 10, bottom: 24 },
            xAxis: { type: 'category', data: data.months.map(m => m.substring(2)), axisLabel: { fontSize: 10 } },
            yAxis: { type: 'value', min: 0, max: Math.ceil(top + 0.5), minInterval: 1 },
            series: [
              { name: data.words.needed, type: 'line', stack: 'band', data: l.median, symbol: 'none', silent: true,
                lineStyle: { opacity: 0 }, itemStyle: { color: colour } },
              { name: data.words.needed, type: 'line', stack: 'band', symbol: 'none', silent: true,
                data: l.high.map((h, i) => h === null ? null : Math.max(0, h - l.median[i])),
                lineStyle: { opacity: 0 }, itemStyle: { color: colour }, areaStyle: { color: colour, opacity: 0.25 } },
              { name: data.words.planned, type: 'line', step: 'middle', data: l.planned,
                lineStyle: { color: '#222', width: 2 }, itemStyle: { color: '#222' } }
            ]
          });
        });
      }
      """;
}
