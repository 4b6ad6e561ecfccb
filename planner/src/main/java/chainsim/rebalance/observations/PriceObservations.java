package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Belief;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.Uncertain;
import java.util.Arrays;

/**
 * {@code products[P].price} from revenue.csv's {@code signings} and {@code signed_revenue_cny}, as
 * normal measurements: per month, summed over every entity (a product has one price for the whole
 * scenario), the average price of the month's orders, {@code signed_revenue_cny / signings},
 * weighted by its orders ({@link Observations.Measurements#ofAverages}).
 *
 * <p><b>Signed, not delivered.</b> revenue.csv's {@code revenue_cny} is revenue delivered, spread
 * over the delivery months, so it says nothing about a price per order; the orders signed and their
 * contract value do, and the model states both exactly (every order carries its price).
 *
 * <p><b>The noise of one order</b>, from how the scenario draws the price:
 *
 * <ul>
 *   <li>{@code draw: month} (a price drawn for every order): known, the scenario's own spread (the
 *       prior's sd); only the location is calibrated, the spread kept;
 *   <li>{@code draw: replication} (one price for all orders, the default): the model has no
 *       dispersion between orders, but a real order book has (discounts, bundles). It is unknown
 *       and integrated out (reference prior 1/sigma: a Student-t on the order-weighted months with
 *       months - 1 degrees of freedom). Where the months cannot estimate it (one month), or show
 *       less than a yuan of spread per order (as the model's own orders do: one price, the
 *       averages differing only by the cents the files round to), the orders state the price to
 *       the yuan: a known noise of {@value #YUAN} yuan per order. Finer would be false precision:
 *       the totals are checked to a yuan, and the overlay writes six significant digits.
 * </ul>
 *
 * <p>A month enters where some entity reports both cells with at least one order.
 */
final class PriceObservations {
  /**
   * One order's noise where the orders agree to the yuan: the tolerance the actuals' totals are
   * checked to, and about what a scenario's six significant digits can state of a price.
   */
  static final double YUAN = 1.0;

  private PriceObservations() {}

  static Finding of(Actuals actuals, MonthAxis axis, String product, Uncertain prior) {
    double[] orders = new double[axis.months()];
    double[] value = new double[axis.months()];
    for (Actuals.Revenue r : actuals.revenue()) {
      int m = axis.index(r.month());
      if (m < 0 || !r.product().equals(product) || r.signings() == null || r.signedRevenueCny() == null
          || r.signings() == 0) {
        continue;
      }
      orders[m] += r.signings();
      value[m] += r.signedRevenueCny();
    }
    int months = (int) Arrays.stream(orders).filter(n -> n > 0).count();
    if (months == 0) {
      return Finding.none("no month with signings and signed revenue of " + product + " (revenue.csv)");
    }
    double[] averages = new double[months];
    double[] items = new double[months];
    for (int m = 0, i = 0; m < orders.length; m++) {
      if (orders[m] > 0) {
        averages[i] = value[m] / orders[m];
        items[i++] = orders[m];
      }
    }
    Double itemNoise;
    if (prior.draw() == Uncertain.Draw.MONTH) {
      itemNoise = Belief.of(prior).sd();
    } else if (months > 1 && spreadPerOrder(averages, items) >= YUAN) {
      itemNoise = null;
    } else {
      itemNoise = YUAN;
    }
    return Finding.of(Observations.Measurements.ofAverages(averages, items, itemNoise));
  }

  /** The spread of one order's price the months' averages show: sqrt(weighted sum of squares / (months - 1)). */
  static double spreadPerOrder(double[] averages, double[] orders) {
    double total = Arrays.stream(orders).sum();
    double mean = 0;
    for (int m = 0; m < averages.length; m++) {
      mean += orders[m] * averages[m] / total;
    }
    double squares = 0;
    for (int m = 0; m < averages.length; m++) {
      squares += orders[m] * (averages[m] - mean) * (averages[m] - mean);
    }
    return Math.sqrt(squares / (averages.length - 1));
  }
}
