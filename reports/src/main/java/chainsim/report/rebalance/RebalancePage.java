package chainsim.report.rebalance;

import chainsim.report.html.HtmlPage;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;

/** {@code rebalance.html}: the rebalance on one self-contained page, with the old and new cash fans. */
public final class RebalancePage {
  public static final String FILE = "rebalance.html";

  private RebalancePage() {}

  public static String render(RebalanceDocument doc, Lang lang, String generator) {
    Labels labels = Labels.of(lang).with(RebalanceMarkdown.class, "labels");
    Numbers numbers = new Numbers(lang);
    RebalanceTables tables = new RebalanceTables(doc, labels, numbers);
    HtmlPage page = new HtmlPage(labels, labels.format("page.title", doc.scenario(), doc.asOf()), generator);
    page.subtitle(labels.format("page.lead", doc.asOf(), doc.command()));
    HtmlPage.Section summary = page.section("summary", labels.get("section.summary")).paragraph(tables.summary());
    if (doc.comparison() == null) {
      summary.note(labels.get("summary.no_previous"));
    }
    HtmlPage.Section plan = page.section("plan", labels.get("section.plan")).table(tables.changes())
        .table(tables.planInForce());
    if (doc.expansionSummary() != null) {
      plan.code(doc.expansionSummary().strip());
    }
    HtmlPage.Section staffing = page.section("staffing", labels.get("section.staffing"));
    if (doc.staffing() == null) {
      staffing.paragraph(labels.format("staffing.none", doc.staffingSkipped()));
    } else {
      staffing.paragraph(tables.staffingLine()).table(tables.staffing());
    }
    if (doc.comparison() != null) {
      page.section("headline", labels.get("section.headline")).table(doc.comparison().deltaFigures());
      page.section("cash", labels.get("section.cash")).chart(doc.comparison().cashFans());
    }
    if (doc.forecastCheck() != null) {
      doc.forecastCheck().accept(page.section("forecast", labels.get("section.forecast")));
    }
    HtmlPage.Section calibration = page.section("calibration", labels.get("section.calibration"));
    if (doc.calibrated().isEmpty()) {
      calibration.paragraph(labels.get("calibration.none"));
    } else {
      calibration.table(tables.calibration());
    }
    if (!doc.notCalibrated().isEmpty()) {
      calibration.table(tables.notCalibrated());
    }
    if (!doc.notes().isEmpty()) {
      HtmlPage.Section notes = page.section("notes", labels.get("section.notes"));
      doc.notes().forEach(notes::paragraph);
    }
    return page.render();
  }
}
