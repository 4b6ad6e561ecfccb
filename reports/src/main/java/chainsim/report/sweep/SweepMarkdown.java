package chainsim.report.sweep;

import chainsim.report.html.Labels;
import chainsim.report.table.MarkdownTables;

/** The sweep as a pull-request comment: what was varied, the common seed, a row per variant. */
final class SweepMarkdown {
  private SweepMarkdown() {}

  static String render(SweepComparison c) {
    Labels labels = c.labels();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(MarkdownTables.escape(labels.format("page.title", c.scenario()))).append("\n\n");
    out.append(MarkdownTables.escape(labels.format("page.run", c.rows().size(), c.numbers().count(c.replications()),
        c.seed()))).append("\n\n");
    out.append(MarkdownTables.render(c.table(), c.numbers())).append('\n');
    out.append('_').append(MarkdownTables.escape(labels.get("note.table"))).append("_\n\n");
    out.append(MarkdownTables.escape(labels.get("note.directories"))).append('\n');
    for (int i = 0; i < c.rows().size(); i++) {
      out.append("- ").append(i + 1).append(": `").append(c.rows().get(i).variant().name()).append("/`\n");
    }
    return out.toString();
  }
}
