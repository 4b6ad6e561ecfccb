package chainsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.report.compare.Comparison;
import chainsim.report.runreport.RunReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void everyLabelsFileHasTheSameKeysInBothLanguages() {
    for (Class<?> anchor : new Class<?>[] {Labels.class, RunReport.class, Comparison.class,
        chainsim.report.staffing.StaffingSummary.class, chainsim.report.rebalance.RebalancePage.class,
        chainsim.report.roster.RosterPage.class, chainsim.report.plan.PlanDocument.class,
        chainsim.report.sweep.SweepComparison.class}) {
      Map<String, String> zh = Labels.read(anchor, "labels", Lang.ZH);
      Map<String, String> en = Labels.read(anchor, "labels", Lang.EN);
      assertThat(zh.keySet()).as(anchor.getPackageName()).isEqualTo(en.keySet());
    }
  }

  @Test
  void reportWordsAddToThePageMachinerysWords() {
    Labels labels = Labels.of(Lang.EN).with(RunReport.class, "labels");
    assertThat(labels.get("table.empty")).isEqualTo("(none)");
    assertThat(labels.format("page.title", "baseline")).isEqualTo("baseline · simulation report");
    assertThat(labels.withPrefix("js.")).containsEntry("total", "Total");
  }

  @Test
  void aMissingKeyIsABugNotAnEmptyLabel() {
    assertThatThrownBy(() -> Labels.of(Lang.ZH).get("no.such.key")).hasMessageContaining("no.such.key");
    assertThat(Labels.of(Lang.ZH).getOr("cost.new_account", "new account")).isEqualTo("new account");
  }

  @Test
  void anUnknownLanguageIsRefusedWithTheAllowedOnes() {
    assertThat(Lang.parse("EN")).isEqualTo(Lang.EN);
    assertThatThrownBy(() -> Lang.parse("fr")).hasMessage("--lang must be zh or en, not 'fr'");
  }
}
