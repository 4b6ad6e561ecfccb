package chainsim.rebalance.calibration;

import chainsim.scenario.KeyPaths;
import chainsim.scenario.Uncertain;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calibrated.yaml}: an overlay that {@code extends} the scenario and states, for each
 * calibrated parameter, the calibrated distribution in place of the prior. A key of the prior
 * that the new distribution does not have (a triangle's {@code mode} under a beta) is set to
 * {@code ~}, which the overlay merge removes.
 *
 * <p>For git: parameters in the scenario's declaration order, keys in a fixed order, numbers with
 * six significant digits in plain notation, so the same calibration writes the same bytes and a
 * month's change reads as a small diff.
 */
public final class CalibratedOverlay {
  /** Significant digits of every number written: far below the posterior's own uncertainty. */
  public static final int SIGNIFICANT_DIGITS = 6;

  private CalibratedOverlay() {}

  /**
   * The overlay's text.
   *
   * @param extendsPath the scenario, relative to where the overlay will be written
   * @param name the calibrated scenario's name, or null to keep the scenario's
   * @param comments lines written as YAML comments at the top
   */
  public static String yaml(ScenarioCalibration calibration, String extendsPath, String name, List<String> comments) {
    ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build());
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    ObjectNode root = mapper.createObjectNode();
    root.put("extends", extendsPath);
    if (name != null) {
      root.put("name", name);
    }
    for (ParameterCalibration p : calibration.parameters()) {
      place(root, p.path(), distribution(mapper, p.prior(), p.calibrated()));
    }
    StringBuilder text = new StringBuilder();
    comments.forEach(c -> text.append("# ").append(c).append('\n'));
    try {
      text.append(mapper.writeValueAsString(root).replace("\r\n", "\n"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the calibrated overlay as YAML", e);
    }
    return text.toString();
  }

  /** A number as written: six significant digits, plain notation, no trailing zeros. */
  public static BigDecimal rounded(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write " + value + " in a scenario");
    }
    BigDecimal d = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Puts a value at a catalog key path ({@code a[id].b.c}), creating maps and id-list items on the way. */
  static void place(ObjectNode root, String path, JsonNode value) {
    KeyPaths.place(root, path, value);
  }

  private static ObjectNode distribution(ObjectMapper mapper, Uncertain prior, Uncertain calibrated) {
    ObjectNode n = mapper.createObjectNode();
    n.put("dist", calibrated.dist());
    Map<String, Object> keys = keys(calibrated);
    keys.forEach((k, v) -> {
      if (v instanceof Double d) {
        n.put(k, rounded(d));
      } else if (v instanceof List<?> list) {
        ArrayNode a = n.putArray(k);
        list.forEach(x -> a.add(rounded((Double) x)));
      }
    });
    for (String k : keys(prior).keySet()) {
      if (!keys.containsKey(k)) {
        n.putNull(k);
      }
    }
    if (calibrated.draw() == Uncertain.Draw.MONTH) {
      n.put("draw", calibrated.draw().key());
    }
    return n;
  }

  /** The keys a distribution is written with (besides dist and draw), in the order files use. */
  static Map<String, Object> keys(Uncertain u) {
    Map<String, Object> k = new LinkedHashMap<>();
    if (u instanceof Uncertain.Uniform x) {
      k.put("min", x.min());
      k.put("max", x.max());
    } else if (u instanceof Uncertain.Triangular x) {
      k.put("min", x.min());
      k.put("mode", x.mode());
      k.put("max", x.max());
    } else if (u instanceof Uncertain.Normal x) {
      k.put("mean", x.mean());
      k.put("sd", x.sd());
      putIfSet(k, "min", x.min());
      putIfSet(k, "max", x.max());
    } else if (u instanceof Uncertain.LogNormal x) {
      k.put("mean", x.mean());
      k.put("sd", x.sd());
    } else if (u instanceof Uncertain.Beta x) {
      k.put("alpha", x.alpha());
      k.put("beta", x.beta());
      putIfSet(k, "min", x.min());
      putIfSet(k, "max", x.max());
    } else if (u instanceof Uncertain.Empirical x) {
      k.put("values", x.values());
      k.put("weights", x.weights());
    } else if (u instanceof Uncertain.Fixed x) {
      k.put("value", x.value());
    }
    return k;
  }

  private static void putIfSet(Map<String, Object> k, String key, Double value) {
    if (value != null) {
      k.put(key, value);
    }
  }
}
