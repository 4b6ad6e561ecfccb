package chainsim.report.runreport;

import chainsim.report.html.HtmlPage;
import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The run report a director opens: headline cards, the cash fan, revenue and margin, costs,
 * people, clients, break-even, the plan, sensitivity, events, risks, assumptions and the manifest,
 * in one self-contained page.
 */
final class RunReportPage {
  private RunReportPage() {}

  static String render(RunReport report) {
    RunData run = report.run();
    Labels labels = report.labels();
    Numbers numbers = report.numbers();
    Summary s = run.summary();
    String title = labels.format("page.title", s.scenario());
    HtmlPage page = new HtmlPage(labels, title, "chainsim " + run.chainsimVersion());
    String description = run.scenario().description() == null ? "" : run.scenario().description() + " · ";
    page.subtitle(description + labels.format("page.subtitle", numbers.count(s.replications()), s.seed(), s.months(),
        s.start()));
    List<String> calendarToEnd = new ArrayList<>(run.monthly().calendar());
    calendarToEnd.add(java.time.YearMonth.parse(s.start()).plusMonths(s.months()).toString());
    page.calendar(calendarToEnd);

    RunCharts charts = new RunCharts(run, report.names(), numbers);
    RunTables tables = report.tables();

    page.section("headline", labels.get("section.headline"))
        .kpis(report.keyFigures().stream().map(f -> f.card(numbers)).toList())
        .note(labels.format("note.headline", numbers.count(s.replications())));
    page.section("cash", labels.get("section.cash")).chart(charts.cashFan());
    page.section("revenue", labels.get("section.revenue"))
        .charts(charts.breakdown("revenue", "channel"), charts.breakdown("margin", "channel"))
        .charts(charts.breakdown("revenue", "product"), charts.breakdown("margin", "product"))
        .charts(charts.breakdown("revenue", "region"), charts.breakdown("margin", "region"))
        .note(labels.get("note.means_stacked"));
    page.section("costs", labels.get("section.costs")).chart(charts.costs());
    page.section("people", labels.get("section.people")).chart(charts.headcount());
    page.section("clients", labels.get("section.clients")).charts(charts.clients(), charts.ltvCac())
        .table(tables.milestones());
    page.section("breakeven", labels.get("section.breakeven")).charts(charts.breakeven(false), charts.breakeven(true))
        .table(tables.entities()).note(labels.get("note.entities"));
    page.section("plan", labels.get("section.plan")).chart(charts.plan()).table(tables.plan());
    page.section("sensitivity", labels.get("section.sensitivity")).chart(charts.tornado());
    page.section("risks", labels.get("section.risks")).table(tables.risks(report.risks()))
        .note(labels.get("risk.rule"));
    page.section("events", labels.get("section.events")).table(tables.events()).note(labels.get("note.events"))
        .table(tables.operations());
    page.section("assumptions", labels.get("section.assumptions")).table(report.assumptions().framing())
        .table(report.assumptions().uncertainInputs(s.sensitivity()));
    page.section("manifest", labels.get("section.manifest")).table(tables.manifest());
    page.footer(labels.format("page.footer", run.chainsimVersion(), run.manifest().path("scenario").path("sha256")
        .asText()));
    return page.render();
  }
}
