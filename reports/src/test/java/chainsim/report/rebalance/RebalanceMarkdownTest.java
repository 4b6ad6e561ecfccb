package chainsim.report.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.actuals.Actuals;
import chainsim.rebalance.observations.NotCalibrated;
import chainsim.rebalance.replan.PlanChanges;
import chainsim.rebalance.replan.PlanInForce;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rebalance's pages without a previous forecast, nor a re-planned expansion or staffing: what they say instead. */
class RebalanceMarkdownTest {
  private static RebalanceDocument document() throws Exception {
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    Actuals actuals = new Actuals(YearMonth.of(2027, 6), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(new Actuals.Opening("suzhou-direct", Mode.DIRECT, "suzhou", YearMonth.of(2027, 2))),
        List.of(), List.of(), List.of());
    PlanInForce plan = PlanInForce.of(baseline, actuals, 3);
    return new RebalanceDocument(baseline.name(), YearMonth.of(2027, 1), YearMonth.of(2027, 6), "chainsim rebalance x",
        List.of(), List.of(new NotCalibrated("capital.terminal_multiple", "no column of the actuals observes it")),
        plan, PlanChanges.between(baseline, baseline.expansion(), plan.openings()), null, null, null, null, null,
        null, "the staffing window runs past the horizon", List.of("a note"));
  }

  @Test
  void withoutAPreviousForecastItSaysWhatIsLeftOutAndWhyStaffingWasNotReplanned() throws Exception {
    String md = RebalanceMarkdown.render(document(), Lang.EN);
    assertThat(md).startsWith("# Rebalance of suzhou-baseline as of 2027-06\n")
        .contains("- 2 of 2 openings change; 1 are open and 1 committed (pinned).")
        .contains("| suzhou | partner | moved | 2027-01 | 2027-07 |")
        .contains("No previous forecast was given (--previous)")
        .contains("| suzhou | direct | moved | 2027-01 · manufacturing, software, biotech | 2027-02 · manufacturing,"
            + " software, biotech |")
        .contains("| suzhou-partner | suzhou | partner | 2027-01 | 2027-07 | committed (pinned) |")
        .contains("No staffing re-plan: the staffing window runs past the horizon")
        .contains("Nothing: the actuals inform no uncertain parameter").contains("- a note")
        .doesNotContain("## Headline figures").doesNotContain("## Forecast check");
    assertThat(RebalanceMarkdown.render(document(), Lang.ZH)).startsWith("# suzhou-baseline 月度再平衡（截至 2027-06）\n");
    assertThat(RebalancePage.render(document(), Lang.EN, "test")).contains("No previous forecast was given");
  }

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Labels.of(Lang.ZH).with(RebalanceMarkdown.class, "labels").all().keySet())
        .isEqualTo(Labels.of(Lang.EN).with(RebalanceMarkdown.class, "labels").all().keySet());
  }
}
