package chainsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.ExpansionPlanner;
import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.report.html.Lang;
import chainsim.report.plan.PlanDocument;
import chainsim.report.plan.PlanReport;
import chainsim.report.plan.PlanWriter;
import chainsim.report.roster.RosterFiles;
import chainsim.report.staffing.StaffingPlanFiles;
import chainsim.roster.RosterPlanner;
import chainsim.scenario.ScenarioLoader;
import chainsim.staffing.StaffingPlanner;
import chainsim.staffing.StaffingPlanner.Request;
import chainsim.staffing.MovesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The planners' pages as a reader sees them, from real (small) solves: the expansion plan report,
 * the staffing headcount chart and the branch roster, opened from disk in headless Chromium:
 * every chart drawn, nothing logged as an error, no request made, and the roster grid's cells each
 * saying on hover who, when and what. Screenshots go to {@code target/screenshots}.
 */
class PlannerPagesInBrowserTest {
  static final Path WORK = Path.of("target", "browser-test", "planners");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static HeadlessChromium chromium;
  static final Map<Lang, Path> PLAN_REPORTS = new java.util.EnumMap<>(Lang.class);
  static Path headcount;
  static final Map<Lang, Path> ROSTERS = new java.util.EnumMap<>(Lang.class);
  static final Map<Lang, String> SUMMARIES = new java.util.EnumMap<>(Lang.class);
  static final Map<Lang, Path> HEADCOUNTS = new java.util.EnumMap<>(Lang.class);

