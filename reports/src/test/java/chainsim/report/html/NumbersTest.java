package chainsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  private final Numbers zh = new Numbers(Lang.ZH);
  private final Numbers en = new Numbers(Lang.EN);

  @Test
  void chineseMoneyIsWrittenInWanAndYi() {
    assertThat(zh.money(8_288)).isEqualTo("8,288元");
    assertThat(zh.money(18_663)).isEqualTo("1.87万元");
    assertThat(zh.money(1_866_366)).isEqualTo("187万元");
    assertThat(zh.money(866_366)).isEqualTo("86.6万元");
    assertThat(zh.money(22_804_042)).isEqualTo("2,280万元");
    assertThat(zh.money(123_456_789)).isEqualTo("1.23亿元");
    assertThat(zh.money(-6_402_456)).isEqualTo("-640万元");
    assertThat(zh.money(50_000)).isEqualTo("5万元");
  }

  @Test
  void englishMoneyIsWrittenInThousandsMillionsAndBillions() {
    assertThat(en.money(812)).isEqualTo("¥812");
    assertThat(en.money(8_288)).isEqualTo("¥8.29k");
    assertThat(en.money(1_866_366)).isEqualTo("¥1.87M");
    assertThat(en.money(22_804_042)).isEqualTo("¥22.8M");
    assertThat(en.money(287_800_000)).isEqualTo("¥288M");
    assertThat(en.money(2_500_000_000.0)).isEqualTo("¥2.5B");
    assertThat(en.money(-6_402_456)).isEqualTo("-¥6.4M");
  }

  @Test
  void roundingUpToTheNextUnitMovesToThatUnit() {
    assertThat(zh.money(99_996_000)).isEqualTo("1亿元");
    assertThat(en.money(999_996)).isEqualTo("¥1M");
    assertThat(en.money(999.6)).isEqualTo("¥1k");
  }

  @Test
  void sharesCountsRatiosAndMonthsReadAsExpected() {
    assertThat(zh.percent(0.175)).isEqualTo("17.5%");
    assertThat(en.percent(0.005)).isEqualTo("0.5%");
    assertThat(en.percent(-0.0000001)).isEqualTo("0.0%");
    assertThat(en.count(1175.15)).isEqualTo("1,175");
    assertThat(en.ratio(6.1196)).isEqualTo("6.1×");
    assertThat(zh.months(8)).isEqualTo("8个月");
    assertThat(en.months(8)).isEqualTo("8 mo");
    assertThat(zh.monthIndex(8)).isEqualTo("第8月");
    assertThat(en.monthIndex(8)).isEqualTo("month 8");
    assertThat(en.plain(0.8827)).isEqualTo("0.883");
    assertThat(en.plain(53_333.33)).isEqualTo("53,333");
  }

  @Test
  void aChangeOfMonthsKeepsItsSignAndAChangeOfAChanceReadsInPoints() {
    assertThat(zh.months(-1)).isEqualTo("-1个月");
    assertThat(en.months(-8)).isEqualTo("-8 mo");
    assertThat(en.months(-0.2)).isEqualTo("0 mo");
    assertThat(en.percentPoints(0.075)).isEqualTo("7.5 pp");
    assertThat(zh.percentPoints(-0.005)).isEqualTo("-0.5个百分点");
    assertThat(chainsim.report.table.Kind.MONTHS.format(new chainsim.report.table.Table.Signed(-1, chainsim.report.table.Kind.MONTHS), en))
        .isEqualTo("-1 mo");
    assertThat(chainsim.report.table.Kind.NUMBER.format(new chainsim.report.table.Table.Signed(1, chainsim.report.table.Kind.MONTHS), en))
        .isEqualTo("+1 mo");
    assertThat(chainsim.report.table.Kind.NUMBER.format(new chainsim.report.table.Table.Signed(0.0001,
        chainsim.report.table.Kind.PERCENT_POINTS), en)).as("a rise that rounds to nothing").isEqualTo("0.0 pp");
  }

  @Test
  void aMissingFigureReadsAsADash() {
    assertThat(zh.money(Double.NaN)).isEqualTo(Numbers.MISSING);
    assertThat(en.percent(Double.NaN)).isEqualTo(Numbers.MISSING);
    assertThat(en.months(Double.NaN)).isEqualTo(Numbers.MISSING);
  }
}
