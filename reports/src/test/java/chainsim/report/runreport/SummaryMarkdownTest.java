package chainsim.report.runreport;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import org.junit.jupiter.api.Test;

/** summary.md: a short table of the headline figures and the five largest risks. */
class SummaryMarkdownTest {
  @Test
  void theSummaryTabulatesHeadlineFiguresAndRisksForAPullRequest() {
    RunReport report = RunReport.of(TestRuns.baseline(), Lang.EN);
    String md = report.markdown();
    Summary s = report.run().summary();
    Numbers en = new Numbers(Lang.EN);
    assertThat(md).startsWith("### chainsim · suzhou-baseline: headline figures\n");
    assertThat(md).contains("| Figure | P50 / chance | P5 – P95 |\n|---|---:|---|\n");
    assertThat(md).contains("| NPV at 10% a year | " + en.money(s.stat("npv").p50()) + " | "
        + en.money(s.stat("npv").p5()) + " – " + en.money(s.stat("npv").p95()) + " |");
    assertThat(md).contains("| P(cash < reserve) | " + en.percent(s.probability("p_cash_below_reserve").p()) + " |");
    assertThat(md).contains("#### Five largest risks").contains("_Rule: ").contains("**What moves NPV most:**");
    long riskRows = md.lines().filter(l -> l.matches("\\| [1-5] \\|.*")).count();
    assertThat(riskRows).isEqualTo(report.risks().size()).isBetween(1L, 5L);
    assertThat(md.lines().count()).isLessThan(40);
  }

  @Test
  void theChineseSummaryWritesMoneyInWan() {
    String md = RunReport.of(TestRuns.baseline(), Lang.ZH).markdown();
    assertThat(md).contains("核心指标").contains("五大风险").contains("万元");
  }
}
