package chainsim.report.forecast;

import chainsim.metrics.Unit;
import chainsim.rebalance.forecast.Driver;
import chainsim.rebalance.forecast.EntityDrivers;
import chainsim.rebalance.forecast.ForecastCheck;
import chainsim.rebalance.forecast.ForecastRow;
import java.util.List;

/**
 * The forecast check's files, as text for the caller to write (inside its own atomic directory):
 * rows in the check's order, numbers in the series' units ({@link Unit}: yuan to the yuan, counts to
 * two decimals), shares and quantiles to four, an empty cell where a figure does not exist, "\n"
 * line ends. Ids and series names never need quoting.
 */
public final class ForecastCheckCsv {
  /** The header of forecast-check.csv. */
  public static final String CHECK_HEADER =
      "entity,metric,unit,month,actual,mean,p5,p50,p95,miss,miss_pct,inside,quantile";
  /** The header of drivers.csv. */
  public static final String DRIVERS_HEADER =
      "entity,period,from,to,target,driver,factor_actual,factor_forecast,actual,forecast,contribution,share";

  private ForecastCheckCsv() {}

  /** {@code forecast-check.csv}: one row per actual with a forecast. */
  public static String forecastCheck(ForecastCheck check) {
    StringBuilder out = new StringBuilder(CHECK_HEADER).append('\n');
    for (ForecastRow r : check.rows()) {
      Unit u = r.unit();
      out.append(String.join(",", List.of(r.entity(), r.metric(), u.key(), r.month().toString(), u.format(r.actual()),
          u.format(r.band().mean()), u.format(r.band().p5()), u.format(r.band().p50()), u.format(r.band().p95()),
          u.format(r.miss()), Unit.RATIO.format(r.missShare()), Boolean.toString(r.inside()),
          Unit.RATIO.format(r.quantile())))).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code drivers.csv}: per selling entity and period, for signings then revenue, a {@code total}
   * row (the actual, the forecast mean, the miss) and a row per driver (its factor, actual and
   * forecast, its part of the miss and its share); the parts add up to the total's miss. Then the
   * context, not part of any sum: active clients and service headcount at the period's end
   * (target {@code context}).
   */
  public static String drivers(ForecastCheck check) {
    StringBuilder out = new StringBuilder(DRIVERS_HEADER).append('\n');
    for (EntityDrivers d : check.drivers()) {
      target(out, d, "signings", d.signings(), Unit.COUNT);
      target(out, d, "revenue", d.revenue(), Unit.CNY);
      for (EntityDrivers.Factor f : d.context()) {
        out.append(d.entity()).append(',').append(d.period().key()).append(',').append(d.from()).append(',')
            .append(d.to()).append(",context,").append(f.name()).append(',').append(Unit.COUNT.format(f.actual()))
            .append(',').append(Unit.COUNT.format(f.forecast())).append(",,,,\n");
      }
    }
    return out.toString();
  }

  private static void target(StringBuilder out, EntityDrivers d, String name, EntityDrivers.Target t, Unit unit) {
    String key = d.entity() + "," + d.period().key() + "," + d.from() + "," + d.to() + "," + name + ",";
    out.append(key).append("total,,,").append(unit.format(t.actual())).append(',').append(unit.format(t.forecast()))
        .append(',').append(unit.format(t.miss())).append(',').append(t.miss() == 0 ? "" : "1.0000").append('\n');
    for (Driver driver : Driver.values()) {
      if (!t.contributions().containsKey(driver)) {
        continue;
      }
      EntityDrivers.Factor f = d.factor(driver.key());
      out.append(key).append(driver.key()).append(',')
          .append(f == null ? "" : Unit.RATIO.format(f.actual())).append(',')
          .append(f == null ? "" : Unit.RATIO.format(f.forecast())).append(",,,")
          .append(unit == Unit.CNY ? Unit.CNY.format(t.contributions().get(driver))
              : Unit.COUNT.format(t.contributions().get(driver)))
          .append(',').append(Unit.RATIO.format(t.share(driver))).append('\n');
    }
  }
}
