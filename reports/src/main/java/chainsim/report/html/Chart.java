package chainsim.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chart of a page: a container and its ECharts option. Functions cannot travel in JSON, so the
 * option names them as strings the page script resolves: {@code "@money"}, {@code "@count"},
 * {@code "@percent"}, {@code "@ratio"}, {@code "@months"}, {@code "@calendar"} for axis labels and
 * value formatters, {@code "@axis:<unit>"} and {@code "@item:<unit>"} for tooltips (see
 * {@code page.js}).
 *
 * @param id unique on the page; the container's {@code data-chart}
 * @param note a sentence under the chart saying how to read it, or null
 */
public record Chart(String id, String title, int heightPx, ObjectNode option, String note) {
  public Chart {
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("chart id must be lower-case words joined by '-': " + id);
    }
  }

  public Chart(String id, String title, int heightPx, ObjectNode option) {
    this(id, title, heightPx, option, null);
  }

  public Chart withNote(String text) {
    return new Chart(id, title, heightPx, option, text);
  }
}
