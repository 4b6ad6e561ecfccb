package chainsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.compare.Comparison;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import chainsim.report.runreport.ReportFiles;
import chainsim.report.runreport.RunData;
import chainsim.report.runreport.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reports as a reader sees them, in both languages: opened from disk in a headless Chromium
 * with the network unused, every chart drawn, nothing logged as an error, the headline cards showing
 * summary.json, the contents' links landing on their headings. Screenshots (run report and
 * comparison, zh and en) go to {@code target/screenshots}.
 */
class ReportInBrowserTest {
  static final Path WORK = Path.of("target", "browser-test");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final ObjectMapper JSON = new ObjectMapper();
  /** Amounts around every unit boundary and rounding edge of both languages. */
  static final double[] AMOUNTS = {0, 5, 812, 999.4, 999.6, 1234, 8288, 9999.6, 12345, 18663, 99_995, 866_366,
      1_866_366, 22_804_042, 99_994_999, 99_996_000, 123_456_789, 287_800_000, 999_996, 2.5e9, -6_402_456, -0.3};

  static HeadlessChromium chromium;
  static final Map<Lang, Path> REPORTS = new EnumMap<>(Lang.class);
  static final Map<Lang, Path> COMPARISONS = new EnumMap<>(Lang.class);

  @BeforeAll
  static void start() throws Exception {
    for (Lang lang : Lang.values()) {
      REPORTS.put(lang, RunReport.of(TestRuns.baseline(), lang)
          .write(ReportFiles.beside(WORK.resolve("baseline-" + lang.code() + ".html"))).html());
      Path comparison = WORK.resolve("compare-" + lang.code() + ".html");
      Comparison.of(RunData.read(TestRuns.baseline()), RunData.read(TestRuns.agentComparator()), lang)
          .write(comparison);
      COMPARISONS.put(lang, comparison);
    }
    chromium = HeadlessChromium.start(WORK.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Opens a page and waits until every chart container has drawn pixels on its canvas (or holds an SVG). */
  static void openAndWaitForCharts(Path page) {
    chromium.open(page);
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(60)).until(d -> blankCharts().isEmpty());
  }

  @SuppressWarnings("unchecked")
  static List<String> blankCharts() {
    return (List<String>) chromium.script(String.join("\n",
        "if (!document.body || !document.body.hasAttribute('data-charts-rendered')) return ['(not rendered yet)'];",
        "return Array.from(document.querySelectorAll('.chart[data-chart]')).filter(function (el) {",
        "  if (el.querySelector('svg')) return false;",
        "  var c = el.querySelector('canvas');",
        "  if (!c || c.width === 0 || c.height === 0) return true;",
        "  var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;",
        "  for (var i = 3; i < px.length; i += 64) { if (px[i] !== 0) return false; }",
        "  return true;",
        "}).map(function (el) { return el.getAttribute('data-chart'); });"));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theRunReportDrawsEveryChartOfflineWithoutAnError(Lang lang) throws Exception {
    openAndWaitForCharts(REPORTS.get(lang));
    List<WebElement> charts = chromium.driver().findElements(By.cssSelector(".chart[data-chart]"));
    assertThat(charts).hasSizeGreaterThanOrEqualTo(15);
    assertThat(chromium.driver().findElement(By.tagName("body")).getDomAttribute("data-charts-rendered"))
        .isEqualTo(Integer.toString(charts.size()));
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.script("return performance.getEntriesByType('resource').map(function (r) { return r.name; });"))
        .as("requests made by the page").isEqualTo(List.of());
    Path shot = SCREENSHOTS.resolve("report-baseline-" + lang.code() + ".png");
    chromium.screenshot(shot);
    assertThat(Files.size(shot)).isGreaterThan(50_000);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void headlineCardsShowTheFiguresOfSummaryJson(Lang lang) throws Exception {
    openAndWaitForCharts(REPORTS.get(lang));
    JsonNode summary = JSON.readTree(TestRuns.baseline().resolve("summary.json").toFile());
    Numbers numbers = new Numbers(lang);
    List<WebElement> cards = chromium.driver().findElements(By.cssSelector(".kpi[data-kpi]"));
    assertThat(cards).extracting(c -> c.getDomAttribute("data-kpi")).contains("npv", "peak_funding_need",
        "p_cash_below_zero", "p_cash_below_reserve", "cash_flow_positive_month");
    for (WebElement card : cards) {
      String key = card.getDomAttribute("data-kpi");
      JsonNode figure = summary;
      for (String part : card.getDomAttribute("data-source").split("\\.")) {
        figure = figure.path(part);
      }
      assertThat(figure.isNumber()).as(key + " in summary.json").isTrue();
      double value = figure.asDouble();
      assertThat(Double.parseDouble(card.getDomAttribute("data-value"))).as(key).isEqualTo(value);
      String shown = card.findElement(By.className("kpi-value")).getText();
      assertThat(shown).as(key).isEqualTo(expectedText(key, value, numbers));
    }
  }

  /** A link of the sticky contents bar leaves its section's heading in sight, below the bar. */
  @ParameterizedTest
  @EnumSource(Lang.class)
  void aLinkOfTheContentsShowsItsSectionsHeadingBelowTheBar(Lang lang) {
    openAndWaitForCharts(REPORTS.get(lang));
    for (String id : List.of("costs", "breakeven", "risks")) {
      chromium.script("document.querySelector('.toc a[href=\"#' + arguments[0] + '\"]').click();", id);
      new WebDriverWait(chromium.driver(), Duration.ofSeconds(5)).until(d -> id.equals(
          chromium.script("return location.hash.slice(1);")));
      Number barBottom = (Number) chromium.script("return document.querySelector('.toc').getBoundingClientRect().bottom;");
      Number headingTop = (Number) chromium.script(
          "return document.querySelector('#' + arguments[0] + ' > h2').getBoundingClientRect().top;", id);
      assertThat(headingTop.doubleValue()).as(id + ": heading below the contents bar")
          .isGreaterThanOrEqualTo(barBottom.doubleValue())
          .isLessThan(barBottom.doubleValue() + 80);
    }
  }

  /** How the card of a headline figure writes its value, from the formatting rules alone. */
  static String expectedText(String key, double value, Numbers n) {
    if (key.startsWith("p_")) {
      return n.percent(value);
    }
    return switch (key) {
      case "cash_flow_positive_month" -> n.monthIndex(value);
      case "ltv_cac" -> n.ratio(value);
      case "clients_won" -> n.count(value);
      default -> n.money(value);
    };
  }

  @Test
  void hoveringTheCashFanShowsEveryPercentileInWan() {
    openAndWaitForCharts(REPORTS.get(Lang.ZH));
    String tip = (String) chromium.script(String.join("\n",
        "var chart = echarts.getInstanceByDom(document.querySelector('[data-chart=\"cash-fan\"]'));",
        "chart.dispatchAction({ type: 'showTip', seriesIndex: 4, dataIndex: 12 });",
        "var el = document.querySelector('[data-chart=\"cash-fan\"]').querySelector('div[style*=\"z-index\"]');",
        "return el ? el.innerText : '';"));
    assertThat(tip).contains("P5").contains("P50").contains("P95").contains("万元").contains("2028-01");
    assertThat(chromium.errors()).isEmpty();
  }

  @Test
  void thePageScriptFormatsNumbersAsTheTablesDo() {
    openAndWaitForCharts(REPORTS.get(Lang.ZH));
    agree(new Numbers(Lang.ZH));
    openAndWaitForCharts(COMPARISONS.get(Lang.EN));
    agree(new Numbers(Lang.EN));
  }

  private static void agree(Numbers java) {
    check("money", java::money);
    check("percent", v -> java.percent(v / 1e6));
    check("count", java::count);
    check("ratio", v -> java.ratio(v / 1e5));
    check("months", v -> java.months(v / 1e4));
    check("points", v -> java.percentPoints(v / 1e6));
  }

  private static void check(String format, DoubleFunction<String> java) {
    for (double v : AMOUNTS) {
      double arg = switch (format) {
        case "percent", "points" -> v / 1e6;
        case "ratio" -> v / 1e5;
        case "months" -> v / 1e4;
        default -> v;
      };
      Object js = chromium.script("return window.chainsimFormat[arguments[0]](arguments[1]);", format, arg);
      assertThat(js).as(format + "(" + arg + ")").isEqualTo(java.apply(v));
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theComparisonOverlaysBothRunsWithoutAnError(Lang lang) throws Exception {
    openAndWaitForCharts(COMPARISONS.get(lang));
    assertThat(chromium.driver().findElements(By.cssSelector(".chart[data-chart]"))).hasSize(2);
    assertThat(chromium.driver().findElement(By.tagName("body")).getDomAttribute("data-charts-rendered"))
        .isEqualTo("2");
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.script("return performance.getEntriesByType('resource').map(function (r) { return r.name; });"))
        .as("requests made by the page").isEqualTo(List.of());
    Path shot = SCREENSHOTS.resolve("compare-baseline-agent-" + lang.code() + ".png");
    chromium.screenshot(shot);
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }
}
