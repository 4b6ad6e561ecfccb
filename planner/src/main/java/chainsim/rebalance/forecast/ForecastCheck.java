package chainsim.rebalance.forecast;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsFormat;
import chainsim.scenario.Scenario;
import chainsim.scenario.tree.Position;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast check of a monthly rebalance: every actual against the previous plan's forecast for
 * the same entity, series and calendar month ({@link #rows()}), what the run did not forecast
 * ({@link #notForecast()}), and why each selling entity's signings and revenue missed
 * ({@link #drivers()}, for the as-of month and the months to date).
 *
 * <pre>{@code
 * RunDirectory previous = RunDirectory.read(Path.of("runs/2027-05"));
 * Actuals actuals = ActualsReader.read(Path.of("actuals/2027-06"), scenario, YearMonth.of(2027, 6));
 * ForecastCheck check = ForecastCheck.of(scenario, previous, actuals);
 * }</pre>
 */
public final class ForecastCheck {
  private final String scenarioName;
  private final YearMonth start;
  private final YearMonth asOf;
  private final List<ForecastRow> rows;
  private final List<NotForecast> notForecast;
  private final List<EntityDrivers> drivers;

  private ForecastCheck(String scenarioName, YearMonth start, YearMonth asOf, List<ForecastRow> rows,
      List<NotForecast> notForecast, List<EntityDrivers> drivers) {
    this.scenarioName = scenarioName;
    this.start = start;
    this.asOf = asOf;
    this.rows = List.copyOf(rows);
    this.notForecast = List.copyOf(notForecast);
    this.drivers = List.copyOf(drivers);
  }

  /**
   * Checks actuals (read and validated against {@code scenario}, up to their as-of month) against
   * the previous run. The run must be of the same scenario (its {@code name}) and horizon, and
   * cover the as-of month; otherwise one located {@link ForecastCheckException}.
   */
  public static ForecastCheck of(Scenario scenario, RunDirectory previous, Actuals actuals)
      throws ForecastCheckException {
    matches(scenario, previous, actuals.asOf());
    List<Observed.Value> values = Observed.values(actuals);
    List<ForecastRow> rows = new ArrayList<>();
    Map<String, NotForecast> missing = new LinkedHashMap<>();
    for (Observed.Value v : values) {
      boolean company = v.entity().equals(ActualsFormat.HEAD_OFFICE);
      RunDirectory.Series series = company ? previous.chain(v.metric()) : previous.entity(v.entity(), v.metric());
      ForecastBand band = series == null ? null : series.month(previous.monthIndex(v.month()));
      String reason = v.reason() != null ? v.reason()
          : !company && !previous.hasEntity(v.entity()) ? "the previous run has no " + v.entity()
          : series == null ? "the previous run has no series " + v.metric() + (company ? "" : " of " + v.entity())
              + " (a run made before chainsim wrote it: run the plan again)"
          : band == null ? "the previous run has no row for " + v.month() : null;
      if (reason != null) {
        missing.putIfAbsent(v.entity() + "|" + v.metric(), new NotForecast(v.entity(), v.metric(), reason));
      } else {
        rows.add(ForecastRow.of(v.entity(), v.metric(), series.unit(), v.month(), v.value(), band));
      }
    }
    rows.sort(order(previous));
    List<NotForecast> notForecast = new ArrayList<>(missing.values());
    notForecast.sort(Comparator.comparing(NotForecast::entity).thenComparing(NotForecast::metric));
    List<EntityDrivers> drivers = MissDrivers.of(scenario, previous, actuals, values);
    return new ForecastCheck(scenario.name(), previous.start(), actuals.asOf(), rows, notForecast, drivers);
  }

  private static void matches(Scenario scenario, RunDirectory previous, YearMonth asOf) throws ForecastCheckException {
    Position at = previous.namePosition();
    if (!previous.scenarioName().equals(scenario.name())) {
      throw ForecastCheckException.at(at.file(), at.line(), at.column(), "the previous run is of scenario '"
          + previous.scenarioName() + "', not of '" + scenario.name() + "', the scenario being rebalanced");
    }
    YearMonth start = YearMonth.parse(scenario.horizon().start());
    int months = scenario.horizon().months();
    if (!previous.start().equals(start) || previous.months() != months) {
      at = previous.start().equals(start) ? previous.monthsPosition() : previous.startPosition();
      throw ForecastCheckException.at(at.file(), at.line(), at.column(), "the previous run's horizon is "
          + previous.start() + " for " + previous.months() + " months, the scenario's " + start + " for " + months
          + " months: not a forecast of this plan");
    }
    int index = previous.monthIndex(asOf);
    if (index < 1 || index > previous.months()) {
      at = previous.monthsPosition();
      throw ForecastCheckException.at(at.file(), at.line(), at.column(), "the as-of month " + asOf
          + " is outside the previous run's horizon");
    }
  }

  /** Entities in the run's order (others after, by id), the head office last; series in the run's order; months. */
  private static Comparator<ForecastRow> order(RunDirectory previous) {
    List<String> entities = previous.entities();
    Map<String, List<String>> metrics = new LinkedHashMap<>();
    return Comparator.<ForecastRow>comparingInt(r -> r.entity().equals(ActualsFormat.HEAD_OFFICE) ? Integer.MAX_VALUE
            : entities.indexOf(r.entity()) < 0 ? Integer.MAX_VALUE - 1 : entities.indexOf(r.entity()))
        .thenComparing(ForecastRow::entity)
        .thenComparingInt(r -> metrics.computeIfAbsent(r.entity(), e -> e.equals(ActualsFormat.HEAD_OFFICE)
            ? previous.chainMetrics() : previous.metrics(e)).indexOf(r.metric()))
        .thenComparing(ForecastRow::metric)
        .thenComparing(ForecastRow::month);
  }

  /** The scenario checked (the previous run's and the actuals'). */
  public String scenarioName() {
    return scenarioName;
  }

  /** The horizon's first month. */
  public YearMonth start() {
    return start;
  }

  public YearMonth asOf() {
    return asOf;
  }

  /** One row per observed actual with a forecast, by entity, series and month. */
  public List<ForecastRow> rows() {
    return rows;
  }

  /** Rows outside the P5–P95 band, furthest outside first (in band widths; ties in row order). */
  public List<ForecastRow> outside() {
    List<ForecastRow> out = new ArrayList<>(rows.stream().filter(r -> !r.inside()).toList());
    out.sort(Comparator.comparingDouble(ForecastRow::distanceOutside).reversed());
    return out;
  }

  /** Observed series with no forecast in the previous run, and why. */
  public List<NotForecast> notForecast() {
    return notForecast;
  }

  /** Per selling entity, in the run's order: the as-of month, then the months to date. */
  public List<EntityDrivers> drivers() {
    return drivers;
  }
}
