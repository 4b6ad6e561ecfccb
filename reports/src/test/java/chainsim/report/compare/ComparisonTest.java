package chainsim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import chainsim.report.runreport.RunData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The baseline with the chain and suzhou-direct one month earlier, and P(cash < reserve) 7.5 points higher. */
  static RunData earlier() {
    return RunData.read(TestRuns.variant(TestRuns.baseline(), "baseline-earlier", summary -> {
      ObjectNode positive = (ObjectNode) summary.path("headline").path("cash_flow_positive_month");
      positive.put("p50", positive.path("p50").asDouble() - 1);
      ObjectNode breakeven = (ObjectNode) summary.path("entities").path("suzhou-direct").path("breakeven_month");
      breakeven.put("p50", breakeven.path("p50").asDouble() - 1);
      ObjectNode reserve = (ObjectNode) summary.path("headline").path("p_cash_below_reserve");
      reserve.put("probability", reserve.path("probability").asDouble() + 0.075);
    }));
  }

  @Test
  void aMonthEarlierReadsAsMinusOneMonthInThePageAndTheMarkdown() {
    Comparison en = Comparison.of(baseline, earlier(), Lang.EN);
    String md = en.markdown();
    assertThat(md).containsPattern("\\| Chain cash-flow positive month P50 \\| month \\d+ \\| month \\d+ \\| -1 mo \\|");
    assertThat(md).containsPattern("\\| suzhou-direct \\|.*\\| -1 mo \\|");
    assertThat(en.html()).contains("<td class=\"num\">-1 mo</td>");
    Comparison zh = Comparison.of(baseline, earlier(), Lang.ZH);
    assertThat(zh.markdown()).containsPattern("\\| 连锁现金流转正月份 P50 \\| 第\\d+月 \\| 第\\d+月 \\| -1个月 \\|")
        .containsPattern("\\| suzhou-direct \\|.*\\| -1个月 \\|");
    assertThat(zh.html()).contains("<td class=\"num\">-1个月</td>");
    // and the other way round it is a month later
    assertThat(Comparison.of(earlier(), baseline, Lang.EN).markdown())
        .containsPattern("\\| Chain cash-flow positive month P50 \\| month \\d+ \\| month \\d+ \\| \\+1 mo \\|");
  }

  @Test
  void changesOfProbabilitiesReadInPercentagePoints() {
    String en = Comparison.of(baseline, earlier(), Lang.EN).markdown();
    assertThat(en).containsPattern("\\| P\\(cash < reserve\\) \\| [0-9.]+% \\| [0-9.]+% \\| \\+7\\.5 pp \\|");
    assertThat(en).doesNotContainPattern("\\| [+-][0-9.]+% \\| [+-]?[0-9.]+% \\|");
    String zh = Comparison.of(baseline, earlier(), Lang.ZH).html();
    assertThat(zh).contains("<td class=\"num\">+7.5个百分点</td>");
  }

  @Test
  void differentHorizonsAreFlaggedAndEachReserveSpansItsOwnMonths() throws Exception {
    RunData longer = RunData.read(TestRuns.variant(TestRuns.baseline(), "baseline-48-months", summary -> {
      summary.put("months", 48);
      summary.put("reserve", summary.path("reserve").asDouble() * 2);
    }));
    Comparison same = Comparison.of(baseline, agent, Lang.EN);
    assertThat(same.horizonsDiffer()).isFalse();
    assertThat(same.markdown()).doesNotContain("Not like-for-like");
    assertThat(same.html()).doesNotContain("class=\"warning\"");

    Comparison c = Comparison.of(baseline, longer, Lang.EN);
    assertThat(c.horizonsDiffer()).isTrue();
    assertThat(c.markdown()).contains("> **Not like-for-like:** A covers 36 months from 2027-01, B 48 months from 2027-01.");
    String html = c.html();
    assertThat(html).contains("<p class=\"warning\" role=\"note\"><strong>Not like-for-like:</strong> A covers 36 months");
    assertThat(Comparison.of(baseline, longer, Lang.ZH).markdown()).contains("口径不一致").contains("B 覆盖自 2027-01 起 48 个月");

    JsonNode fans = embeddedData(html).path("charts").path("cash-fans");
    JsonNode reserveA = null;
    JsonNode reserveB = null;
    for (JsonNode s : fans.path("series")) {
      if (s.path("name").asText().equals("Reserve A")) {
        reserveA = s.path("data");
      } else if (s.path("name").asText().equals("Reserve B")) {
        reserveB = s.path("data");
      }
    }
    assertThat(reserveA).as("A's reserve").isNotNull();
    assertThat(reserveB).as("B's reserve").isNotNull();
    assertThat(reserveA.size()).isEqualTo(48);
    assertThat(reserveA.get(35).asDouble()).isEqualTo(baseline.summary().reserve());
    assertThat(reserveA.get(36).isNull()).as("A's reserve after A's 36 months").isTrue();
    assertThat(reserveB.get(47).asDouble()).isEqualTo(2 * baseline.summary().reserve());
  }

  static JsonNode embeddedData(String page) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"chainsim-data\">(.*?)</script>",
        Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("embedded data").isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }
}
