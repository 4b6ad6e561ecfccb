package chainsim.report.compare;

import chainsim.report.html.Labels;
import chainsim.report.runreport.RunData;
import chainsim.report.runreport.Summary;
import chainsim.report.table.MarkdownTables;

/** The comparison as a pull-request comment: both runs named, the deltas, break-even per branch. */
final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  static String render(Comparison c) {
    Labels labels = c.labels();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(MarkdownTables.escape(labels.format("page.title", c.a().summary().scenario(),
        c.b().summary().scenario()))).append("\n\n");
    side(out, c, c.nameA(), c.a());
    side(out, c, c.nameB(), c.b());
    if (c.horizonWarning() != null) {
      out.append("\n> **").append(MarkdownTables.escape(labels.get("warning.title"))).append("** ")
          .append(MarkdownTables.escape(c.horizonWarning())).append('\n');
    }
    out.append('\n').append(MarkdownTables.render(c.deltaTable(), c.numbers())).append('\n');
    out.append('_').append(MarkdownTables.escape(labels.get("note.deltas"))).append("_\n\n");
    out.append("#### ").append(labels.get("section.breakeven")).append("\n\n");
    out.append(MarkdownTables.render(c.breakevenTable(), c.numbers()));
    return out.toString();
  }

  private static void side(StringBuilder out, Comparison c, String name, RunData run) {
    Summary s = run.summary();
    out.append("- **").append(MarkdownTables.escape(name)).append("**: ")
        .append(MarkdownTables.escape(c.labels().format("page.run", c.numbers().count(s.replications()), s.seed(),
            s.months(), s.start()))).append('\n');
  }
}
