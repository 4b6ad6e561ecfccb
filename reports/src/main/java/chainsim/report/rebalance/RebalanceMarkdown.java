package chainsim.report.rebalance;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import chainsim.report.table.MarkdownTables;

/** {@code rebalance.md}: the pull request's description of a monthly rebalance. */
public final class RebalanceMarkdown {
  public static final String FILE = "rebalance.md";

  private RebalanceMarkdown() {}

  public static String render(RebalanceDocument doc, Lang lang) {
    Labels labels = Labels.of(lang).with(RebalanceMarkdown.class, "labels");
    Numbers numbers = new Numbers(lang);
    RebalanceTables tables = new RebalanceTables(doc, labels, numbers);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownTables.escape(labels.format("page.title", doc.scenario(), doc.asOf())))
        .append("\n\n");
    out.append(MarkdownTables.escape(labels.format("page.lead", doc.asOf(), "`" + doc.command() + "`")))
        .append("\n\n");

    out.append("## ").append(labels.get("section.summary")).append("\n\n");
    out.append("- ").append(MarkdownTables.escape(tables.summary())).append('\n');
    if (doc.comparison() == null) {
      out.append("- ").append(MarkdownTables.escape(labels.get("summary.no_previous"))).append('\n');
    }
    out.append('\n');

    out.append("## ").append(labels.get("section.plan")).append("\n\n");
    out.append(MarkdownTables.render(tables.changes(), numbers)).append('\n');
    out.append("### ").append(labels.get("plan.status")).append("\n\n");
    out.append(MarkdownTables.render(tables.planInForce(), numbers)).append('\n');
    if (doc.expansionSummary() != null) {
      out.append("### ").append(labels.get("plan.why")).append("\n\n").append(doc.expansionSummary().strip())
          .append("\n\n");
    }

    out.append("## ").append(labels.get("section.staffing")).append("\n\n");
    if (doc.staffing() == null) {
      out.append(MarkdownTables.escape(labels.format("staffing.none", doc.staffingSkipped()))).append("\n\n");
    } else {
      out.append(MarkdownTables.escape(tables.staffingLine())).append("\n\n");
      out.append(MarkdownTables.render(tables.staffing(), numbers)).append('\n');
    }

    if (doc.comparison() != null) {
      out.append("## ").append(labels.get("section.headline")).append("\n\n");
      out.append(MarkdownTables.render(doc.comparison().deltaFigures(), doc.comparison().numberFormat())).append('\n');
    }
    if (doc.forecastCheckMarkdown() != null) {
      out.append("## ").append(labels.get("section.forecast")).append("\n\n");
      out.append(doc.forecastCheckMarkdown().strip()).append("\n\n");
    }

    out.append("## ").append(labels.get("section.calibration")).append("\n\n");
    if (doc.calibrated().isEmpty()) {
      out.append(labels.get("calibration.none")).append("\n\n");
    } else {
      out.append(MarkdownTables.render(tables.calibration(), numbers)).append('\n');
    }
    if (!doc.notCalibrated().isEmpty()) {
      out.append("### ").append(labels.get("calibration.not")).append("\n\n");
      out.append(MarkdownTables.render(tables.notCalibrated(), numbers)).append('\n');
    }
    if (!doc.notes().isEmpty()) {
      out.append("## ").append(labels.get("section.notes")).append("\n\n");
      doc.notes().forEach(n -> out.append("- ").append(MarkdownTables.escape(n)).append('\n'));
    }
    return out.toString();
  }
}
