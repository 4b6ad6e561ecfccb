package chainsim.rebalance.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsReader;
import chainsim.engine.Replication;
import chainsim.engine.Simulation;
import chainsim.rebalance.calibration.Observations;
import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.calibration.ScenarioCalibration;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Product;
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
    // conversion: 78 new clients of 417 firms with a need worked (65 qualified contacts + 352 leads),
    // of which 67 leads came from the events line (marketing.csv), converting at 1.3 x the rate:
    // effective trials 417 + 0.3 x 67 = 437.1; Beta(6, 24) -> Beta(84, 383.1), mean 0.180. (Leads not
    // split by line: Beta(84, 363), mean 0.188. Every contact a trial: 78 of 1043, mean 0.078.)
    // Replication 0 is a lucky one: at the truth 0.14, 0.14 x 437.1 = 61 new clients were to be
    // expected; see ConversionRecoveryTest.
    PriorPosteriorRow conversion = rows.get(T + ".productivity.conversion_rate");
    assertThat(conversion.priorMean()).isCloseTo(0.20, within(1e-12));
    assertThat(conversion.observations()).isEqualTo("78/417 (effective 437.1) over 6 months");
    assertThat(conversion.posteriorMean()).isCloseTo(84.0 / 467.1, within(1e-9));
    assertThat(conversion.posteriorP5()).isLessThan(0.16);
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

    // prices: replication 0 of the truth draws one price per product and every order carries it;
    // the orders signed (revenue.csv) state it to the yuan (noise 1 yuan an order: sd 1/sqrt(23)
    // for high_tech_cert's 23 orders), whatever the prior believed
    Scenario trueScenario = ScenarioLoader.load(EXAMPLE.resolve("true.yaml")).scenario();
    Replication truth = new Simulation(trueScenario).replication(0);
    for (Product p : trueScenario.products()) {
      PriorPosteriorRow price = rows.get("products[" + p.id() + "].price");
      assertThat(price.posteriorMean()).as(p.id()).isCloseTo(truth.draws.value(p.price()), within(0.01));
      assertThat(price.posteriorP95() - price.posteriorP5()).as(p.id()).isBetween(0.5, 1.5);
    }
    assertThat(rows.get("products[high_tech_cert].price").observations())
        .isEqualTo("23 items in 5 months, mean 76565, noise sd 1");

    // cost per lead: replication 0 of the truth draws one cost per line; spend / leads (marketing.csv)
    // states it within the rounding of a lead a month
    var lines = trueScenario.branchTemplate("standard_direct").orElseThrow().marketing();
    for (var line : lines) {
      PriorPosteriorRow cost = rows.get(T + ".marketing[" + line.id() + "].cost_per_lead");
      double drawn = truth.draws.value(line.costPerLead());
      System.out.printf(java.util.Locale.ROOT, "cost per lead %s: truth %.2f, prior %.1f, posterior %.2f (%.2f-%.2f), %s%n",
          line.id(), drawn, cost.priorMean(), cost.posteriorMean(), cost.posteriorP5(), cost.posteriorP95(),
          cost.observations());
      assertThat(drawn).as(line.id()).isBetween(cost.posteriorP5(), cost.posteriorP95());
    }

    assertThat(calibration.parameters()).hasSize(3 + baseline.products().size() + lines.size());
    assertThat(found.notCalibrated()).extracting(NotCalibrated::path)
        .contains("clients.churn_monthly_healthy").noneMatch(path -> path.endsWith("].price"));
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
            new Actuals.Funnel(feb, "suzhou-direct", 100, 14, 20, 12, null),
            new Actuals.Funnel(feb, "wuxi-direct", 50, 6, 30, 5, null),
            new Actuals.Funnel(feb, "suzhou-partner", 1000, 100, 1000, 0, null)), // a partner: not a branch of the template
        List.of(
            new Actuals.Clients(jan, "suzhou-direct", 3, 3, 0),
            new Actuals.Clients(feb, "suzhou-direct", 10, 12, 1),
            new Actuals.Clients(feb, "wuxi-direct", 5, 5, 0)),
        List.of(), List.of(), List.of(), List.of(), List.of());

    Map<String, Observations> found = ActualsObservations.from(two, actuals).observations();

    // conversion: February, (14 + 20) + (6 + 30) = 70 firms with a need worked (qualified contacts
    // + leads), 10 + 5 = 15 won; January nothing
    var conversion = (Observations.Trials) found.get(T + ".productivity.conversion_rate");
    assertThat(conversion.trials()).containsExactly(0, 70);
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
    // Beta(6, 24) with 15 of 70: Beta(21, 79)
    var calibrated = ScenarioCalibration.of(two, found).table().stream()
        .filter(r -> r.path().endsWith("conversion_rate")).findFirst().orElseThrow();
    assertThat(calibrated.posteriorMean()).isCloseTo(21.0 / 100, within(1e-12));

    // churn (fixed in the baseline, so not in the map): at risk = last month's active + new
    var churn = (Observations.Trials) ChurnObservations.of(actuals, MonthAxis.of(two, actuals)).observations();
    assertThat(churn.trials()).containsExactly(3, 13 + 5);
    assertThat(churn.successes()).containsExactly(0, 1);
  }

  @Test
  void leadsByMarketingLineWeighTheTrialsByTheirLinesMultiplier() throws Exception {
    // the baseline's lines: online (multiplier 1) and events (1.3). February: 14 qualified contacts,
    // 20 leads, 14 online and 6 events: effective trials 14 + 14 + 1.3 x 6 = 35.8; March: 10 + 25
    // leads, not split by line (no marketing.csv rows): 35, as without marketing.csv
    Scenario baseline = ScenarioLoader.load(BASELINE).scenario();
    YearMonth feb = YearMonth.of(2027, 2);
    YearMonth mar = YearMonth.of(2027, 3);
    Actuals actuals = new Actuals(mar, List.of(), List.of(), List.of(),
        List.of(new Actuals.Funnel(feb, "suzhou-direct", 100, 14, 20, 9, null),
            new Actuals.Funnel(mar, "suzhou-direct", 100, 10, 25, 6, null)),
        List.of(new Actuals.Clients(feb, "suzhou-direct", 8, 8, 0), new Actuals.Clients(mar, "suzhou-direct", 6, 14, 0)),
        List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Actuals.Marketing(feb, "suzhou-direct", "online", 14, 28000.0),
            new Actuals.Marketing(feb, "suzhou-direct", "events", 6, 15000.0)));
    var trials = (Observations.Trials) ActualsObservations.from(baseline, actuals).observations()
        .get(T + ".productivity.conversion_rate");
    assertThat(trials.trials()).containsExactly(0, 34, 35);
    assertThat(trials.successes()).containsExactly(0, 8, 6);
    assertThat(trials.effectiveTrials()).containsExactly(new double[] {0, 35.8, 35}, within(1e-12));
    assertThat(trials.summary()).isEqualTo("14/69 (effective 70.8) over 3 months");
    // Beta(6, 24) with 14 of 70.8 effective trials: Beta(20, 80.8)
    var calibrated = ScenarioCalibration.of(baseline, Map.of(T + ".productivity.conversion_rate", trials)).table()
        .stream().filter(r -> r.path().endsWith("conversion_rate")).findFirst().orElseThrow();
    assertThat(calibrated.posteriorMean()).isCloseTo(20 / 100.8, within(1e-12));

    // without marketing.csv: today's trials, every lead one trial at the rate
    Actuals unsplit = new Actuals(mar, List.of(), List.of(), List.of(), actuals.funnel(), actuals.clients(),
        List.of(), List.of(), List.of(), List.of(), List.of());
    var plain = (Observations.Trials) ActualsObservations.from(baseline, unsplit).observations()
        .get(T + ".productivity.conversion_rate");
    assertThat(plain.effectiveTrials()).isNull();
    assertThat(plain.summary()).isEqualTo("14/69 over 3 months");
  }

  @Test
  void contactsWithoutQualifiedContactsLeaveConversionUncalibratedAndSayWhy() throws Exception {
    Scenario baseline = ScenarioLoader.load(BASELINE).scenario();
    YearMonth feb = YearMonth.of(2027, 2);
    YearMonth mar = YearMonth.of(2027, 3);
    List<Actuals.Clients> clients = List.of(new Actuals.Clients(feb, "suzhou-direct", 10, 10, 0),
        new Actuals.Clients(mar, "suzhou-direct", 4, 14, 0));
    Actuals unqualified = new Actuals(mar, List.of(), List.of(), List.of(),
        List.of(new Actuals.Funnel(feb, "suzhou-direct", 100, null, 20, 10, null),
            new Actuals.Funnel(mar, "suzhou-direct", 120, null, 25, 4, null)),
        clients, List.of(), List.of(), List.of(), List.of(), List.of());
    ActualsObservations found = ActualsObservations.from(baseline, unqualified);
    assertThat(found.observations()).doesNotContainKey(T + ".productivity.conversion_rate");
    assertThat(found.notCalibrated()).filteredOn(n -> n.path().equals(T + ".productivity.conversion_rate"))
        .extracting(NotCalibrated::reason).containsExactly(ConversionObservations.CONTACTS_NOT_QUALIFIED);

    // a month without outbound contacts has no qualified contact to report: its leads are the trials;
    // March's contacts without qualified contacts are left out
    Actuals leadsOnly = new Actuals(mar, List.of(), List.of(), List.of(),
        List.of(new Actuals.Funnel(feb, "suzhou-direct", 0, null, 20, 10, null),
            new Actuals.Funnel(mar, "suzhou-direct", 120, null, 25, 4, null)),
        clients, List.of(), List.of(), List.of(), List.of(), List.of());
    var trials = (Observations.Trials) ActualsObservations.from(baseline, leadsOnly).observations()
        .get(T + ".productivity.conversion_rate");
    assertThat(trials.trials()).containsExactly(0, 20, 0);
    assertThat(trials.successes()).containsExactly(0, 10, 0);
  }

  @Test
  void pricesComeFromTheOrdersSignedByProductWeightedByOrders() throws Exception {
    // a price drawn for every order (draw: month), Normal(10000, 2000): one order's noise is the
    // scenario's own sd, 2000 (min 1 cuts nothing that matters). Feb: 3 + 1 orders for 44000 over two branches (average 11000),
    // Mar: 1 order of 8000; Apr: revenue delivered but no order signed (no month); a row without
    // signings (not observed) is left out. Location: Normal-Normal, (10000 + 5 x 10400) / 6.
    Scenario scenario = ScenarioLoader.load("extends: baseline.yaml\nproducts:\n  - id: ip_filing\n"
        + "    price: { dist: normal, mean: 10000, sd: 2000, min: 1, draw: month }\n",
        Path.of("../scenarios/price-test.yaml")).scenario();
    YearMonth feb = YearMonth.of(2027, 2);
    YearMonth mar = YearMonth.of(2027, 3);
    YearMonth apr = YearMonth.of(2027, 4);
    Actuals actuals = new Actuals(apr,
        List.of(new Actuals.Revenue(feb, "suzhou-direct", "ip_filing", 5000, 3, 30000.0),
            new Actuals.Revenue(feb, "suzhou-partner", "ip_filing", 0, 1, 14000.0),
            new Actuals.Revenue(feb, "suzhou-direct", "high_tech_cert", 5000, 2, 100000.0),
            new Actuals.Revenue(mar, "suzhou-direct", "ip_filing", 7000, 1, 8000.0),
            new Actuals.Revenue(apr, "suzhou-direct", "ip_filing", 7000, 0, 0.0),
            new Actuals.Revenue(apr, "suzhou-partner", "ip_filing", 7000, null, null)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    ActualsObservations found = ActualsObservations.from(scenario, actuals);
    var ip = (Observations.Measurements) found.observations().get("products[ip_filing].price");
    assertThat(ip.values()).containsExactly(11000, 8000);
    assertThat(ip.weights()).containsExactly(4, 1);
    assertThat(ip.noiseSd()).isCloseTo(2000.0, within(0.01)); // cut at 1, five sd away: as good as unbounded
    PriorPosteriorRow row = ScenarioCalibration.of(scenario, found.observations()).table().stream()
        .filter(r -> r.path().equals("products[ip_filing].price")).findFirst().orElseThrow();
    assertThat(row.posteriorMean()).isCloseTo(62000.0 / 6, within(0.5)); // by the grid: the prior is bounded
    // one month at one price (draw: replication): the orders state the price to the yuan
    var cert = (Observations.Measurements) found.observations().get("products[high_tech_cert].price");
    assertThat(cert.values()).containsExactly(50000);
    assertThat(cert.noiseSd()).isEqualTo(PriceObservations.YUAN);
    assertThat(found.notCalibrated()).filteredOn(n -> n.path().equals("products[tax_bookkeeping].price"))
        .extracting(NotCalibrated::reason)
        .containsExactly("no month with signings and signed revenue of tax_bookkeeping (revenue.csv)");
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
