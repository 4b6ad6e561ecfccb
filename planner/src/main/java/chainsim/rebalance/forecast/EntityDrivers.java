package chainsim.rebalance.forecast;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Why a selling entity's signings and revenue missed the forecast over a period: each miss
 * (actual − forecast mean; means add up over months, medians do not) split over the {@link Driver}s
 * so that the parts add up to it exactly, the factors behind them, and context that is not part of
 * the sum (active clients and service staff at the period's end).
 *
 * @param from the period's first month
 * @param to the period's last month (the as-of month)
 */
public record EntityDrivers(String entity, Period period, YearMonth from, YearMonth to, Target signings,
    Target revenue, List<Factor> factors, List<Factor> context) {

  /** The periods a miss is explained over. */
  public enum Period {
    /** The as-of month alone. */
    AS_OF("as_of"),
    /** From the run's first month to the as-of month. */
    TO_DATE("to_date");

    private final String key;

    Period(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** A miss and its parts by driver in driver order (every driver of the decomposition present, 0 where none). */
  public record Target(double actual, double forecast, Map<Driver, Double> contributions) {
    public Target {
      Map<Driver, Double> ordered = new java.util.EnumMap<>(Driver.class);
      ordered.putAll(contributions);
      contributions = java.util.Collections.unmodifiableMap(ordered);
    }

    public double miss() {
      return actual - forecast;
    }

    /** A driver's part of the miss; NaN when there is no miss. */
    public double share(Driver d) {
      double part = contributions.getOrDefault(d, 0.0);
      return miss() == 0 ? Double.NaN : part / miss();
    }

    /** The driver with the largest part in absolute terms (ties by driver order); null when every part is 0. */
    public Driver largest() {
      return contributions.entrySet().stream().filter(e -> e.getValue() != 0)
          .max(Comparator.<Map.Entry<Driver, Double>>comparingDouble(e -> Math.abs(e.getValue()))
              .thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey).orElse(null);
    }
  }

  /**
   * A factor of the chains or a context figure, actual against forecast: {@code staffing}
   * (consultant-months), {@code contacts} (contacts and leads per consultant-month),
   * {@code conversion} (new clients per contact or lead), {@code client_base} (client-months),
   * {@code repeat} (orders per client-month), {@code price} (yuan per order), {@code delivery}
   * (revenue per yuan signed); context {@code active_clients}, {@code service_headcount}.
   */
  public record Factor(String name, double actual, double forecast) {
    /** actual / forecast − 1; NaN when the forecast is 0 or either is missing. */
    public double change() {
      return forecast == 0 || !Double.isFinite(actual) || !Double.isFinite(forecast) ? Double.NaN
          : actual / forecast - 1;
    }
  }

  /** A factor by name, or null. */
  public Factor factor(String name) {
    return factors.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
