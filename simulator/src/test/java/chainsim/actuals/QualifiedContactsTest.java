package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * funnel.csv's qualified contacts are exactly the outbound contacts the model lets sign (those that
 * reached a firm with an open need): with a conversion of 1, every one of them and every inbound
 * lead signs, so the new clients are the qualified contacts plus the leads, month by month.
 */
class QualifiedContactsTest {

  @Test
  void withCertainConversionEveryQualifiedContactAndLeadIsANewClient() throws Exception {
    Scenario certain = ScenarioLoader.load("extends: true.yaml\n"
        + "branch_templates:\n  - id: standard_direct\n    productivity: { conversion_rate: 1.0 }\n",
        Path.of("../scenarios/actuals/certain-conversion.yaml")).scenario();
    Actuals actuals = new ActualsSynthesizer(certain).synthesize(YearMonth.of(2027, 6), 0);
    int qualified = 0;
    for (Actuals.Funnel f : actuals.funnel()) {
      Actuals.Clients c = actuals.clients().stream()
          .filter(x -> x.entity().equals(f.entity()) && x.month().equals(f.month())).findFirst().orElseThrow();
      assertThat(c.newClients()).as(f.month().toString()).isEqualTo(f.qualifiedContacts() + f.leads());
      assertThat(f.qualifiedContacts()).isLessThanOrEqualTo(f.contacts());
      qualified += f.qualifiedContacts();
    }
    assertThat(qualified).isPositive();
  }

  @Test
  void signingsByProductAddUpToTheFunnelAndCarryTheOrdersPrices() throws Exception {
    Scenario truth = ScenarioLoader.load(Path.of("../scenarios/actuals/true.yaml")).scenario();
    Actuals actuals = new ActualsSynthesizer(truth).synthesize(YearMonth.of(2027, 6), 0);
    for (Actuals.Funnel f : actuals.funnel()) {
      var products = actuals.revenue().stream()
          .filter(r -> r.entity().equals(f.entity()) && r.month().equals(f.month())).toList();
      assertThat(products.stream().mapToInt(Actuals.Revenue::signings).sum()).isEqualTo(f.signings());
      assertThat(products.stream().mapToDouble(Actuals.Revenue::signedRevenueCny).sum())
          .isCloseTo(f.signedRevenueCny(), org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
