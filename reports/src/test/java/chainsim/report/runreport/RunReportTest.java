package chainsim.report.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report's page and files, from a real run directory of the baseline scenario. */
class RunReportTest {
  static final List<String> CHARTS = List.of("cash-fan", "revenue-channel", "margin-channel", "revenue-product",
      "margin-product", "revenue-region", "margin-region", "costs", "headcount", "clients", "ltv-cac", "breakeven",
      "payback", "plan", "sensitivity");
  static final ObjectMapper JSON = new ObjectMapper();

  static Path run;
  static String html;

  @TempDir Path out;

  @BeforeAll
  static void render() {
    run = TestRuns.baseline();
    html = RunReport.of(run, Lang.ZH).html();
  }

  static JsonNode embeddedData(String page) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"chainsim-data\">(.*?)</script>",
        Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("embedded data").isTrue();
    return JSON.readTree(m.group(1));
  }

  @Test
  void thePageHoldsEveryChartWithItsOptionEmbedded() throws Exception {
    JsonNode data = embeddedData(html);
    for (String id : CHARTS) {
      assertThat(html).contains("data-chart=\"" + id + "\"");
      assertThat(data.path("charts").has(id)).as(id).isTrue();
      assertThat(data.path("charts").path(id).path("series").size()).as(id + " series").isPositive();
    }
    assertThat(data.path("lang").asText()).isEqualTo("zh");
  }

  @Test
  void chartsOverTimeHoverZoomAndToggleTheirSeries() throws Exception {
    JsonNode charts = embeddedData(html).path("charts");
    for (String id : List.of("cash-fan", "revenue-channel", "costs", "headcount", "clients")) {
      JsonNode c = charts.path(id);
      assertThat(c.path("tooltip").path("trigger").asText()).as(id).isEqualTo("axis");
      assertThat(c.path("dataZoom").size()).as(id).isEqualTo(2);
      assertThat(c.has("legend")).as(id).isTrue();
    }
  }

  @Test
  void thePageIsSelfContainedAndAsksTheNetworkForNothing() {
    assertThat(html.contains("default-src 'none'")).as("a Content Security Policy forbidding requests").isTrue();
    String markup = html.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");
    Matcher reference = Pattern.compile("(src|href)=\"([^\"#][^\"]*)\"").matcher(markup);
    assertThat(reference.find() ? reference.group() : "none").as("references outside the page").isEqualTo("none");
    assertThat(html.contains("echarts.init")).as("ECharts inlined").isTrue();
    assertThat(html.length()).isLessThan(2_000_000);
  }

  @Test
  void headlineCardsShowTheFiguresOfSummaryJson() throws Exception {
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    Matcher card = Pattern.compile("data-kpi=\"([^\"]+)\" data-source=\"([^\"]+)\" data-value=\"([^\"]*)\"")
        .matcher(html);
    List<String> keys = new ArrayList<>();
    while (card.find()) {
      keys.add(card.group(1));
      JsonNode n = summary;
      for (String part : card.group(2).split("\\.")) {
        n = n.path(part);
      }
      assertThat(Double.parseDouble(card.group(3))).as(card.group(1)).isEqualTo(n.asDouble());
    }
    assertThat(keys).contains("npv", "peak_funding_need", "p_cash_below_zero", "p_cash_below_reserve",
        "cash_flow_positive_month", "ltv_cac", "p_npv_below_zero");
  }

  @Test
  void theEntitiesTableGivesTheBreakEvenRevenueBesideTheBreakEvenMonth() {
    assertThat(html).contains("盈亏平衡月收入 P50");
    assertThat(RunReport.of(run, Lang.EN).html()).contains("Break-even revenue a month P50");
  }

  @Test
  void englishLabelsAndMoneyFollowTheLanguage() {
    String en = RunReport.of(run, Lang.EN).html();
    assertThat(en).contains("<html lang=\"en\">").contains("Peak funding need").contains("¥");
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("峰值资金需求").contains("万元");
  }

  @Test
  void theSameRunDirectoryGivesTheSameBytes() throws Exception {
    ReportFiles first = RunReport.of(run, Lang.ZH).write(ReportFiles.inRunDirectory(Files.createDirectory(out.resolve("a"))));
    ReportFiles second = RunReport.of(RunData.read(run), Lang.ZH).write(ReportFiles.beside(out.resolve("b/report.html")));
    assertThat(Files.readAllBytes(first.html())).isEqualTo(Files.readAllBytes(second.html()));
    assertThat(Files.readAllBytes(first.workbook())).isEqualTo(Files.readAllBytes(second.workbook()));
    assertThat(Files.readAllBytes(first.markdown())).isEqualTo(Files.readAllBytes(second.markdown()));
    assertThat(Files.readString(first.html(), StandardCharsets.UTF_8)).isEqualTo(html);
    assertThat(second.workbook().getFileName().toString()).isEqualTo("report.xlsx");
    assertThat(second.markdown().getFileName().toString()).isEqualTo("report.md");
  }

  @Test
  void aDirectoryThatIsNotARunIsRefusedInOneLine() throws Exception {
    assertThatThrownBy(() -> RunData.read(out.resolve("missing"))).isInstanceOf(RunDirectoryException.class)
        .hasMessageEndingWith("is not a run directory: no such directory");
    Files.writeString(out.resolve("summary.json"), "{}");
    assertThatThrownBy(() -> RunData.read(out)).isInstanceOf(RunDirectoryException.class)
        .hasMessageContaining("no monthly.csv");
  }

  /** suzhou-direct broke even in only 30% of the replications where it opened, and half of the runs never opened it. */
  static Path rarelyBreaksEven() {
    return chainsim.report.TestRuns.variant(run, "baseline-rarely-breaks-even", summary -> {
      com.fasterxml.jackson.databind.node.ObjectNode e =
          (com.fasterxml.jackson.databind.node.ObjectNode) summary.path("entities").path("suzhou-direct");
      ((com.fasterxml.jackson.databind.node.ObjectNode) e.path("breakeven_month")).put("never_share", 0.7).put("n", 6);
      e.put("opened_share", 0.5);
      ((com.fasterxml.jackson.databind.node.ObjectNode) e.path("company_cumulative_cash")).put("mean", 1_000_000)
          .put("p50", 0);
    });
  }

  @Test
  void aBreakEvenMostOpeningsNeverReachIsGreyedAndSaysTheShareThatDoes() throws Exception {
    JsonNode charts = embeddedData(html).path("charts");
    JsonNode typical = rangeOf(charts.path("breakeven"), "suzhou-direct");
    assertThat(typical.path("label").asText()).startsWith("达到 ");
    String rare = RunReport.of(rarelyBreaksEven(), Lang.EN).html();
    JsonNode breakeven = embeddedData(rare).path("charts").path("breakeven");
    JsonNode row = rangeOf(breakeven, "suzhou-direct");
    assertThat(row.path("label").asText()).isEqualTo("reached 30.0% (6 replications)");
    assertThat(row.path("itemStyle").path("color").asText()).isEqualTo("#9AA5B1");
    JsonNode median = breakeven.path("series").get(4).path("data").get(0);
    assertThat(median.path("symbol").asText()).isEqualTo("emptyDiamond");
    assertThat(median.path("lines").toString()).contains("Got there: 30.0% of the openings (6 replications)");
    // the table gives the share first, then the months of those that got there
    assertThat(rare).contains("<th class=\"num\">Breaks even (of openings)</th><th class=\"num\">Break-even P50 (of those"
        + " reaching it)</th>");
    assertThat(rare).containsPattern("<td>suzhou-direct</td>(<td>[^<]*</td>){3}<td class=\"num\">50.0%</td>"
        + "<td class=\"num\">30.0%</td>");
  }

  @Test
  void cumulativeCashIsTheMeanOfTheReplicationsWhereItOpened() {
    String rare = RunReport.of(rarelyBreaksEven(), Lang.EN).html();
    assertThat(rare).contains("Company cumulative cash, mean when opened");
    // 1,000,000 over all replications, half of which never opened it: 2,000,000 when it opened
    assertThat(rare).containsPattern("<td>suzhou-direct</td>.*<td class=\"num\">¥2M</td></tr>");
  }

  @Test
  void theChineseEventsTableTellsItsExamplesInChinese() {
    String events = html.substring(html.indexOf("data-table=\"事件\""));
    events = events.substring(0, events.indexOf("</table>"));
    assertThat(events).doesNotContain("below reserve").doesNotContain("recall campaigns")
        .doesNotContain("orders cancelled").doesNotContain("not cash-flow positive");
    assertThat(events).contains("次召回");
  }

  @Test
  void theTornadoSaysHowManyInputsItShows() throws Exception {
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    int varied = 0;
    for (JsonNode p : summary.path("sensitivity").path("parameters")) {
      if (p.path("rank_correlation").isNumber()) {
        varied++;
      }
    }
    int shown = Math.min(RunCharts.TORNADO_BARS, varied);
    JsonNode tornado = embeddedData(html).path("charts").path("sensitivity");
    assertThat(tornado.path("yAxis").path("data").size()).isEqualTo(shown);
    assertThat(html).contains(shown < varied ? "显示 " + varied + " 个有变化的输入中影响最大的 " + shown + " 个"
        : "显示全部 " + shown + " 个有变化的输入");
  }

  /** The segment of a branch's range right of P75, which carries its colour and the label after it. */
  static JsonNode rangeOf(JsonNode chart, String name) {
    JsonNode names = chart.path("yAxis").path("data");
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).asText().equals(name)) {
        return chart.path("series").get(3).path("data").get(i);
      }
    }
    throw new AssertionError(name + " not in the chart");
  }
}
