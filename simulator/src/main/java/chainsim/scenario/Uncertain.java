package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/**
 * A number a scenario may be unsure of. In a file it is either a plain number (fixed) or an
 * object naming a distribution:
 *
 * <pre>
 * price: 50000
 * price: { dist: triangular, min: 30000, mode: 50000, max: 80000 }
 * conversion_rate: { dist: beta, alpha: 3, beta: 17 }
 * leads: { dist: normal, mean: 40, sd: 8, min: 0, draw: month }
 * </pre>
 *
 * <p>{@code draw: replication} (the default) draws the value once per replication: parameter
 * uncertainty, shared by everything that uses the parameter. {@code draw: month} draws afresh
 * every month for every entity that uses it: event randomness.
 */
@JsonDeserialize(using = UncertainJson.Reader.class)
@JsonSerialize(using = UncertainJson.Writer.class)
public sealed interface Uncertain
    permits Uncertain.Fixed,
        Uncertain.Uniform,
        Uncertain.Triangular,
        Uncertain.Normal,
        Uncertain.LogNormal,
        Uncertain.Beta,
        Uncertain.Empirical {

  /** When a value is drawn. */
  enum Draw {
    /** Once per replication: parameter uncertainty. */
    @JsonProperty("replication")
    REPLICATION,
    /** Every month, per entity: event randomness. */
    @JsonProperty("month")
    MONTH;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The keys each distribution requires besides {@code dist}; see also {@link #OPTIONAL_KEYS}. */
  Map<String, List<String>> REQUIRED_KEYS =
      Map.of(
          "fixed", List.of("value"),
          "uniform", List.of("min", "max"),
          "triangular", List.of("min", "mode", "max"),
          "normal", List.of("mean", "sd"),
          "lognormal", List.of("mean", "sd"),
          "beta", List.of("alpha", "beta"),
          "empirical", List.of("values", "weights"));

  /** Optional keys per distribution (besides {@code draw}). */
  Map<String, List<String>> OPTIONAL_KEYS =
      Map.of(
          "fixed", List.of(),
          "uniform", List.of(),
          "triangular", List.of(),
          "normal", List.of("min", "max"),
          "lognormal", List.of(),
          "beta", List.of("min", "max"),
          "empirical", List.of());

  /** The distribution names in the order documentation lists them. */
  List<String> DISTRIBUTIONS = List.of("fixed", "uniform", "triangular", "normal", "lognormal", "beta", "empirical");

  Draw draw();

  /** The name used as {@code dist:} in files. */
  String dist();

  /** Smallest value a draw can take (may be negative infinity). */
  double supportMin();

  /** Largest value a draw can take (may be infinity). */
  double supportMax();

  /** The expected value of a draw. */
  double mean();

  /** True when every draw gives the same number. */
  default boolean isFixed() {
    return this instanceof Fixed;
  }

  static Uncertain fixed(double value) {
    return new Fixed(value);
  }

  static Uncertain orFixed(Uncertain u, double value) {
    return u == null ? new Fixed(value) : u;
  }

  static Uncertain orZero(Uncertain u) {
    return orFixed(u, 0.0);
  }

  /** A number known for sure. */
  record Fixed(double value) implements Uncertain {
    @Override
    public Draw draw() {
      return Draw.REPLICATION;
    }

    @Override
    public String dist() {
      return "fixed";
    }

    @Override
    public double supportMin() {
      return value;
    }

    @Override
    public double supportMax() {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }
  }

  /** Uniform on [min, max]. */
  record Uniform(double min, double max, Draw draw) implements Uncertain {
    @Override
    public String dist() {
      return "uniform";
    }

    @Override
    public double supportMin() {
      return min;
    }

    @Override
    public double supportMax() {
      return max;
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }
  }

  /** Triangular on [min, max] with its peak at mode. */
  record Triangular(double min, double mode, double max, Draw draw) implements Uncertain {
    @Override
    public String dist() {
      return "triangular";
    }

    @Override
    public double supportMin() {
      return min;
    }

    @Override
    public double supportMax() {
      return max;
    }

    @Override
    public double mean() {
      return (min + mode + max) / 3;
    }
  }

  /** Normal with mean and standard deviation, truncated to [min, max] when bounds are given. */
  record Normal(double mean, double sd, Double min, Double max, Draw draw) implements Uncertain {
    @Override
    public String dist() {
      return "normal";
    }

    @Override
    public double supportMin() {
      return min == null ? Double.NEGATIVE_INFINITY : min;
    }

    @Override
    public double supportMax() {
      return max == null ? Double.POSITIVE_INFINITY : max;
    }

    /** The untruncated mean; the sampler reports the truncated one. */
    @Override
    public double mean() {
      return mean;
    }
  }

  /** Log-normal given by the mean and standard deviation of the value itself (not of its log). */
  record LogNormal(double mean, double sd, Draw draw) implements Uncertain {
    @Override
    public String dist() {
      return "lognormal";
    }

    @Override
    public double supportMin() {
      return 0.0;
    }

    @Override
    public double supportMax() {
      return Double.POSITIVE_INFINITY;
    }

    /** Shape of the underlying normal: sigma^2 = ln(1 + sd^2 / mean^2). */
    public double logSigma() {
      return Math.sqrt(Math.log1p(sd * sd / (mean * mean)));
    }

    /** Scale of the underlying normal: mu = ln(mean) - sigma^2 / 2. */
    public double logMu() {
      double sigma = logSigma();
      return Math.log(mean) - sigma * sigma / 2;
    }
  }

  /** Beta(alpha, beta) scaled to [min, max] (default [0, 1]). */
  record Beta(double alpha, double beta, Double min, Double max, Draw draw) implements Uncertain {
    @Override
    public String dist() {
      return "beta";
    }

    @Override
    public double supportMin() {
      return min == null ? 0.0 : min;
    }

    @Override
    public double supportMax() {
      return max == null ? 1.0 : max;
    }

    @Override
    public double mean() {
      return supportMin() + (supportMax() - supportMin()) * alpha / (alpha + beta);
    }
  }

  /** One of the listed values, with probabilities proportional to the weights. */
  record Empirical(List<Double> values, List<Double> weights, Draw draw) implements Uncertain {
    public Empirical {
      values = List.copyOf(values);
      weights = List.copyOf(weights);
    }

    @Override
    public String dist() {
      return "empirical";
    }

    @Override
    public double supportMin() {
      return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    @Override
    public double supportMax() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    @Override
    public double mean() {
      double total = weights.stream().mapToDouble(Double::doubleValue).sum();
      double sum = 0;
      for (int i = 0; i < values.size(); i++) {
        sum += values.get(i) * weights.get(i);
      }
      return sum / total;
    }
  }
}
