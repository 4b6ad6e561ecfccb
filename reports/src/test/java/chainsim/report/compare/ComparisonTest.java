package chainsim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import chainsim.report.runreport.RunData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline (A) against the agent comparator (B), from real run directories. */
class ComparisonTest {
  static RunData baseline;
  static RunData agent;

  @TempDir Path out;

  @BeforeAll
  static void read() {
    baseline = RunData.read(TestRuns.baseline());
    agent = RunData.read(TestRuns.agentComparator());
  }

  @Test
  void deltasAreBMinusAAndRelativeToA() {
    Comparison c = Comparison.of(baseline, agent, Lang.EN);
    Comparison.Delta npv = c.deltas().stream().filter(d -> d.key().equals("npv.p50")).findFirst().orElseThrow();
    double a = baseline.summary().stat("npv").p50();
    double b = agent.summary().stat("npv").p50();
    assertThat(npv.a()).isEqualTo(a);
    assertThat(npv.b()).isEqualTo(b);
    assertThat(npv.absolute()).isEqualTo(b - a);
    assertThat(npv.relative()).isEqualTo((b - a) / Math.abs(a));
    assertThat(c.deltas()).extracting(Comparison.Delta::key).contains("peak_funding_need.p50", "p_cash_below_zero",
        "p_cash_below_reserve", "cash_flow_positive_month.p50", "ltv_cac.p50");
  }

  @Test
  void aRunComparedWithItselfChangesNothing() {
    Comparison c = Comparison.of(baseline, baseline, Lang.EN);
    assertThat(c.deltas()).allSatisfy(d -> {
      if (Double.isFinite(d.a())) {
        assertThat(d.absolute()).as(d.key()).isZero();
      }
    });
  }

  @Test
  void thePageOverlaysBothFansAndTheMarkdownTabulatesTheChange() throws Exception {
    Comparison c = Comparison.of(baseline, agent, Lang.EN);
    Path md = c.write(out.resolve("compare.html"));
    String html = Files.readString(out.resolve("compare.html"));
    assertThat(html).contains("data-chart=\"cash-fans\"").contains("data-chart=\"breakeven-compared\"")
        .contains("A · suzhou-baseline").contains("B · suzhou-agent-comparator");
    String markdown = Files.readString(md);
    assertThat(md.getFileName().toString()).isEqualTo("compare.md");
    assertThat(markdown).startsWith("### Scenario comparison: suzhou-baseline (A) → suzhou-agent-comparator (B)")
        .contains("| Figure | A | B | Change | Relative change |")
        .contains("| suzhou-direct |").contains("| suzhou-agent |").contains("(not in this run)");
    assertThat(c.html()).isEqualTo(html);
  }
}
