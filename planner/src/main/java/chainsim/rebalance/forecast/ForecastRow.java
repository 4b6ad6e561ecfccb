package chainsim.rebalance.forecast;

import chainsim.metrics.Unit;
import java.time.YearMonth;

/**
 * One actual against its forecast: the entity ({@code head_office} for the company's own rows), the
 * run's series name ({@code revenue.product.high_tech_cert}, {@code cost.rent}, {@code contacts},
 * {@code cash.balance}), the calendar month, the actual and the band.
 *
 * @param miss actual − P50
 * @param missShare the miss as a share of P50; NaN when P50 is 0
 * @param inside whether the actual lies within P5..P95, ends included
 * @param quantile the actual's position within the stored percentiles ({@link ForecastBand#quantileOf})
 */
public record ForecastRow(String entity, String metric, Unit unit, YearMonth month, double actual, ForecastBand band,
    double miss, double missShare, boolean inside, double quantile) {

  static ForecastRow of(String entity, String metric, Unit unit, YearMonth month, double actual, ForecastBand band) {
    double miss = actual - band.p50();
    return new ForecastRow(entity, metric, unit, month, actual, band, miss,
        band.p50() == 0 ? Double.NaN : miss / band.p50(), band.inside(actual), band.quantileOf(actual));
  }

  /** How far outside the band, in the band's own widths: 0 inside; (P5 − actual) / (P95 − P5) below. */
  public double distanceOutside() {
    double width = band.p95() - band.p5();
    double gap = actual < band.p5() ? band.p5() - actual : actual > band.p95() ? actual - band.p95() : 0;
    return gap == 0 ? 0 : width > 0 ? gap / width : Double.POSITIVE_INFINITY;
  }
}
