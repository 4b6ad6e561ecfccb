package chainsim.report.html;

import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One self-contained HTML page: a header, sections of KPI cards, charts and tables, the data
 * embedded as JSON, ECharts and the page script inlined. It loads nothing: a Content Security
 * Policy forbids every request, so the page works offline and can be mailed or committed.
 *
 * <p>Rendering is deterministic: the same calls give the same bytes (no clock, no random ids).
 *
 * <pre>{@code
 * HtmlPage page = new HtmlPage(labels, "Expansion plan", "chainsim 0.1.0");
 * page.section("kpi", "Headline").kpis(cards);
 * page.section("cash", "Cash").chart(new Chart("cash-fan", "Cash balance", 360, option));
 * Files.writeString(file, page.render());
 * }</pre>
 */
public final class HtmlPage {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Nothing may be fetched: scripts and styles are inline, images are generated. */
  private static final String CSP =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:;"
          + " font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";

  /** Table cells with more characters than this may wrap; shorter ones stay on one line. */
  private static final int WRAP_CHARS = 32;

  private final Labels labels;
  private final Numbers numbers;
  private final String title;
  private final String generator;
  private String subtitle;
  private final List<String> footer = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final ObjectNode data = JsonNodeFactory.instance.objectNode();
  private final ObjectNode charts = JsonNodeFactory.instance.objectNode();
  private final Set<String> ids = new LinkedHashSet<>();

  /**
   * @param generator what made the page, e.g. {@code chainsim 0.1.0} (a meta element)
   */
  public HtmlPage(Labels labels, String title, String generator) {
    this.labels = labels;
    this.numbers = new Numbers(labels.lang());
    this.title = title;
    this.generator = generator;
    data.put("lang", labels.lang().code());
    data.set("words", JSON.valueToTree(labels.withPrefix("js.")));
  }

  public Numbers numbers() {
    return numbers;
  }

  public Labels labels() {
    return labels;
  }

  public HtmlPage subtitle(String text) {
    this.subtitle = text;
    return this;
  }

  /** A line of the footer (provenance, notes). */
  public HtmlPage footer(String text) {
    footer.add(text);
    return this;
  }

  /**
   * The calendar labels of month indices 1..n, for the {@code "@calendar"} formatter of value
   * axes that count months.
   */
  public HtmlPage calendar(List<String> months) {
    data.set("calendar", JSON.valueToTree(months));
    return this;
  }

  /** Extra data embedded in the page, under {@code key} of the JSON in {@code #chainsim-data}. */
  public HtmlPage data(String key, JsonNode value) {
    if (key.equals("charts") || key.equals("lang") || key.equals("words")) {
      throw new IllegalArgumentException("reserved data key " + key);
    }
    data.set(key, value);
    return this;
  }

  /** A new section, listed in the page's table of contents. */
  public Section section(String id, String heading) {
    claim(id);
    Section s = new Section(id, heading);
    sections.add(s);
    return s;
  }

  private void claim(String id) {
    if (!ids.add(id)) {
      throw new IllegalArgumentException("duplicate id on the page: " + id);
    }
  }

  /** A section of the page. Blocks appear in the order added. */
  public final class Section {
    private final String id;
    private final String heading;
    private final StringBuilder body = new StringBuilder();

    private Section(String id, String heading) {
      this.id = id;
      this.heading = heading;
    }

    public Section paragraph(String text) {
      body.append("<p>").append(Html.escape(text)).append("</p>\n");
      return this;
    }

    /** A small note, e.g. how a figure is computed. */
    public Section note(String text) {
      body.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
      return this;
    }

    /** A warning the reader must not miss (e.g. two runs that are not like-for-like), set off in colour. */
    public Section warning(String title, String text) {
      body.append("<p class=\"warning\" role=\"note\"><strong>").append(Html.escape(title)).append("</strong> ")
          .append(Html.escape(text)).append("</p>\n");
      return this;
    }

    public Section kpis(List<Kpi> cards) {
      body.append("<div class=\"kpis\">\n");
      for (Kpi k : cards) {
        body.append("<div class=\"kpi").append(k.tone() == null ? "" : " " + k.tone().css())
            .append("\" data-kpi=\"").append(Html.escape(k.key()))
            .append("\" data-source=\"").append(Html.escape(k.source()))
            .append("\" data-value=\"").append(Html.escape(k.raw())).append("\">")
            .append("<div class=\"kpi-label\">").append(Html.escape(k.label())).append("</div>")
            .append("<div class=\"kpi-value\">").append(Html.escape(k.value())).append("</div>")
            .append("<div class=\"kpi-detail\">").append(Html.escape(k.detail())).append("</div>")
            .append("</div>\n");
      }
      body.append("</div>\n");
      return this;
    }

