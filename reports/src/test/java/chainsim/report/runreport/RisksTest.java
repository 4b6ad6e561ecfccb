package chainsim.report.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisksTest {
  static Summary.Stat stat(double p5, double p25, double p50, double p75, double p95) {
    return new Summary.Stat(p50, 0, p5, p25, p50, p75, p95, 100, 0);
  }

  @Test
  void theChanceOfFallingBelowAThresholdIsInterpolatedBetweenPercentiles() {
    Summary.Stat ltvCac = stat(2, 3, 4, 5, 6);
    assertThat(Risks.below(ltvCac, 3)).isCloseTo(0.25, within(1e-12));
    assertThat(Risks.below(ltvCac, 2.5)).isCloseTo(0.15, within(1e-12));
    assertThat(Risks.below(ltvCac, 4.5)).isCloseTo(0.625, within(1e-12));
  }

  @Test
  void belowP5ItSaysNothingAndAboveP95AtLeastNinetyFivePercent() {
    Summary.Stat s = stat(10, 20, 30, 40, 50);
    assertThat(Risks.below(s, 10)).isZero();
    assertThat(Risks.below(s, 60)).isEqualTo(0.95);
    assertThat(Risks.below(stat(5, 5, 5, 7, 9), 6)).isCloseTo(0.625, within(1e-12));
  }

  @Test
  void atMostFiveRisksOfOnePercentOrMoreLargestFirst() {
    RunReport report = RunReport.of(TestRuns.baseline(), Lang.EN);
    List<Risks.Risk> risks = report.risks();
    assertThat(risks).hasSizeLessThanOrEqualTo(Risks.COUNT).isNotEmpty();
    assertThat(risks).allSatisfy(r -> assertThat(r.chance()).isGreaterThanOrEqualTo(0.01));
    for (int i = 1; i < risks.size(); i++) {
      assertThat(risks.get(i).chance()).isLessThanOrEqualTo(risks.get(i - 1).chance());
    }
    double npvNegative = report.run().summary().probability("p_npv_below_zero").p();
    if (npvNegative >= 0.01) {
      assertThat(risks).anySatisfy(r -> {
        assertThat(r.kind()).isEqualTo("npv_negative");
        assertThat(r.chance()).isEqualTo(npvNegative);
      });
    }
  }
}
