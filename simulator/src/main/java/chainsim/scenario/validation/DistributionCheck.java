package chainsim.scenario.validation;

import chainsim.scenario.tree.Suggestions;
import chainsim.scenario.tree.Numbers;
import chainsim.scenario.Uncertain;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uncertain number: a plain number, or a distribution object whose parameters make sense and
 * whose every possible draw lies in the range the component allows (a probability's distribution
 * must stay in [0, 1], so a normal there needs {@code min} and {@code max}).
 */
final class DistributionCheck {
  private static final List<String> DRAWS = List.of("replication", "month");

  private final Findings findings;

  DistributionCheck(Findings findings) {
    this.findings = findings;
  }

  /**
   * @param drawnOnce why the number is drawn once per replication only (then {@code draw: month}
   *     is refused), or null
   */
  void check(Node node, Range range, String drawnOnce, String path) {
    if (node instanceof ScalarNode s && s.isNumber()) {
      double v = s.number();
      if (s.yamlVersionAmbiguity() != null) {
        findings.add(s.position(), path, s.yamlVersionAmbiguity());
      } else if (!Double.isFinite(v)) {
        findings.add(s.position(), path, "must be a finite number, got " + Numbers.clip(s.text()));
      } else if (!range.contains(v)) {
        findings.add(s.position(), path, "must be " + range.describe() + ", got " + Numbers.clip(s.text()));
      }
      return;
    }
    if (!(node instanceof MapNode map)) {
      String got = node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
          ? "the string " + Names.quote(s.text()) : node.describe();
      findings.add(node.position(), path,
          "expected a number or a distribution such as { dist: triangular, min: 1, mode: 2, max: 3 }, got " + got);
      return;
    }
    String dist = map.scalarText("dist");
    if (!(map.get("dist") instanceof ScalarNode ds && ds.kind() == ScalarNode.Kind.STRING)) {
      findings.add(map.position(), path,
          "a distribution needs 'dist', one of " + String.join(", ", Uncertain.DISTRIBUTIONS));
      return;
    }
    if (!Uncertain.REQUIRED_KEYS.containsKey(dist)) {
      findings.add(ds.position(), path + ".dist", "unknown distribution " + Names.quote(dist) + "; use one of "
          + String.join(", ", Uncertain.DISTRIBUTIONS) + Suggestions.hint(dist, Uncertain.DISTRIBUTIONS));
      return;
    }
    if (keysAndTypes(map, dist, drawnOnce, path)) {
      parameters(map, dist, range, path);
    }
  }

  /**
   * Keys known, required keys present, numbers where numbers go. True when the parameters can be
   * judged: every required one is there and every parameter is a number, whatever else is wrong
   * (a misspelt {@code draw} does not hide {@code alpha: 0}).
   */
  private boolean keysAndTypes(MapNode map, String dist, String drawnOnce, String path) {
    Set<String> allowed = new LinkedHashSet<>(List.of("dist"));
    allowed.addAll(Uncertain.REQUIRED_KEYS.get(dist));
    allowed.addAll(Uncertain.OPTIONAL_KEYS.get(dist));
    if (!dist.equals("fixed")) {
      allowed.add("draw");
    }
    boolean usable = true;
    for (MapNode.Entry e : map.entries().values()) {
      String keyPath = Findings.join(path, e.key());
      if (!allowed.contains(e.key())) {
        findings.add(e.keyPosition(), keyPath, "unknown key " + Names.quote(e.key()) + " for a " + dist
            + " distribution" + Suggestions.hint(e.key(), allowed));
      } else if (e.key().equals("draw")) {
        String d = e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING ? s.text() : null;
        if (!DRAWS.contains(d)) {
          findings.add(e.value().position(), keyPath, "draw must be replication or month, got "
              + (d == null ? e.value().describe() : Names.quote(d) + Suggestions.hint(d, DRAWS)));
        } else if (d.equals("month") && drawnOnce != null) {
          findings.add(e.value().position(), keyPath,
              "draw: month does not apply here; this number is drawn once per replication: " + drawnOnce);
        }
      } else if (e.key().equals("values") || e.key().equals("weights")) {
        usable &= numberList(e.value(), keyPath);
      } else if (!e.key().equals("dist")) {
        usable &= parameter(e.value(), keyPath);
      }
    }
    for (String key : Uncertain.REQUIRED_KEYS.get(dist)) {
      if (!map.entries().containsKey(key)) {
        findings.add(map.position(), path, "a " + dist + " distribution needs " + Names.quote(key));
        usable = false;
      }
    }
    return usable;
  }

  /** A parameter is a finite number; true when it is. */
  private boolean parameter(Node value, String keyPath) {
    if (!(value instanceof ScalarNode s && s.isNumber())) {
      findings.add(value.position(), keyPath, "expected a number, got " + describe(value));
      return false;
    }
    if (s.yamlVersionAmbiguity() != null) {
      findings.add(s.position(), keyPath, s.yamlVersionAmbiguity());
      return false;
    }
    if (!Double.isFinite(s.number())) {
      findings.add(s.position(), keyPath, "must be a finite number, got " + Numbers.clip(s.text()));
      return false;
    }
    return true;
  }

