package chainsim.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * A scenario as canonical YAML: what {@code chainsim show --resolved} prints and what the run
 * manifest hashes. Keys come in record-component order, map entries in the order the file gave
 * them (the order outputs list things in), every default is written out, numbers are plain
 * ({@code 12000000}, not {@code 1.2E7}; {@code 3}, not {@code 3.0}) and there is no
 * {@code extends}: the text stands alone and loads back to an equal scenario.
 */
public final class ScenarioWriter {
  private static final ObjectMapper TREE = treeMapper();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private ScenarioWriter() {}

  public static String write(Scenario scenario) {
    ObjectNode tree = TREE.valueToTree(scenario);
    tree.remove("extends");
    try {
      return YAML.writer()
          .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writeValueAsString(plainNumbers(tree))
          .replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a scenario as YAML", e);
    }
  }

  /**
   * One item of a scenario (an opening, a template) on one line, as a YAML flow mapping (JSON,
   * which YAML reads), without absent keys: for overlays written by the planners, where an item
   * must stand whole in a list that merges by id.
   */
  public static String flow(Object item) {
    JsonNode tree = plainNumbers(TREE.valueToTree(item));
    try {
      return TREE.writeValueAsString(withoutNulls(tree)).replace(",\"", ", \"").replace("\":", "\": ");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a scenario item", e);
    }
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          out.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(withoutNulls(n)));
      return out;
    }
    return node;
  }

  private static ObjectMapper treeMapper() {
    ObjectMapper m = ScenarioMapper.json();
    m.disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    return m;
  }

  /** Whole numbers as integers, the others as their shortest exact decimal. */
  private static JsonNode plainNumbers(JsonNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode out = f.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), plainNumbers(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = f.arrayNode();
      node.forEach(n -> out.add(plainNumbers(n)));
      return out;
    }
    if (node.isFloatingPointNumber()) {
      double v = node.doubleValue();
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return f.numberNode((long) v);
      }
      return f.numberNode(BigDecimal.valueOf(v).stripTrailingZeros());
    }
    return node;
  }
}
