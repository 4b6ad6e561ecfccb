package chainsim.report.runreport;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event details as the simulator writes them, told in each reader's words. */
class EventTextTest {
  static RunData run;

  @BeforeAll
  static void read() {
    run = RunData.read(TestRuns.baseline());
  }

  static EventText in(Lang lang) {
    Labels labels = Labels.of(lang).with(RunReport.class, "labels");
    return new EventText(new Names(run.scenario(), labels), new Numbers(lang), run.monthly().calendar());
  }

  @Test
  void chineseDetailsAreChineseWithMoneyInWanAndCalendarMonths() {
    EventText zh = in(Lang.ZH);
    assertThat(zh.describe("cash_below_reserve", "cash 1744178 below reserve 1800000"))
        .isEqualTo("现金 174万元，低于储备金 180万元");
    assertThat(zh.describe("cash_below_zero", "cash -19670 below zero")).isEqualTo("现金 -1.97万元，跌破零");
    assertThat(zh.describe("gate_blocked", "skipped: suzhou-direct not cash-flow positive after 12 months"))
        .isEqualTo("已取消：suzhou-direct 开业 12 个月后现金流仍未转正");
    assertThat(zh.describe("gate_blocked", "deferred: suzhou-direct not cash-flow positive after 13 months"))
        .isEqualTo("已推迟：suzhou-direct 开业 13 个月后现金流仍未转正");
    assertThat(zh.describe("reserve_blocked", "waits: opening cost would take cash below the reserve"))
        .isEqualTo("等待：开业成本会使现金跌破储备金");
    assertThat(zh.describe("spend_paused", "online: ROI 1.09 below benchmark 1.50 for 2 periods"))
        .isEqualTo("线上投放：ROI 1.09，连续 2 个周期低于基准 1.50");
    assertThat(zh.describe("spend_resumed", "online")).isEqualTo("线上投放已恢复");
    assertThat(zh.describe("recalls", "1110 recall campaigns in months 9-36 for clients whose health stayed low"))
        .isEqualTo("2027-09 至 2029-12 共 1,110 次召回，针对健康度持续偏低的客户");
    assertThat(zh.describe("sla_breach", "3 complaints answered late and 0 acknowledged late in month 15"))
        .isEqualTo("2028-03：3 起投诉未按时答复，0 起未按时受理");
    assertThat(zh.describe("swing_alert", "active clients +35% (116 -> 157)")).isEqualTo("活跃客户 +35%（116 → 157）");
    assertThat(zh.describe("order_cancelled",
        "1 orders cancelled in month 36: no partner could take them and no one in-house can deliver"))
        .isEqualTo("2029-12 共取消 1 单：无合作方可承接，内部也无人可交付");
    assertThat(zh.describe("opened", "direct in suzhou")).isEqualTo("直营，苏州");
  }

  @Test
  void englishDetailsFormatTheirFiguresToo() {
    EventText en = in(Lang.EN);
    assertThat(en.describe("cash_below_reserve", "cash 1744178 below reserve 1800000"))
        .isEqualTo("cash ¥1.74M, below the reserve of ¥1.8M");
    assertThat(en.describe("order_cancelled",
        "119 orders cancelled in months 9-36: no partner could take them and no one in-house can deliver"))
        .isEqualTo("119 orders cancelled from 2027-09 to 2029-12: no partner could take them and no one in-house"
            + " could deliver");
    assertThat(en.describe("spend_resumed", "online")).isEqualTo("Online ads resumed");
  }

  @Test
  void aDetailOfAnUnknownFormIsShownAsWritten() {
    assertThat(in(Lang.ZH).describe("cash_below_reserve", "something new happened")).isEqualTo("something new happened");
    assertThat(in(Lang.ZH).describe("a_new_type", "cash 1 below zero")).isEqualTo("cash 1 below zero");
  }

  @Test
  void everyEventOfTheBaselineRunReadsInChinese() {
    EventText zh = in(Lang.ZH);
    for (EventDigest.Row r : run.events().rows()) {
      String told = zh.describe(r.type(), r.example());
      // what may stay Latin: branch ids, "ROI", numbers and dates
      String rest = told.replaceAll("[a-z0-9]+(-[a-z0-9]+)+", "").replace("ROI", "");
      assertThat(rest).as(r.type() + ": " + r.example()).doesNotContainPattern("[A-Za-z]{2,}");
    }
    assertThat(run.events().rows()).extracting(EventDigest.Row::type).isNotEmpty();
  }
}