  private boolean numberList(Node node, String path) {
    if (!(node instanceof ListNode list)) {
      findings.add(node.position(), path, "expected a list of numbers, got " + describe(node));
      return false;
    }
    boolean usable = true;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      if (!(item instanceof ScalarNode s && s.isNumber() && Double.isFinite(s.number()))) {
        findings.add(item.position(), path + "[" + i + "]", "expected a finite number, got " + describe(item));
        usable = false;
      }
    }
    return usable;
  }

  private static String describe(Node node) {
    return node instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING ? "the string " + Names.quote(s.text())
        : node.describe();
  }

  /** The parameters of a well-formed distribution make sense, and its draws fit the range. */
  private void parameters(MapNode map, String dist, Range range, String path) {
    Map<String, Double> p = new HashMap<>();
    map.entries().forEach((k, e) -> {
      if (e.value() instanceof ScalarNode s && s.isNumber()) {
        p.put(k, s.number());
      }
    });
    String bad = invalidParameters(map, dist, p);
    if (bad != null) {
      findings.add(map.position(), path, "invalid " + dist + " distribution: " + bad);
      return;
    }
    if (range.isUnbounded()) {
      return;
    }
    boolean needsMin = range.hasMin() && !p.containsKey("min");
    boolean needsMax = range.hasMax() && !p.containsKey("max");
    if (dist.equals("normal") && (needsMin || needsMax)) {
      String bounds = needsMin && needsMax ? "min and max bounds" : needsMin ? "a min bound" : "a max bound";
      findings.add(map.position(), path, "a normal distribution can draw any value; give it " + bounds
          + " so every draw is " + range.describe());
      return;
    }
    double[] support = support(map, dist, p);
    boolean lowOk = range.contains(support[0]) || (dist.equals("lognormal") && range.hasMin() && range.min() == 0);
    if (!lowOk || !range.contains(support[1])) {
      findings.add(map.position(), path, "the " + dist + " distribution draws values from "
          + Numbers.plain(support[0]) + " to " + Numbers.plain(support[1]) + "; every draw must be " + range.describe());
    }
  }

  private static String invalidParameters(MapNode map, String dist, Map<String, Double> p) {
    switch (dist) {
      case "uniform":
        return p.get("min") < p.get("max") ? null : "min must be less than max" + show(p, "min", "max");
      case "triangular":
        double lo = p.get("min");
        double mode = p.get("mode");
        double hi = p.get("max");
        return lo < hi && lo <= mode && mode <= hi ? null
            : "needs min <= mode <= max and min < max" + show(p, "min", "mode", "max");
      case "normal":
        if (!(p.get("sd") > 0)) {
          return "sd must be positive" + show(p, "sd");
        }
        return bounds(p);
      case "lognormal":
        if (!(p.get("mean") > 0)) {
          return "mean must be positive" + show(p, "mean");
        }
        return p.get("sd") > 0 ? null : "sd must be positive" + show(p, "sd");
      case "beta":
        if (!(p.get("alpha") > 0) || !(p.get("beta") > 0)) {
          return "alpha and beta must be positive" + show(p, "alpha", "beta");
        }
        return bounds(p);
      case "empirical":
        return empirical(map);
      default:
        return null;
    }
  }

  private static String bounds(Map<String, Double> p) {
    return p.containsKey("min") && p.containsKey("max") && !(p.get("min") < p.get("max"))
        ? "min must be less than max" + show(p, "min", "max") : null;
  }

  private static String empirical(MapNode map) {
    List<Double> values = numbers(map.get("values"));
    List<Double> weights = numbers(map.get("weights"));
    if (values.isEmpty()) {
      return "values must not be empty";
    }
    if (values.size() != weights.size()) {
      return "values and weights need the same number of entries (" + values.size() + " and " + weights.size() + ")";
    }
    double sum = 0;
    for (double w : weights) {
      if (w < 0) {
        return "weights must not be negative (" + Numbers.plain(w) + ")";
      }
      sum += w;
    }
    return sum > 0 && Double.isFinite(sum) ? null : "weights must have a positive, finite sum";
  }

  private static double[] support(MapNode map, String dist, Map<String, Double> p) {
    switch (dist) {
      case "fixed":
        return new double[] {p.get("value"), p.get("value")};
      case "normal":
        return new double[] {p.getOrDefault("min", Double.NEGATIVE_INFINITY),
            p.getOrDefault("max", Double.POSITIVE_INFINITY)};
      case "lognormal":
        return new double[] {0, Double.POSITIVE_INFINITY};
      case "beta":
        return new double[] {p.getOrDefault("min", 0.0), p.getOrDefault("max", 1.0)};
      case "empirical":
        List<Double> values = numbers(map.get("values"));
        return new double[] {values.stream().mapToDouble(d -> d).min().orElse(0),
            values.stream().mapToDouble(d -> d).max().orElse(0)};
      default:
        return new double[] {p.get("min"), p.get("max")};
    }
  }

  private static List<Double> numbers(Node node) {
    List<Double> out = new ArrayList<>();
    if (node instanceof ListNode list) {
      for (Node n : list.items()) {
        out.add(n instanceof ScalarNode s ? s.number() : Double.NaN);
      }
    }
    return out;
  }

  private static String show(Map<String, Double> p, String... keys) {
    StringBuilder sb = new StringBuilder(" (");
    for (int i = 0; i < keys.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(keys[i]).append(' ').append(Numbers.plain(p.get(keys[i])));
    }
    return sb.append(')').toString();
  }
}
