package chainsim.rebalance.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RampedSalesStaffTest {

  @Test
  void newHiresCountAsThePartOfAConsultantTheModelCountsAndTheLatestLeaveFirst() throws Exception {
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    YearMonth jan = YearMonth.of(2027, 1);
    String b = "suzhou-direct";
    Actuals actuals = new Actuals(jan.plusMonths(4), List.of(), List.of(),
        List.of(
            new Actuals.Headcount(jan, b, "sales", null, 2, 2, 0),
            new Actuals.Headcount(jan.plusMonths(1), b, "sales", null, 2, null, null),
            new Actuals.Headcount(jan.plusMonths(2), b, "sales", null, 3, 1, 0),
            new Actuals.Headcount(jan.plusMonths(3), b, "sales", null, 2, 0, 1),
            new Actuals.Headcount(jan.plusMonths(4), b, "sales", null, 1, null, null), // net: one fewer
            new Actuals.Headcount(jan.plusMonths(4), b, "manager", null, 1, 1, 0)), // not sales
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    RampedSalesStaff staff = new RampedSalesStaff(baseline, actuals, Map.of(b, 3));

    // weight of a person hired in month h for month m's contacts: min(1, (m - h + 1) / (3 + 1))
    assertThat(staff.consultants(b, jan)).isZero();
    assertThat(staff.consultants(b, jan.plusMonths(1))).isCloseTo(2 * 0.5, within(1e-12));
    assertThat(staff.consultants(b, jan.plusMonths(2))).isCloseTo(2 * 0.75, within(1e-12));
    assertThat(staff.consultants(b, jan.plusMonths(3))).isCloseTo(2 * 1.0 + 1 * 0.5, within(1e-12));
    // April's leaver is March's hire (latest first): the two January hires stay, whole
    assertThat(staff.consultants(b, jan.plusMonths(4))).isCloseTo(2.0, within(1e-12));
    // May reports one fewer without leavers: the gap leaves from the latest, a January hire
    assertThat(staff.consultants(b, jan.plusMonths(5))).isCloseTo(1.0, within(1e-12));
  }
}
