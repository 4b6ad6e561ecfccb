package chainsim.rebalance.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.rebalance.calibration.Observations;
import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.calibration.ScenarioCalibration;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActualsObservationsTest {
  static final Path BASELINE = Path.of("../scenarios/baseline.yaml");
  static final Path EXAMPLE = Path.of("../scenarios/actuals");
  static final YearMonth AS_OF = YearMonth.of(2027, 6);
  static final String T = "branch_templates[standard_direct]";

  @Test
  void workedExampleMovesConversionContactsAndAttritionFromTheBaselineTowardTheTruth() throws Exception {
    Scenario baseline = ScenarioLoader.load(BASELINE).scenario();
    Actuals actuals = ActualsReader.read(EXAMPLE, baseline, AS_OF);
    ActualsObservations found = ActualsObservations.from(baseline, actuals);
    ScenarioCalibration calibration = ScenarioCalibration.of(baseline, found.observations());
    Map<String, PriorPosteriorRow> rows = calibration.table().stream()
        .collect(Collectors.toMap(PriorPosteriorRow::path, Function.identity()));
    // conversion: 78 new clients of 1043 firms worked (691 contacts + 352 leads); Beta(6, 24) -> Beta(84, 989).
    // The truth (true.yaml) is 0.14: the estimate goes past it, because contacts that found no need
    // count as failed trials (ConversionObservations: a lower bound on the model's conversion).
    PriorPosteriorRow conversion = rows.get(T + ".productivity.conversion_rate");
    assertThat(conversion.priorMean()).isCloseTo(0.20, within(1e-12));
    assertThat(conversion.observations()).isEqualTo("78/1043 over 6 months");
    assertThat(conversion.posteriorMean()).isCloseTo(84.0 / 1073, within(1e-9)).isLessThan(0.14);
    // contacts: 691 contacts over 19.25 ramp-weighted sales consultant-months. The six hired in
    // January count 2/4 for February's contacts (ramp_up_months 3: (m - h + 1) / 4), 3/4 for March
    // (five left), whole from April: 6 x 0.5 + 5 x 0.75 + 4 + 4 + (4 + 1 x 0.5, May's hire) = 19.25.
    // Location 45 -> 36.2, toward the truth 38.
    PriorPosteriorRow contacts = rows.get(T + ".productivity.contacts_per_consultant_month");
    assertThat(contacts.observations()).isEqualTo("691 over exposure 19.25 in 6 months");
    assertThat(contacts.priorMean()).isCloseTo(45.0, within(0.01));
    assertThat(contacts.posteriorMean()).isCloseTo(36.21, within(0.01));
    assertThat(Math.abs(contacts.posteriorMean() - 38)).isLessThan(Math.abs(contacts.priorMean() - 38));
    // attrition: 4 leavers of 64 people on the payroll (headcount + leavers) -> from 0.035 up to
    // 0.0387, toward the truth 0.045 (the prior's Uniform(0.02, 0.05) caps it; leavers are net)
    PriorPosteriorRow attrition = rows.get(T + ".attrition_monthly");
    assertThat(attrition.observations()).isEqualTo("4/64 over 6 months");
    assertThat(attrition.priorMean()).isCloseTo(0.035, within(1e-12));
    assertThat(attrition.posteriorMean()).isCloseTo(0.0387, within(0.0005)).isGreaterThan(0.035).isLessThan(0.045);
    assertThat(Math.abs(attrition.posteriorMean() - 0.045)).isLessThan(Math.abs(attrition.priorMean() - 0.045));

    assertThat(calibration.parameters()).hasSize(3);
    assertThat(found.notCalibrated()).extracting(NotCalibrated::path)
        .contains("products[high_tech_cert].price", "clients.churn_monthly_healthy");
    assertThat(found.notCalibrated()).filteredOn(n -> n.path().equals("clients.churn_monthly_healthy"))
        .extracting(NotCalibrated::reason).singleElement().asString().startsWith("a fixed number in the scenario");
  }

  @Test
  void twoBranchesOfOneTemplatePoolMonthByMonth() throws Exception {
    Scenario baseline = ScenarioLoader.load(BASELINE).scenario();
    Opening first = baseline.expansion().get(0);
    Opening second = new Opening("wuxi-direct", 1, first.region(), first.industries(), Mode.DIRECT, first.template(),
        null, null, null, null, null, null, null, null);
    Scenario two = baseline.withExpansion(List.of(first, second, baseline.expansion().get(1)));
    YearMonth jan = YearMonth.of(2027, 1);
    YearMonth feb = YearMonth.of(2027, 2);
    Actuals actuals = new Actuals(feb, List.of(), List.of(),
        List.of(
            new Actuals.Headcount(jan, "suzhou-direct", "sales", null, 4, 4, 0),
            new Actuals.Headcount(jan, "wuxi-direct", "sales", null, 2, 2, 0),
            new Actuals.Headcount(feb, "suzhou-direct", "sales", null, 3, 0, 1),
            new Actuals.Headcount(feb, "suzhou-direct", "manager", null, 1, 1, 0),
            new Actuals.Headcount(feb, "wuxi-direct", "sales", null, 2, 0, 0)),
        List.of(
            new Actuals.Funnel(feb, "suzhou-direct", 100, 20, 12, null),
            new Actuals.Funnel(feb, "wuxi-direct", 50, 30, 5, null),
            new Actuals.Funnel(feb, "suzhou-partner", 1000, 1000, 0, null)), // a partner: not a branch of the template
        List.of(
            new Actuals.Clients(jan, "suzhou-direct", 3, 3, 0),
            new Actuals.Clients(feb, "suzhou-direct", 10, 12, 1),
            new Actuals.Clients(feb, "wuxi-direct", 5, 5, 0)),
        List.of(), List.of(), List.of(), List.of(), List.of());

    Map<String, Observations> found = ActualsObservations.from(two, actuals).observations();

    // conversion: February, (100 + 20) + (50 + 30) = 200 firms worked, 10 + 5 = 15 won; January nothing
    var conversion = (Observations.Trials) found.get(T + ".productivity.conversion_rate");
    assertThat(conversion.trials()).containsExactly(0, 200);
    assertThat(conversion.successes()).containsExactly(0, 15);
    // contacts: February, 100 + 50 over the sales on board at the end of January, 4 + 2 hired in
    // January, each counting (2 - 1 + 1) / (3 + 1) = 1/2 of a ramped consultant: 3
    var contacts = (Observations.Counts) found.get(T + ".productivity.contacts_per_consultant_month");
    assertThat(contacts.counts()).containsExactly(0, 150);
    assertThat(contacts.exposures()).containsExactly(0, 3);
    // attrition: January (4 + 0) + (2 + 0) = 6 people, 0 left; February (3 + 1) + (1 + 0) + (2 + 0) = 7, 1 left
    var attrition = (Observations.Trials) found.get(T + ".attrition_monthly");
    assertThat(attrition.trials()).containsExactly(6, 7);
    assertThat(attrition.successes()).containsExactly(0, 1);
    // Beta(6, 24) with 15 of 200: Beta(21, 209)
    var calibrated = ScenarioCalibration.of(two, found).table().stream()
        .filter(r -> r.path().endsWith("conversion_rate")).findFirst().orElseThrow();
    assertThat(calibrated.posteriorMean()).isCloseTo(21.0 / 230, within(1e-12));

    // churn (fixed in the baseline, so not in the map): at risk = last month's active + new
    var churn = (Observations.Trials) ChurnObservations.of(actuals, MonthAxis.of(two, actuals)).observations();
    assertThat(churn.trials()).containsExactly(3, 13 + 5);
    assertThat(churn.successes()).containsExactly(0, 1);
  }

  @Test
  void healthyChurnIsCalibratedOnlyWhenTheScenarioGivesItADistribution() throws Exception {
    Path pretend = Path.of("../scenarios/churn-test.yaml");
    Scenario withPrior = ScenarioLoader.load("extends: baseline.yaml\n"
        + "clients: { churn_monthly_healthy: { dist: beta, alpha: 5, beta: 195 } }\n", pretend).scenario();
    Actuals actuals = ActualsReader.read(EXAMPLE, withPrior, AS_OF);
    ActualsObservations found = ActualsObservations.from(withPrior, actuals);

    // at risk: last month's active + new = 0 + 15 + 26 + 42 + 58 + 76 = 217; churned 0 + 0 + 1 + 1 + 5 = 7
    var churn = (Observations.Trials) found.observations().get("clients.churn_monthly_healthy");
    assertThat(churn.totalTrials()).isEqualTo(217);
    assertThat(churn.totalSuccesses()).isEqualTo(7);
    assertThat(found.notCalibrated()).extracting(NotCalibrated::path).doesNotContain("clients.churn_monthly_healthy");
    ScenarioCalibration calibration = ScenarioCalibration.of(withPrior, found.observations());
    // Beta(5, 195), mean 0.025, and 7 of 217: Beta(12, 405), toward the truth's 0.035
    PriorPosteriorRow row = calibration.table().stream()
        .filter(r -> r.path().equals("clients.churn_monthly_healthy")).findFirst().orElseThrow();
    assertThat(row.posteriorMean()).isCloseTo(12.0 / 417, within(1e-12));
    String yaml = chainsim.rebalance.calibration.CalibratedOverlay.yaml(calibration, "churn-test.yaml", null,
        List.of());
    assertThat(yaml).contains("clients:\n  churn_monthly_healthy:\n    dist: beta\n    alpha: 12\n    beta: 405\n");
  }
}
