package chainsim.report.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code summary.json} as typed figures; a figure absent from the file reads as NaN. */
public record Summary(
    JsonNode json,
    String scenario,
    int replications,
    long seed,
    String start,
    int months,
    double reserve,
    Map<String, Stat> headline,
    Map<String, Probability> probabilities,
    Map<String, Stat> milestones,
    List<Entity> entities,
    List<Sensitivity> sensitivity,
    Map<String, Integer> eventCounts) {

  /** A figure's distribution across replications. {@code never}: share where it did not exist. */
  public record Stat(double mean, double stdError, double p5, double p25, double p50, double p75, double p95, int n,
      double never) {
    static final Stat MISSING = new Stat(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, 0, Double.NaN);

    static Stat of(JsonNode node) {
      if (node == null || !node.isObject()) {
        return MISSING;
      }
      return new Stat(number(node, "mean"), number(node, "std_error"), number(node, "p5"), number(node, "p25"),
          number(node, "p50"), number(node, "p75"), number(node, "p95"), node.path("n").asInt(0),
          number(node, "never_share"));
    }

    /** The percentile of a level 5, 25, 50, 75 or 95. */
    public double percentile(int level) {
      return switch (level) {
        case 5 -> p5;
        case 25 -> p25;
        case 50 -> p50;
        case 75 -> p75;
        case 95 -> p95;
        default -> throw new IllegalArgumentException("no percentile " + level);
      };
    }
  }

  /** The share of replications where something happened, and its standard error. */
  public record Probability(double p, double stdError) {}

  /** A branch or channel of the plan and how it fared. */
  public record Entity(String id, String mode, String region, String template, int plannedMonth, double openedShare,
      Stat openingMonth, boolean breakevenApplies, Stat breakeven, Stat payback, Stat cumulativeCash,
      Stat breakevenRevenue) {}

  /** A parameter's rank correlation with the outcome (NPV). */
  public record Sensitivity(String parameter, double rankCorrelation) {}

  static Summary of(JsonNode root) {
    Map<String, Stat> headline = new LinkedHashMap<>();
    Map<String, Probability> probabilities = new LinkedHashMap<>();
    root.path("headline").fields().forEachRemaining(e -> {
      if (e.getValue().has("probability")) {
        probabilities.put(e.getKey(), new Probability(number(e.getValue(), "probability"),
            number(e.getValue(), "std_error")));
      } else {
        headline.put(e.getKey(), Stat.of(e.getValue()));
      }
    });
    Map<String, Stat> milestones = new LinkedHashMap<>();
    root.path("milestones").fields().forEachRemaining(e -> milestones.put(e.getKey(), Stat.of(e.getValue())));
    List<Entity> entities = new ArrayList<>();
    root.path("entities").fields().forEachRemaining(e -> {
      JsonNode n = e.getValue();
      entities.add(new Entity(e.getKey(), n.path("mode").asText(), n.path("region").asText(),
          n.path("template").asText(), n.path("planned_month").asInt(), number(n, "opened_share"),
          Stat.of(n.get("opening_month")), n.path("breakeven_applies").asBoolean(false),
          Stat.of(n.get("breakeven_month")), Stat.of(n.get("payback_month")),
          Stat.of(n.get("company_cumulative_cash")), Stat.of(n.get("breakeven_revenue_monthly"))));
    });
    List<Sensitivity> sensitivity = new ArrayList<>();
    for (JsonNode p : root.path("sensitivity").path("parameters")) {
      sensitivity.add(new Sensitivity(p.path("parameter").asText(), number(p, "rank_correlation")));
    }
    Map<String, Integer> events = new LinkedHashMap<>();
    root.path("events").fields().forEachRemaining(e -> events.put(e.getKey(), e.getValue().asInt()));
    return new Summary(root, root.path("scenario").asText(), root.path("replications").asInt(),
        root.path("seed").asLong(), root.path("start").asText(), root.path("months").asInt(), number(root, "reserve"),
        Collections.unmodifiableMap(headline), Collections.unmodifiableMap(probabilities),
        Collections.unmodifiableMap(milestones), List.copyOf(entities), List.copyOf(sensitivity),
        Collections.unmodifiableMap(events));
  }

  /** A headline figure, or {@link Stat#MISSING}. */
  public Stat stat(String key) {
    return headline.getOrDefault(key, Stat.MISSING);
  }

  /** A headline probability, or NaN. */
  public Probability probability(String key) {
    return probabilities.getOrDefault(key, new Probability(Double.NaN, Double.NaN));
  }

  public Entity entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  static double number(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || !v.isNumber() ? Double.NaN : v.doubleValue();
  }
}
