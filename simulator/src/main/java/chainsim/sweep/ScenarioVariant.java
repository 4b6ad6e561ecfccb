package chainsim.sweep;

import chainsim.input.InputException;
import chainsim.scenario.KeyPaths;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario with some values set: an overlay that {@code extends} the scenario file and places
 * each value at its key path (lists merge by id, so {@code openings[suzhou-direct].month} changes
 * that opening alone), loaded and validated by the ordinary loader. The variant is exactly what a
 * file holding that overlay, beside the scenario, would load to.
 */
public final class ScenarioVariant {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private final Path file;
  private final JsonNode resolved;

  /** @param base the scenario file as loaded (its resolved tree tells which keys exist) */
  public ScenarioVariant(LoadedScenario base) {
    this.file = base.file();
    try {
      this.resolved = YAML.readTree(base.resolvedYaml());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read back the resolved scenario", e);
    }
  }

  /**
   * Refuses a dimension whose key the scenario does not have (with a did-you-mean for a near miss),
   * names a section rather than one value, or is the run's seed or replications: {@code --vary
   * 'capital.intial=1': no key capital.intial in scenarios/baseline.yaml (did you mean
   * 'capital.initial'?)}.
   */
  public void check(SweepGrid.Dimension dimension) {
    String refusal = keyRefusal(dimension.key());
    if (refusal != null) {
      throw SweepGrid.invalid(dimension.argument(), refusal);
    }
  }

  /** A number may be stated as a distribution ({dist: ..}); a scalar in its place fixes it. */
  private static boolean isSection(JsonNode at) {
    return at.isArray() || at.isObject() && !at.has("dist");
  }

  /**
   * Why a key cannot be varied, or null when it can: {@code no key capital.intial in
   * scenarios/baseline.yaml (did you mean 'capital.initial'?)}, a section, or the run's own seed or
   * replications. For a sweep file, which says it at the key.
   */
  public String keyRefusal(String key) {
    if (key.equals("seed") || key.equals("replications")) {
      return key + " is the same for every variant; use --" + key + ", or one sweep per " + key;
    }
    java.util.Optional<JsonNode> at = KeyPaths.find(resolved, key);
    if (at.isEmpty()) {
      List<String> paths = new java.util.ArrayList<>();
      valuePaths(resolved, "", paths);
      return "no key " + key + " in " + Problem.displayPath(file) + chainsim.scenario.tree.Suggestions.hint(key, paths);
    }
    return isSection(at.get()) ? key + " is a section, not a value: vary one of its keys" : null;
  }

  /** The key paths of every value of the resolved scenario (what a sweep may set), for suggestions. */
  private static void valuePaths(JsonNode node, String path, List<String> out) {
    if (node.isObject() && !node.has("dist")) {
      node.fields().forEachRemaining(e -> valuePaths(e.getValue(), path.isEmpty() ? e.getKey()
          : path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.has("id")) {
          valuePaths(item, path + "[" + item.get("id").asText() + "]", out);
        }
      }
    } else {
      out.add(path);
    }
  }

  /** The overlay's text: {@code extends} the scenario's file name, then every setting at its key path. */
  public String overlay(List<Setting> settings) {
    ObjectNode root = YAML.createObjectNode();
    root.put("extends", file.getFileName().toString());
    for (Setting s : settings) {
      KeyPaths.place(root, s.key(), value(s.value()));
    }
    try {
      return YAML.writeValueAsString(root).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a variant's overlay", e);
    }
  }

  /**
   * The scenario with these values set, validated as a file would be. A value the scenario refuses
   * is an {@link InputException}: {@code --vary capital.initial=-5: capital.initial: must be ...}.
   */
  public LoadedScenario load(List<Setting> settings) {
    return load(settings, first -> new InputException("--vary "
        + settings.stream().map(Setting::toString).collect(Collectors.joining(" ")) + ": " + refusal(first)));
  }

  /**
   * The scenario with these values set, or the exception {@code refused} makes of the first problem
   * the scenario's validation finds (a sweep file places it at the value).
   */
  public <E extends Exception> LoadedScenario load(List<Setting> settings, java.util.function.Function<Problem, E> refused)
      throws E {
    Path pretend = file.toAbsolutePath().resolveSibling(".sweep-variant-of-" + file.getFileName());
    try {
      return ScenarioLoader.load(overlay(settings), pretend);
    } catch (ScenarioException e) {
      throw refused.apply(e.problems().get(0));
    }
  }

  /** What the scenario's validation says of a variant: {@code capital.initial: must be at least 0, got -5}. */
  public static String refusal(Problem problem) {
    return (problem.keyPath().isEmpty() ? "" : problem.keyPath() + ": ") + problem.message();
  }

  /** A value as the user wrote it: a number when it reads as one, else a YAML scalar (text, true/false). */
  static JsonNode value(String text) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    try {
      BigDecimal number = new BigDecimal(text);
      return number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
          ? f.numberNode(number.longValueExact()) : f.numberNode(number);
    } catch (NumberFormatException | ArithmeticException e) {
      // not a number: read as YAML reads a scalar
    }
    try {
      JsonNode node = YAML.readTree(text);
      return node == null || node.isContainerNode() || node.isMissingNode() ? f.textNode(text) : node;
    } catch (JsonProcessingException e) {
      return f.textNode(text);
    }
  }
}
