package chainsim.scenario.validation;

import chainsim.scenario.tree.Numbers;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The numeric range the jakarta annotations of a component allow, e.g. [0, 1] for
 * {@code @DecimalMin("0") @DecimalMax("1")} or (0, ∞) for {@code @Positive}.
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

  public static final Range ANY =
      new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

  public static Range of(List<Annotation> annotations) {
    Range r = ANY;
    for (Annotation a : annotations) {
      if (a instanceof Min m) {
        r = r.atLeast(m.value(), true);
      } else if (a instanceof Max m) {
        r = r.atMost(m.value(), true);
      } else if (a instanceof DecimalMin m) {
        r = r.atLeast(Double.parseDouble(m.value()), m.inclusive());
      } else if (a instanceof DecimalMax m) {
        r = r.atMost(Double.parseDouble(m.value()), m.inclusive());
      } else if (a instanceof Positive) {
        r = r.atLeast(0, false);
      } else if (a instanceof PositiveOrZero) {
        r = r.atLeast(0, true);
      } else if (a instanceof Negative) {
        r = r.atMost(0, false);
      } else if (a instanceof NegativeOrZero) {
        r = r.atMost(0, true);
      }
    }
    return r;
  }

  private Range atLeast(double v, boolean inclusive) {
    return v > min || (v == min && !inclusive) ? new Range(v, inclusive, max, maxInclusive) : this;
  }

  private Range atMost(double v, boolean inclusive) {
    return v < max || (v == max && !inclusive) ? new Range(min, minInclusive, v, inclusive) : this;
  }

  public boolean hasMin() {
    return min != Double.NEGATIVE_INFINITY;
  }

  public boolean hasMax() {
    return max != Double.POSITIVE_INFINITY;
  }

  public boolean isUnbounded() {
    return !hasMin() && !hasMax();
  }

  public boolean contains(double v) {
    if (Double.isNaN(v)) {
      return false;
    }
    boolean aboveMin = minInclusive ? v >= min : v > min;
    boolean belowMax = maxInclusive ? v <= max : v < max;
    return (!hasMin() || aboveMin) && (!hasMax() || belowMax);
  }

  /** "between 0 and 1", "at least 1", "positive", "at most 36", ... */
  public String describe() {
    if (hasMin() && hasMax() && minInclusive && maxInclusive) {
      return "between " + Numbers.plain(min) + " and " + Numbers.plain(max);
    }
    String lower = !hasMin() ? null
        : min == 0 && !minInclusive ? "positive"
        : (minInclusive ? "at least " : "greater than ") + Numbers.plain(min);
    String upper = !hasMax() ? null : (maxInclusive ? "at most " : "less than ") + Numbers.plain(max);
    if (lower != null && upper != null) {
      return lower + " and " + upper;
    }
    return lower != null ? lower : upper == null ? "any number" : upper;
  }

  /** The range in interval notation for the reference: [0, 1], (0, ∞), [1, 36]. */
  public String interval() {
    if (isUnbounded()) {
      return "";
    }
    return (hasMin() && minInclusive ? "[" : "(")
        + (hasMin() ? Numbers.plain(min) : "-∞") + ", " + (hasMax() ? Numbers.plain(max) : "∞")
        + (hasMax() && maxInclusive ? "]" : ")");
  }
}
