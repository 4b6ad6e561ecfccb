package chainsim.rebalance.forecast;

import chainsim.testing.TinyRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast check on a hand-made run directory and actuals, every figure by hand. */
class ForecastCheckTest {
  static final YearMonth FEB = YearMonth.of(2027, 2);
  static Scenario baseline;

  @BeforeAll
  static void load() throws Exception {
    baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
  }

  private static ForecastCheck check(Path dir) throws Exception {
    return ForecastCheck.of(baseline, RunDirectory.read(TinyRun.write(dir)), TinyRun.actuals());
  }

  private static ForecastRow row(ForecastCheck check, String entity, String metric, YearMonth month) {
    return check.rows().stream().filter(r -> r.entity().equals(entity) && r.metric().equals(metric)
        && r.month().equals(month)).findFirst().orElseThrow(() -> new AssertionError("no row " + metric));
  }

  @Test
  void eachActualIsHeldAgainstItsBand(@TempDir Path dir) throws Exception {
    ForecastCheck check = check(dir);
    ForecastRow revenue = row(check, "suzhou-direct", "revenue", FEB);
    assertThat(revenue.actual()).isEqualTo(90.0); // the sum of the month's revenue.csv rows
    assertThat(revenue.miss()).isEqualTo(-10.0);
    assertThat(revenue.missShare()).isCloseTo(-0.1, within(1e-12));
    assertThat(revenue.inside()).isTrue();
    assertThat(revenue.quantile()).isCloseTo(0.375, within(1e-12));
    ForecastRow contacts = row(check, "suzhou-direct", "contacts", FEB);
    assertThat(contacts.miss()).isEqualTo(-42.0);
    assertThat(contacts.missShare()).isCloseTo(-0.3, within(1e-12));
    assertThat(contacts.inside()).isFalse();
    assertThat(contacts.quantile()).isCloseTo(0.03, within(1e-12)); // 0.05 - 0.20 x 2/20
    assertThat(row(check, "suzhou-direct", "new_clients", FEB).quantile()).isCloseTo(0.25 + 0.25 / 3, within(1e-12));
    assertThat(row(check, "head_office", "cash.balance", FEB).quantile()).isEqualTo(0.25);
    assertThat(row(check, "suzhou-direct", "revenue", YearMonth.of(2027, 1)).quantile()).isEqualTo(0.5);
    assertThat(row(check, "suzhou-direct", "headcount.sales", FEB).quantile()).isEqualTo(0.95); // 5 is P95 alone
    assertThat(check.outside()).extracting(ForecastRow::metric).containsExactly("contacts");
  }

  @Test
  void rowsComeInTheRunsOrderAndWhatItDidNotForecastIsListed(@TempDir Path dir) throws Exception {
    ForecastCheck check = check(dir);
    assertThat(check.rows()).extracting(r -> r.metric() + " " + r.month()).containsExactly(
        "revenue 2027-01", "revenue 2027-02", "new_clients 2027-01", "new_clients 2027-02",
        "active_clients 2027-01", "active_clients 2027-02", "signed_revenue 2027-01", "signed_revenue 2027-02",
        "contacts 2027-01", "contacts 2027-02", "leads 2027-01", "leads 2027-02", "signed_orders 2027-01",
        "signed_orders 2027-02", "revenue.product.tax_bookkeeping 2027-02", "headcount.sales 2027-01",
        "headcount.sales 2027-02", "cash.balance 2027-02");
    assertThat(check.notForecast()).extracting(n -> n.metric() + ": " + n.reason()).containsExactly(
        "churned_clients: the previous run has no series churned_clients of suzhou-direct"
            + " (a run made before chainsim wrote it: run the plan again)",
        "hires.sales: hires and leavers are not forecast (the run forecasts the headcount)",
        "leavers.sales: hires and leavers are not forecast (the run forecasts the headcount)");
  }