  @BeforeAll
  static void solve() throws Exception {
    Files.createDirectories(WORK);
    var loaded = ScenarioLoader.load(Path.of("../planner/src/test/resources/expansion/two-cities.yaml"));
    ExpansionPlanner.Result outcome = ExpansionPlanner.plan(loaded,
        new ExpansionPlanner.Request(null, 5_000L, WORK.resolve("cache"), 2, 2), new ExpansionPlanner.Listener() {}, Cancellation.none());
    for (Lang lang : Lang.values()) {
      Path planDir = Files.createDirectories(WORK.resolve(lang == Lang.EN ? "plan" : "plan-" + lang.code()));
      new PlanWriter(PlanDocument.of(outcome, "chainsim plan expansion two-cities.yaml", "5,000 moves", lang), planDir)
          .writeInto(planDir);
      PLAN_REPORTS.put(lang, planDir.resolve(PlanReport.FILE));
    }

    var staffingScenario = ScenarioLoader.load(Path.of("../planner/src/test/resources/staffing/delta.yaml")).scenario();
    var staffing = StaffingPlanner.plan(staffingScenario, new Request(null, null, null, Duration.ofMinutes(2), 600, 1,
        EngineKind.SEQUENTIAL, MovesFile.empty()), new StaffingPlanner.Listener() {}, Cancellation.none());
    Path staffingDir = Files.createDirectories(WORK.resolve("staffing"));
    StaffingPlanFiles.write(staffingDir, staffing, Path.of("../planner/src/test/resources/staffing/delta.yaml"), "delta.yaml",
        "0".repeat(64));
    headcount = staffingDir.resolve(StaffingPlanFiles.CHART);
    SUMMARIES.put(Lang.EN, Files.readString(staffingDir.resolve(StaffingPlanFiles.SUMMARY)));
    Path staffingZh = Files.createDirectories(WORK.resolve("staffing-zh"));
    StaffingPlanFiles.write(staffingZh, staffing, Path.of("../planner/src/test/resources/staffing/delta.yaml"),
        "delta.yaml", "0".repeat(64), Lang.ZH);
    SUMMARIES.put(Lang.ZH, Files.readString(staffingZh.resolve(StaffingPlanFiles.SUMMARY)));
    HEADCOUNTS.put(Lang.EN, headcount);
    HEADCOUNTS.put(Lang.ZH, staffingZh.resolve(StaffingPlanFiles.CHART));

    Path baseline = Path.of("../scenarios/baseline.yaml");
    RosterPlanner.Result roster = RosterPlanner.plan(ScenarioLoader.load(baseline).scenario(), baseline,
        new RosterPlanner.Request("suzhou-direct", 2, "2027-07-05", null, null, null, 2_000L, 3L, 4, 1,
            EngineKind.SEQUENTIAL), new RosterPlanner.Listener() {}, Cancellation.none());
    for (Lang lang : Lang.values()) {
      Path dir = Files.createDirectories(WORK.resolve("roster-" + lang.code()));
      RosterFiles.write(dir, roster, lang, "test");
      ROSTERS.put(lang, dir.resolve("roster.html"));
    }
    chromium = HeadlessChromium.start(WORK.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void thePlanReportDrawsItsChartsOfflineWithoutAnError(Lang lang) throws Exception {
    int charts = chromium.openAndWaitForEcharts(PLAN_REPORTS.get(lang), 2);
    assertThat(charts).as("the cash fan and the score's soft terms at least").isGreaterThanOrEqualTo(2);
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.requests()).as("requests made by the page").isEqualTo(List.of());
    // the region x industry grid names every cell the plan decided
    String text = chromium.driver().findElement(By.tagName("body")).getText();
    assertThat(text).contains("suzhou").contains("wuxi").contains("software").contains("manufacturing");
    String heading = chromium.driver().findElement(By.tagName("h1")).getText();
    assertThat(heading).isEqualTo(lang == Lang.ZH ? "扩张计划：two-cities" : "Expansion plan: two-cities");
    assertThat(text).contains(lang == Lang.ZH ? "计划比较" : "Plans compared");
    shoot(lang == Lang.EN ? "plan-report-two-cities.png" : "plan-report-two-cities-zh.png");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theHeadcountChartDrawsEveryLineOfflineWithoutAnError(Lang lang) throws Exception {
    int charts = chromium.openAndWaitForEcharts(HEADCOUNTS.get(lang), 1);
    assertThat(charts).isPositive();
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.requests()).as("requests made by the page").isEqualTo(List.of());
    String heading = chromium.driver().findElement(By.tagName("h1")).getText();
    assertThat(heading).startsWith(lang == Lang.ZH ? "人员编制计划：staffing-delta" : "Headcount plan: staffing-delta");
    shoot(lang == Lang.EN ? "headcount-delta.png" : "headcount-delta-zh.png");
  }

  @Test
  void theStaffingSummaryIsInTheLanguageAskedWithTheSameFigures() {
    String en = SUMMARIES.get(Lang.EN);
    String zh = SUMMARIES.get(Lang.ZH);
    assertThat(en).contains("## Totals", "## By branch", "### hz-direct (direct)", "### nj-equity (equity channel)");
    assertThat(zh).contains("# 人员编制计划：", "## 合计", "## 按分公司", "### hz-direct（直营）", "### nj-equity（股权渠道）")
        .doesNotContain("## Totals", "Hires");
    // the totals table: the same values row by row, only the words differ
    assertThat(totalsValues(zh)).isNotEmpty().isEqualTo(totalsValues(en));
  }

  private static List<String> totalsValues(String markdown) {
    String totals = markdown.substring(markdown.indexOf("|---|---:|"), markdown.indexOf("\n\n", markdown.indexOf("|---|---:|")));
    return totals.lines().skip(1).map(l -> l.substring(l.lastIndexOf(" | ") + 3)).toList();
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theRosterGridShowsEveryPersonAndDayAndSaysWhatEachCellIs(Lang lang) throws Exception {
    chromium.open(ROSTERS.get(lang));
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.requests()).as("requests made by the page").isEqualTo(List.of());
    // a person's day is "<id>@<date>", a slot's cover "cover:<shift>@<date>"; day headings carry a date only
    List<WebElement> cells = chromium.driver().findElements(By.cssSelector("td[data-cell*='@']"));
    long people = cells.stream().filter(c -> !c.getDomAttribute("data-cell").startsWith("cover:")).count();
    assertThat(people).as("8 employees x 14 days, and the pool's").isGreaterThanOrEqualTo(8 * 14);
    for (WebElement c : cells) {
      assertThat(c.getDomAttribute("title")).as(c.getDomAttribute("data-cell")).isNotBlank();
    }
    shoot("roster-suzhou-direct-" + lang.code() + ".png");
  }

  private static void shoot(String name) throws Exception {
    Path shot = SCREENSHOTS.resolve(name);
    chromium.screenshot(shot);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
