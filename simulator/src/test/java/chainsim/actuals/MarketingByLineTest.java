package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.engine.Simulation;
import chainsim.scenario.MarketingLine;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * marketing.csv as {@code synthesize} writes it is the model's own lead sources: every line of every
 * branch month, its leads the spend divided by the line's cost per lead, rounded stochastically
 * (the replication's drawn cost per lead: one of the two whole numbers around spend / cost), and
 * the lines adding up to funnel.csv's leads and costs.csv's marketing.
 */
class MarketingByLineTest {

  @Test
  void leadsByLineAreTheSpendOverTheDrawnCostPerLead() throws Exception {
    Scenario truth = ScenarioLoader.load(Path.of("../scenarios/actuals/true.yaml")).scenario();
    Actuals actuals = new ActualsSynthesizer(truth).synthesize(YearMonth.of(2027, 6), 0);
    var draws = new Simulation(truth).replication(0).draws;
    var template = truth.branchTemplate("standard_direct").orElseThrow();
    int withSpend = 0;
    for (Actuals.Marketing m : actuals.marketing()) {
      MarketingLine line = template.marketing().stream().filter(l -> l.id().equals(m.line())).findFirst()
          .orElseThrow();
      double costPerLead = draws.value(line.costPerLead());
      double leads = m.spendCny() / costPerLead;
      assertThat(m.leads()).as(m.toString()).isBetween((int) Math.floor(leads), (int) Math.floor(leads) + 1);
      withSpend += m.spendCny() > 0 ? 1 : 0;
    }
    assertThat(withSpend).isGreaterThan(8);
    for (Actuals.Funnel f : actuals.funnel()) {
      var lines = actuals.marketing().stream()
          .filter(m -> m.entity().equals(f.entity()) && m.month().equals(f.month())).toList();
      assertThat(lines).extracting(Actuals.Marketing::line).containsExactly("online", "events");
      assertThat(lines.stream().mapToInt(Actuals.Marketing::leads).sum()).isEqualTo(f.leads());
      double booked = actuals.costs().stream().filter(c -> c.entity().equals(f.entity())
          && c.month().equals(f.month()) && c.account() == Account.MARKETING).mapToDouble(Actuals.Cost::amountCny)
          .sum();
      assertThat(lines.stream().mapToDouble(Actuals.Marketing::spendCny).sum())
          .isCloseTo(booked, org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
