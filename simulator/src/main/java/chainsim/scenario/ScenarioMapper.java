package chainsim.scenario;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one Jackson configuration for scenarios: snake_case keys, unknown keys rejected, no type
 * information taken from the file, and limits on aliases, nesting and size so a hostile file
 * fails fast instead of hanging.
 */
public final class ScenarioMapper {
  /** Largest scenario file accepted, in bytes. */
  public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
  /** Deepest nesting accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Most aliases accepted in one file (YAML "billion laughs" guard). */
  public static final int MAX_ALIASES = 50;

  private ScenarioMapper() {}

  /** A mapper reading and writing scenario YAML. */
  public static ObjectMapper yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    loader.setCodePointLimit(MAX_FILE_BYTES);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  /** A mapper for the same records as JSON (schema generation, tests). */
  public static ObjectMapper json() {
    return configure(JsonMapper.builder()).build();
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(
      B builder) {
    return builder
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }
}
