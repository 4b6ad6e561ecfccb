package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import chainsim.report.table.MarkdownTables;
import chainsim.report.table.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code summary.md}: the headline figures and the five largest risks, short enough for a
 * pull-request comment.
 */
final class RunMarkdown {
  /** Drivers of NPV named under the risks. */
  static final int DRIVERS = 3;

  private RunMarkdown() {}

  static String render(RunReport report) {
    RunData run = report.run();
    Labels labels = report.labels();
    Numbers numbers = report.numbers();
    Summary s = run.summary();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(MarkdownTables.escape(labels.format("md.title", s.scenario()))).append("\n\n");
    out.append(MarkdownTables.escape(labels.format("page.subtitle", numbers.count(s.replications()), s.seed(),
        s.months(), s.start()))).append(" · chainsim ").append(MarkdownTables.escape(run.chainsimVersion()))
        .append("\n\n");
    Table kpis = Table.of("kpis", labels.get("col.figure"), Kind.TEXT, labels.get("md.value"), Kind.NUMBER,
        "P5 – P95", Kind.TEXT);
    for (KeyFigures.Figure f : report.keyFigures()) {
      String range = Double.isFinite(f.low()) || Double.isFinite(f.high())
          ? f.kind().format(f.low(), numbers) + " – " + f.kind().format(f.high(), numbers) : "";
      kpis.row(f.label(), new Table.Typed(f.value(), f.kind()), range);
    }
    out.append(MarkdownTables.render(kpis, numbers)).append('\n');
    out.append("#### ").append(labels.get("md.risks")).append("\n\n");
    if (report.risks().isEmpty()) {
      out.append(labels.get("md.no_risks")).append("\n\n");
    } else {
      out.append(MarkdownTables.render(report.tables().risks(report.risks()), numbers)).append('\n');
    }
    out.append('_').append(MarkdownTables.escape(labels.get("risk.rule"))).append("_\n");
    List<Summary.Sensitivity> drivers = new ArrayList<>(s.sensitivity());
    drivers.sort(Comparator.comparingDouble(d -> -Math.abs(d.rankCorrelation())));
    if (!drivers.isEmpty()) {
      List<String> named = new ArrayList<>();
      for (Summary.Sensitivity d : drivers.subList(0, Math.min(DRIVERS, drivers.size()))) {
        String rho = (d.rankCorrelation() >= 0 ? "+" : "") + numbers.plain(d.rankCorrelation());
        named.add(MarkdownTables.escape(report.names().parameter(d.parameter())) + " (ρ " + rho + ")");
      }
      out.append("\n**").append(labels.get("md.drivers")).append("** ").append(String.join(", ", named))
          .append('\n');
    }
    return out.toString();
  }
}
