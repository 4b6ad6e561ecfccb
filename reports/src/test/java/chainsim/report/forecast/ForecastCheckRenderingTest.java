package chainsim.report.forecast;

import chainsim.testing.TinyRun;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.rebalance.forecast.ForecastCheck;
import chainsim.rebalance.forecast.RunDirectory;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast check's files and sections, on the hand-made run and actuals, text checked by hand. */
class ForecastCheckRenderingTest {
  private static ForecastCheck check(Path dir) throws Exception {
    var baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    return ForecastCheck.of(baseline, RunDirectory.read(TinyRun.write(dir)), TinyRun.actuals());
  }

  @Test
  void forecastCheckCsvHasOneRowPerActualInUnitsOfItsSeries(@TempDir Path dir) throws Exception {
    String csv = ForecastCheckCsv.forecastCheck(check(dir));
    assertThat(csv.lines()).hasSize(1 + 18);
    assertThat(csv.lines()).first().isEqualTo(ForecastCheckCsv.CHECK_HEADER);
    assertThat(csv).contains("suzhou-direct,revenue,cny,2027-02,90,110,50,100,200,-10,-0.1000,true,0.3750\n");
    assertThat(csv).contains("suzhou-direct,contacts,count,2027-02,98.00,140.00,100.00,140.00,180.00,-42.00,"
        + "-0.3000,false,0.0300\n");
    // no P50 to divide by: the share is empty, not infinite
    assertThat(csv).contains("suzhou-direct,revenue,cny,2027-01,0,0,0,0,0,0,,true,0.5000\n");
    assertThat(csv).endsWith("head_office,cash.balance,cny,2027-02,1000,1200,900,1100,1400,-100,-0.0909,true,0.2500\n");
  }

  @Test
  void driversCsvPartsAddUpToEachTotal(@TempDir Path dir) throws Exception {
    String csv = ForecastCheckCsv.drivers(check(dir));
    assertThat(csv.lines()).first().isEqualTo(ForecastCheckCsv.DRIVERS_HEADER);
    assertThat(csv).contains("suzhou-direct,as_of,2027-02,2027-02,signings,total,,,12.00,15.00,-3.00,1.0000\n");
    assertThat(csv).contains("suzhou-direct,as_of,2027-02,2027-02,signings,conversion,0.1000,0.0845,,,1.85,-0.6155\n");
    assertThat(csv).contains("suzhou-direct,to_date,2027-01,2027-02,revenue,total,,,90,110,-20,1.0000\n");
    // per period and target, the written parts add up to the written total (to the rounding of the last digit)
    java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
    assertThat(csv).contains("suzhou-direct,as_of,2027-02,2027-02,context,active_clients,10.00,12.00,,,,\n");
    csv.lines().skip(1).filter(line -> !line.contains(",context,")).forEach(line -> {
      String[] c = line.split(",", -1);
      String key = c[0] + c[1] + c[4];
      double[] s = sums.computeIfAbsent(key, k -> new double[2]);
      s[c[5].equals("total") ? 0 : 1] += Double.parseDouble(c[10]);
    });
    assertThat(sums).hasSize(4);
    sums.values().forEach(s -> assertThat(s[1]).isCloseTo(s[0], org.assertj.core.data.Offset.offset(0.05)));
  }

  @Test
  void theMarkdownSectionListsTheMissesOutsideTheBandAndNamesTheLargestDriver(@TempDir Path dir) throws Exception {
    ForecastCheck check = check(dir);
    String en = ForecastCheckMarkdown.section(check, Lang.EN);
    assertThat(en).startsWith("## Forecast check: actuals to 2027-02 against the previous plan\n\n"
        + "18 actuals against the forecast of the previous plan's run for the same series and month: 17 inside the"
        + " P5–P95 band, 1 outside.\n");
    assertThat(en).contains("| suzhou-direct | `contacts` | 2027-02 | 98 | 100 | 140 | 180 | -42 | -30.0% | 0.03 |\n");
    assertThat(en).contains("- suzhou-direct, 2027-02: revenue ¥90 against a forecast mean of ¥110 (-18.2%);"
        + " signings 12 against 15. The largest driver of the revenue miss is contacts (contacts and leads per"
        + " consultant) (20 against 35.5 forecast): -¥47, 233.3% of the miss; of the signings miss, contacts"
        + " (contacts and leads per consultant).\n");
    assertThat(en).contains("- suzhou-direct `churned_clients`: the previous run has no series churned_clients");
    String zh = ForecastCheckMarkdown.section(check, Lang.ZH);
    assertThat(zh).startsWith("## 预测检验：截至 2027-02 的实际数与上期计划的预测\n");
    assertThat(zh).contains("收入偏差最大的驱动因素是拜访（每名顾问的拜访与线索）");
    assertThat(ForecastCheckMarkdown.section(check(dir.resolve("again")), Lang.EN)).isEqualTo(en);
  }

  @Test
  void theHtmlSectionChartsActualsAgainstTheBandInBothLanguages(@TempDir Path dir) throws Exception {
    ForecastCheck check = check(dir);
    for (Lang lang : Lang.values()) {
      String html = ForecastCheckHtml.page(check, lang, "test");
      assertThat(html).contains("data-chart=\"fc-suzhou-direct-revenue\"", "data-chart=\"fc-suzhou-direct-contacts\"",
          "data-chart=\"fc-head-office-cash-balance\"", "data-table=\"forecast-outside\"",
          "data-table=\"forecast-drivers\"");
      assertThat(html).isEqualTo(ForecastCheckHtml.page(check, lang, "test"));
    }
    assertThat(ForecastCheckHtml.page(check, Lang.ZH, "test")).contains("预测检验", "实际");
  }

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Labels.of(Lang.ZH).with(ForecastCheckHtml.class, "labels").all().keySet())
        .isEqualTo(Labels.of(Lang.EN).with(ForecastCheckHtml.class, "labels").all().keySet());
  }
}