    /** Charts side by side (one per row on narrow screens). */
    public Section charts(Chart... row) {
      body.append("<div class=\"row cols-").append(row.length).append("\">\n");
      for (Chart c : row) {
        claim("chart-" + c.id());
        charts.set(c.id(), c.option());
        body.append("<figure class=\"figure\">")
            .append("<figcaption>").append(Html.escape(c.title())).append("</figcaption>")
            .append("<div class=\"chart\" id=\"chart-").append(c.id()).append("\" data-chart=\"").append(c.id())
            .append("\" style=\"height:").append(c.heightPx()).append("px\"></div>");
        if (c.note() != null) {
          body.append("<p class=\"note\">").append(Html.escape(c.note())).append("</p>");
        }
        body.append("</figure>\n");
      }
      body.append("</div>\n");
      return this;
    }

    public Section chart(Chart chart) {
      return charts(chart);
    }

    /** A table, numbers formatted for the page's reader and aligned right. */
    public Section table(Table table) {
      body.append("<div class=\"table-wrap\"><table data-table=\"").append(Html.escape(table.name()))
          .append("\">\n<thead><tr>");
      for (Table.Column c : table.columns()) {
        body.append(c.kind().numeric() ? "<th class=\"num\">" : "<th>").append(Html.escape(c.header()))
            .append("</th>");
      }
      body.append("</tr></thead>\n<tbody>\n");
      for (List<Object> row : table.rows()) {
        body.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          Kind kind = table.columns().get(i).kind();
          String text = kind.format(row.get(i), numbers);
          // short text keeps to one line (an id, a region); long text (an example, a path) wraps
          body.append(kind.numeric() ? "<td class=\"num\">" : text.length() > WRAP_CHARS ? "<td class=\"wrap\">" : "<td>")
              .append(Html.escape(text)).append("</td>");
        }
        body.append("</tr>\n");
      }
      if (table.isEmpty()) {
        body.append("<tr><td class=\"empty\" colspan=\"").append(table.columns().size()).append("\">")
            .append(Html.escape(labels.get("table.empty"))).append("</td></tr>\n");
      }
      body.append("</tbody></table></div>\n");
      return this;
    }

    /** A grid of coloured cells (see {@link Grid}); the page stays usable without its script. */
    public Section grid(Grid grid) {
      body.append("<div class=\"grid-wrap\"><table class=\"grid\" data-grid=\"").append(Html.escape(grid.name()))
          .append("\">\n<thead><tr><th class=\"grid-corner\">").append(Html.escape(grid.corner())).append("</th>");
      for (Grid.Cell c : grid.columns()) {
        gridCell(c, "th");
      }
      body.append("</tr></thead>\n<tbody>\n");
      for (Grid.Row r : grid.rows()) {
        body.append(r.css() == null ? "<tr>" : "<tr class=\"" + Html.escape(r.css()) + "\">");
        gridCell(r.head(), "th");
        r.cells().forEach(c -> gridCell(c, "td"));
        body.append("</tr>\n");
      }
      body.append("</tbody></table></div>\n");
      return this;
    }

    private void gridCell(Grid.Cell c, String tag) {
      body.append('<').append(tag);
      if (c.css() != null) {
        body.append(" class=\"").append(Html.escape(c.css())).append('"');
      }
      if (c.colour() != null) {
        body.append(" style=\"background:").append(c.colour()).append('"');
      }
      if (c.title() != null) {
        body.append(" title=\"").append(Html.escape(c.title())).append('"');
      }
      if (c.data() != null) {
        body.append(" data-cell=\"").append(Html.escape(c.data())).append('"');
      }
      body.append('>').append(Html.escape(c.text())).append("</").append(tag).append('>');
    }

    /** Preformatted text (a command line, a hash). */
    public Section code(String text) {
      body.append("<pre>").append(Html.escape(text)).append("</pre>\n");
      return this;
    }
  }

  /** The whole page. */
  public String render() {
    data.set("charts", charts);
    StringBuilder out = new StringBuilder(EchartsBundle.script().length() + 200_000);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang().htmlTag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.escape(generator)).append("\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(resource("page.css")).append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"page-head\"><h1>").append(Html.escape(title)).append("</h1>");
    if (subtitle != null) {
      out.append("<p class=\"subtitle\">").append(Html.escape(subtitle)).append("</p>");
    }
    out.append("</header>\n<nav class=\"toc\"><ul>");
    for (Section s : sections) {
      out.append("<li><a href=\"#").append(s.id).append("\">").append(Html.escape(s.heading)).append("</a></li>");
    }
    out.append("</ul></nav>\n<main>\n");
    for (Section s : sections) {
      out.append("<section id=\"").append(s.id).append("\">\n<h2>").append(Html.escape(s.heading)).append("</h2>\n")
          .append(s.body).append("</section>\n");
    }
    out.append("</main>\n<footer>\n");
    for (String line : footer) {
      out.append("<p>").append(Html.escape(line)).append("</p>\n");
    }
    out.append("<p>").append(Html.escape(labels.format("page.echarts", EchartsBundle.VERSION))).append("</p>\n")
        .append("</footer>\n");
    out.append("<script type=\"application/json\" id=\"chainsim-data\">").append(Html.scriptSafeJson(json(data)))
        .append("</script>\n");
    out.append("<script>\n").append(EchartsBundle.script()).append("\n</script>\n");
    out.append("<script>\n").append(resource("page.js")).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