  @Test
  void theMissesSplitOverTheDriversAsComputedByHand(@TempDir Path dir) throws Exception {
    EntityDrivers d = check(dir).drivers().get(0);
    assertThat(d.period()).isEqualTo(EntityDrivers.Period.AS_OF);
    // signings 12 against 15: new clients 10 against 12 (H 5 vs 4, C 100 vs 142), other orders 2 against 3
    double l = -2 / Math.log(10.0 / 12);
    assertThat(d.signings().miss()).isEqualTo(-3.0);
    assertThat(d.signings().contributions().get(Driver.STAFFING)).isCloseTo(l * Math.log(5.0 / 4), within(1e-12));
    assertThat(d.signings().contributions().get(Driver.CONTACTS))
        .isCloseTo(l * (Math.log(100.0 / 142) - Math.log(5.0 / 4)), within(1e-12));
    assertThat(d.signings().contributions().get(Driver.CONVERSION))
        .isCloseTo(l * (Math.log(10.0 / 12) - Math.log(100.0 / 142)), within(1e-12));
    // no client base before February on either side: the repeat orders' miss is all theirs
    assertThat(d.signings().contributions().get(Driver.CLIENT_BASE)).isEqualTo(0.0);
    assertThat(d.signings().contributions().get(Driver.REPEAT)).isCloseTo(-1.0, within(1e-12));
    assertThat(sum(d.signings())).isCloseTo(-3.0, within(1e-12));
    // revenue 90 against 110: price 50 a order on both sides; signings' part L(90,110) ln(12/15)
    double lr = -20 / Math.log(90.0 / 110);
    double signingsPart = lr * Math.log(12.0 / 15);
    assertThat(d.revenue().contributions().get(Driver.PRICE)).isCloseTo(0.0, within(1e-9));
    assertThat(d.revenue().contributions().get(Driver.DELIVERY)).isCloseTo(-20 - signingsPart, within(1e-9));
    assertThat(d.revenue().contributions().get(Driver.REPEAT)).isCloseTo(signingsPart / 3, within(1e-9));
    assertThat(sum(d.revenue())).isCloseTo(-20.0, within(1e-9));
    // contacts: -2/ln(10/12) x (ln(100/142) - ln(5/4)) = -6.30 of the -3 signings, so -46.7 of revenue
    assertThat(d.revenue().contributions().get(Driver.CONTACTS)).isCloseTo(-46.67, within(0.01));
    assertThat(d.revenue().largest()).isEqualTo(Driver.CONTACTS);
    assertThat(d.factor("conversion").actual()).isCloseTo(0.1, within(1e-12));
    assertThat(d.factor("conversion").forecast()).isCloseTo(12.0 / 142, within(1e-12));
    // to date: the same sums but twice the consultant-months on both sides
    EntityDrivers toDate = check(dir.resolve("again")).drivers().get(1);
    assertThat(toDate.period()).isEqualTo(EntityDrivers.Period.TO_DATE);
    assertThat(toDate.factor("staffing").actual()).isEqualTo(10.0);
    assertThat(toDate.factor("staffing").forecast()).isEqualTo(8.0);
    assertThat(toDate.revenue().miss()).isEqualTo(-20.0);
  }

  @Test
  void aRunOfAnotherScenarioIsOneLocatedProblem(@TempDir Path dir) throws Exception {
    Path run = TinyRun.write(dir);
    Files.writeString(run.resolve("scenario.yaml"), "name: suzhou-truth\nhorizon:\n  start: 2027-01\n  months: 36\n");
    Files.writeString(run.resolve("summary.json"), Files.readString(run.resolve("summary.json"))
        .replace("suzhou-baseline", "suzhou-truth"));
    Files.writeString(run.resolve("manifest.json"), Files.readString(run.resolve("manifest.json"))
        .replace("suzhou-baseline", "suzhou-truth"));
    assertThatThrownBy(() -> ForecastCheck.of(baseline, RunDirectory.read(run), TinyRun.actuals()))
        .isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(p -> p.format()).containsExactly(
            run.resolve("scenario.yaml") + ":1:7: the previous run is of scenario 'suzhou-truth', not of"
                + " 'suzhou-baseline', the scenario being rebalanced"));
  }

  @Test
  void aRunOfAnotherHorizonIsOneLocatedProblem(@TempDir Path dir) throws Exception {
    Path run = TinyRun.write(dir);
    Files.writeString(run.resolve("scenario.yaml"), "name: suzhou-baseline\nhorizon:\n  start: 2027-01\n  months: 24\n");
    Files.writeString(run.resolve("summary.json"), Files.readString(run.resolve("summary.json"))
        .replace("36", "24"));
    assertThatThrownBy(() -> ForecastCheck.of(baseline, RunDirectory.read(run), TinyRun.actuals()))
        .isInstanceOf(ForecastCheckException.class)
        .hasMessage(run.resolve("scenario.yaml") + ":4:11: the previous run's horizon is 2027-01 for 24 months,"
            + " the scenario's 2027-01 for 36 months: not a forecast of this plan");
  }

  @Test
  void filesThatDisagreeOrAreMissingAreOneLocatedProblem(@TempDir Path dir) throws Exception {
    Path run = TinyRun.write(dir);
    Files.writeString(run.resolve("manifest.json"), Files.readString(run.resolve("manifest.json"))
        .replace("suzhou-baseline", "national"));
    assertThatThrownBy(() -> RunDirectory.read(run)).hasMessage(run.resolve("manifest.json")
        + ":3:1: the manifest names scenario 'national', scenario.yaml 'suzhou-baseline': not one run");
    Files.delete(run.resolve("entities.csv"));
    assertThatThrownBy(() -> RunDirectory.read(run)).hasMessage(run.resolve("entities.csv") + ":1:1: missing file:"
        + " a run directory as chainsim run writes it holds manifest.json, summary.json, scenario.yaml, monthly.csv,"
        + " entities.csv");
    TinyRun.write(run);
    Files.writeString(run.resolve("monthly.csv"), "metric,unit,month,calendar_month,mean,p5,p25,p50,p75,p95\n"
        + "cash.balance,cny,1,2027-01,1000,1000,x,1000,1000,1000\n");
    assertThatThrownBy(() -> RunDirectory.read(run)).hasMessage(run.resolve("monthly.csv")
        + ":2:7: not a number: 'x'");
    assertThatThrownBy(() -> RunDirectory.read(dir.resolve("nowhere"))).hasMessage(dir.resolve("nowhere")
        + ":1:1: no such run directory (the previous plan's run, as chainsim run writes it)");
  }

  private static double sum(EntityDrivers.Target t) {
    return t.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
