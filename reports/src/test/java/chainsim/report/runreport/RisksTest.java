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
  void theFiveLargestRisksAreListedRankedAndSizedHoweverSmall() {
    RunReport report = RunReport.of(TestRuns.baseline(), Lang.EN);
    List<Risks.Risk> risks = report.risks();
    assertThat(risks).hasSize(Risks.COUNT);
    for (int i = 1; i < risks.size(); i++) {
      assertThat(risks.get(i).rank()).as("rank " + (i + 1)).isLessThanOrEqualTo(risks.get(i - 1).rank());
    }
    // the largest candidate of all comes first, and no candidate left out is larger than the fifth
    List<Risks.Risk> all = Risks.candidates(report.run(), report.names(), report.numbers());
    double fifth = risks.get(Risks.COUNT - 1).rank();
    assertThat(all).filteredOn(r -> !risks.contains(r)).allSatisfy(r -> assertThat(r.rank()).isLessThanOrEqualTo(fifth));
    double npvNegative = report.run().summary().probability("p_npv_below_zero").p();
    assertThat(risks).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo("npv_negative");
      assertThat(r.chance()).isEqualTo(npvNegative);
    });
    String md = report.markdown();
    for (int rank = 1; rank <= Risks.COUNT; rank++) {
      assertThat(md).containsPattern("\\| " + rank + " \\| [^|]+ \\| ([0-9.]+%|–) \\| (high|medium|low|small \\(under 1%\\)|under 5%) \\|");
    }
  }

  @Test
  void aRiskIsSizedByItsChance() {
    assertThat(Risks.Size.of(0.405)).isEqualTo(Risks.Size.HIGH);
    assertThat(Risks.Size.of(0.20)).isEqualTo(Risks.Size.HIGH);
    assertThat(Risks.Size.of(0.127)).isEqualTo(Risks.Size.MEDIUM);
    assertThat(Risks.Size.of(0.01)).isEqualTo(Risks.Size.LOW);
    assertThat(Risks.Size.of(0.005)).isEqualTo(Risks.Size.SMALL);
    assertThat(Risks.Size.of(0)).isEqualTo(Risks.Size.SMALL);
    assertThat(Risks.Size.of(Double.NaN)).isEqualTo(Risks.Size.UNDER_5_PERCENT);
  }

  @Test
  void aRiskKnownOnlyToBeUnderFivePercentRanksAfterEveryKnownChance() {
    RunReport report = RunReport.of(TestRuns.variant(TestRuns.baseline(), "baseline-ltv-high", summary -> {
      com.fasterxml.jackson.databind.node.ObjectNode ltvCac =
          (com.fasterxml.jackson.databind.node.ObjectNode) summary.path("headline").path("ltv_cac");
      ltvCac.put("p5", 4.0).put("p25", 5.0).put("p50", 6.0).put("p75", 7.0).put("p95", 8.0);
    }), Lang.EN);
    Risks.Risk ltv = Risks.candidates(report.run(), report.names(), report.numbers()).stream()
        .filter(r -> r.kind().equals("ltv_cac_below_3")).findFirst().orElseThrow();
    assertThat(ltv.basis()).isEqualTo(Risks.Basis.BELOW_P5);
    assertThat(ltv.chance()).isNaN();
    assertThat(ltv.rank()).isLessThan(0);
  }

  /** The healthy LTV/CAC is the scenario's (clients.lifetime_value.healthy_ltv_cac), not a fixed 3. */
  @Test
  void theHealthyLtvCacIsTheScenarios() throws java.io.IOException {
    java.nio.file.Path dir = TestRuns.variant(TestRuns.baseline(), "baseline-healthy-5", summary -> {});
    java.nio.file.Path yaml = dir.resolve("scenario.yaml");
    String text = java.nio.file.Files.readString(yaml);
    assertThat(text).contains("    healthy_ltv_cac: 3\n");
    java.nio.file.Files.writeString(yaml, text.replace("    healthy_ltv_cac: 3\n", "    healthy_ltv_cac: 5\n"));
    RunReport report = RunReport.of(dir, Lang.EN);
    Risks.Risk ltv = Risks.candidates(report.run(), report.names(), report.numbers()).stream()
        .filter(r -> r.kind().equals("ltv_cac_below_3")).findFirst().orElseThrow();
    assertThat(ltv.description()).isEqualTo("LTV/CAC below 5");
    Summary.Stat s = report.run().summary().stat("ltv_cac");
    if (s.p5() < 5) {
      assertThat(ltv.chance()).isCloseTo(Risks.below(s, 5.0), within(1e-12));
    }
  }

  /** When LTV rests on fewer exits than clients.lifetime_value.min_exits in some runs, the report says so. */
  @Test
  void anLtvOnTooFewExitsIsARisk() {
    RunReport report = RunReport.of(TestRuns.variant(TestRuns.baseline(), "baseline-few-exits", summary -> {
      com.fasterxml.jackson.databind.node.ObjectNode few =
          (com.fasterxml.jackson.databind.node.ObjectNode) summary.path("headline").path("ltv_few_exits");
      few.put("mean", 0.4);
    }), Lang.EN);
    Risks.Risk few = Risks.candidates(report.run(), report.names(), report.numbers()).stream()
        .filter(r -> r.kind().equals("ltv_few_exits")).findFirst().orElseThrow();
    assertThat(few.chance()).isEqualTo(0.4);
    assertThat(few.description()).isEqualTo(
        "LTV rests on fewer than 30 clients lost (lifetime Kaplan-Meier, capped at 60 months)");
    assertThat(Risks.candidates(RunReport.of(TestRuns.baseline(), Lang.EN).run(), report.names(), report.numbers()))
        .noneMatch(r -> r.kind().equals("ltv_few_exits"));
  }
}
