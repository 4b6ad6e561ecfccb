package chainsim.rebalance.forecast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The log-mean Divisia split (LMDI-I) of a difference between an actual and a forecast into
 * drivers, exact by construction.
 *
 * <p>A chain is a list of levels X1, X2, ..., Xk where each level is the previous one times a
 * factor (X2 = X1 × X2/X1, ...), the last level being the target. Then
 * ln(Xk_actual / Xk_forecast) = Σ_i ln(f_i,actual / f_i,forecast) with f_1 = X1 and
 * f_i = Xi / X(i−1), and multiplying by the logarithmic mean L(a, b) = (a − b) / (ln a − ln b)
 * of the target turns the log terms into amounts that add up to a − b. The last driver takes the
 * difference minus the others, so the sum is exact in floating point too.
 *
 * <p>A level that is zero, negative or not observed (NaN) on either side is skipped: its factor
 * merges into the next level's. When the target itself is not positive on both sides, nothing can
 * be split by logs, and the whole difference goes to {@link Driver#OTHER}.
 */
public final class Decomposition {
  private Decomposition() {}

  /** A level of a chain: the driver its factor is put down to, and its actual and forecast values. */
  public record Level(Driver driver, double actual, double forecast) {
    boolean usable() {
      return actual > 0 && forecast > 0 && Double.isFinite(actual) && Double.isFinite(forecast);
    }
  }

  /** The logarithmic mean of two positive numbers: (a − b) / (ln a − ln b), and a when they are equal. */
  public static double logMean(double a, double b) {
    if (a == b) {
      return a;
    }
    return (a - b) / (Math.log(a) - Math.log(b));
  }

  /**
   * Splits the last level's difference (actual − forecast) over the chain's drivers. Every driver
   * of the chain is in the result (0 where its level was skipped); the amounts add up to the
   * difference. A target that is not positive on both sides goes whole to {@link Driver#OTHER}.
   */
  public static Map<Driver, Double> chain(List<Level> levels) {
    Map<Driver, Double> out = new EnumMap<>(Driver.class);
    levels.forEach(l -> out.put(l.driver(), 0.0));
    double[] amounts = amounts(levels);
    if (amounts == null) {
      Level target = levels.get(levels.size() - 1);
      out.put(Driver.OTHER, target.actual() - target.forecast());
      return out;
    }
    for (int i = 0; i < levels.size(); i++) {
      out.merge(levels.get(i).driver(), amounts[i], Double::sum);
    }
    return out;
  }

  /**
   * The amount of each level's factor, in level order, adding up to the target's difference; null
   * when the target is not positive on both sides (logs cannot split it).
   */
  public static double[] amounts(List<Level> levels) {
    Level target = levels.get(levels.size() - 1);
    if (!target.usable()) {
      return null;
    }
    double difference = target.actual() - target.forecast();
    double weight = logMean(target.actual(), target.forecast());
    double[] out = new double[levels.size()];
    double previous = 0;
    double assigned = 0;
    for (int i = 0; i < levels.size() - 1; i++) {
      Level l = levels.get(i);
      if (!l.usable()) {
        continue;
      }
      double logRatio = Math.log(l.actual() / l.forecast());
      out[i] = weight * (logRatio - previous);
      assigned += out[i];
      previous = logRatio;
    }
    out[levels.size() - 1] = difference - assigned;
    return out;
  }

  /**
   * Splits a difference in proportion to a split of another difference (a part of a product that
   * is itself a sum of driver amounts): each driver gets {@code amount × part / partsTotal}; the
   * last driver with a part takes the rest so the sum is exact. Nothing when partsTotal is 0.
   */
  public static Map<Driver, Double> proportional(double amount, Map<Driver, Double> parts) {
    Map<Driver, Double> out = new EnumMap<>(Driver.class);
    double total = parts.values().stream().mapToDouble(Double::doubleValue).sum();
    parts.keySet().forEach(d -> out.put(d, 0.0));
    if (total == 0 || amount == 0) {
      if (amount != 0 && !parts.isEmpty()) {
        out.put(Driver.OTHER, amount);
      }
      return out;
    }
    double assigned = 0;
    Driver last = null;
    for (Map.Entry<Driver, Double> e : parts.entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      double share = amount * e.getValue() / total;
      out.put(e.getKey(), share);
      assigned += share;
      last = e.getKey();
    }
    out.merge(last, amount - assigned, Double::sum);
    return out;
  }
}
