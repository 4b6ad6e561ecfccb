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
   * Refuses a dimension whose key the scenario does not have, or names a section rather than one
   * value: {@code --vary 'x.y=1': no key x.y in scenarios/baseline.yaml}.
   */
  public void check(SweepGrid.Dimension dimension) {
    JsonNode at = KeyPaths.find(resolved, dimension.key()).orElseThrow(() ->
        SweepGrid.invalid(dimension.argument(), "no key " + dimension.key() + " in " + Problem.displayPath(file)));
    // a number may be stated as a distribution ({dist: ..}); a scalar in its place fixes it
    if (at.isArray() || at.isObject() && !at.has("dist")) {
      throw SweepGrid.invalid(dimension.argument(), dimension.key() + " is a section, not a value: vary one of its"
          + " keys");
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
    Path pretend = file.toAbsolutePath().resolveSibling(".sweep-variant-of-" + file.getFileName());
    try {
      return ScenarioLoader.load(overlay(settings), pretend);
    } catch (ScenarioException e) {
      Problem first = e.problems().get(0);
      String where = first.keyPath().isEmpty() ? "" : first.keyPath() + ": ";
      throw new InputException("--vary " + settings.stream().map(Setting::toString).collect(Collectors.joining(" "))
          + ": " + where + first.message());
    }
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
