package chainsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the records with victools:
 * snake_case keys, descriptions from {@code @JsonPropertyDescription}, ranges and required keys
 * from the jakarta annotations, enums in lower case, no keys beyond the known ones, and an
 * uncertain number as either a number or one of the distribution objects. Editors use it through
 * the {@code # yaml-language-server: $schema=chainsim.schema.json} line of every example.
 *
 * <p>The output bytes are stable (declaration order for properties, sorted definitions), so the
 * committed {@code scenarios/chainsim.schema.json} can be checked for staleness.
 */
public final class SchemaGenerator {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaGenerator() {}

  /** The schema as pretty-printed JSON text ending in a newline. */
  public static String generate() {
    return write(schema());
  }

  /**
   * The schema of another file described by records (the roster's employees file), as
   * pretty-printed JSON text ending in a newline: the same keys, descriptions, ranges, required
   * keys and enums as the scenario's, with the top-level record at the root and every other record
   * in sorted {@code $defs}, one per record. Such a file has no {@code extends}, so there is no overlay variant.
   */
  public static String generate(Class<? extends Record> root, String id, String title, String description) {
    return write(schema(root, id, title, description));
  }

  /** As {@link #generate(Class, String, String, String)}, as a tree a format may add to before it is written. */
  public static ObjectNode schema(Class<? extends Record> root, String id, String title, String description) {
    SchemaGeneratorConfigBuilder config = config().with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    ObjectNode generated = new com.github.victools.jsonschema.generator.SchemaGenerator(config.build())
        .generateSchema(root);
    ObjectNode out = JSON.createObjectNode();
    out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.put("$id", id);
    out.put("title", title);
    out.put("description", description);
    Map<String, JsonNode> defs = new TreeMap<>();
    generated.fields().forEachRemaining(e -> {
      if (e.getKey().equals("$defs")) {
        e.getValue().fields().forEachRemaining(d -> defs.put(d.getKey(), d.getValue()));
      } else {
        out.set(e.getKey(), e.getValue());
      }
    });
    if (!defs.isEmpty()) {
      ObjectNode d = out.putObject("$defs");
      defs.forEach(d::set);
    }
    return out;
  }

  /** A schema as pretty-printed JSON text ending in a newline, the same bytes for the same tree. */
  public static String write(ObjectNode schema) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return JSON.writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the schema", e);
    }
  }

  /** What every file's schema shares: snake_case keys, jakarta ranges and required keys, enums by name. */
  private static SchemaGeneratorConfigBuilder config() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                Option.PLAIN_DEFINITION_KEYS)
            .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forFields().withPropertyNameOverrideResolver(SchemaGenerator::key);
    config.forTypesInGeneral().withPropertySorter((a, b) -> 0); // declaration order, as in the records
    // Required means @NotNull, as for the check (Component.required): an optional list may still be
    // @NotEmpty when it is given, which the module's NOT_NULLABLE_FIELD_IS_REQUIRED would make required.
    config.forFields().withRequiredCheck(
        field -> field.getAnnotationConsideringFieldAndGetterIfSupported(jakarta.validation.constraints.NotNull.class)
            != null);
    return config;
  }

  /** The schema as a tree. */
  public static ObjectNode schema() {
    SchemaGeneratorConfigBuilder config = config();
    config.forFields().withInstanceAttributeOverride(SchemaGenerator::drawnOnce);
    config.forTypesInGeneral()
        .withCustomDefinitionProvider((type, context) -> type.getErasedType() == Uncertain.class
            ? new CustomDefinition(uncertain(), CustomDefinition.DefinitionType.STANDARD,
                CustomDefinition.AttributeInclusion.NO)
            : null);
    ObjectNode generated =
        new com.github.victools.jsonschema.generator.SchemaGenerator(config.build()).generateSchema(Scenario.class);
    return finish(generated);
  }

  private static String key(FieldScope field) {
    if (!field.getDeclaringType().getErasedType().isRecord()) {
      return null;
    }
    for (var c : field.getDeclaringType().getErasedType().getRecordComponents()) {
      if (c.getName().equals(field.getDeclaredName())) {
        return ParameterCatalog.keyOf(c);
      }
    }
    return SNAKE.translate(field.getDeclaredName());
  }

  /**
   * An uncertain number drawn once per replication ({@link DrawnOnce}) refers to the definition
   * without {@code draw: month}, and its description says why.
   */
  private static void drawnOnce(ObjectNode node, FieldScope field,
      com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
    Class<?> declaring = field.getDeclaringType().getErasedType();
    if (!declaring.isRecord()) {
      return;
    }
    for (var c : chainsim.scenario.validation.Component.of(declaring).values()) {
      if (!c.javaName().equals(field.getDeclaredName())) {
        continue;
      }
      java.lang.reflect.AnnotatedType type = c.type();
      ObjectNode target = node;
      if (chainsim.scenario.validation.Component.rawClass(type) == Map.class) {
        type = chainsim.scenario.validation.Component.argument(type, 1);
        target = node.get("additionalProperties") instanceof ObjectNode values ? values : null;
      }
      DrawnOnce once = type.getAnnotation(DrawnOnce.class);
      if (once == null || target == null) {
        return;
      }
      target.put(DRAWN_ONCE_MARK, true); // the generator adds the $ref later; finish() points it at UncertainOnce
      String description = node.path("description").asText("");
      node.put("description", (description + " Drawn once per replication: " + once.value() + ".").trim());
    }
  }

  private static final String UNCERTAIN_ONCE = "UncertainOnce";
  private static final String DRAWN_ONCE_MARK = "x-chainsim-drawn-once";

  /** Nodes marked drawn once refer to {@link #UNCERTAIN_ONCE} instead of the plain uncertain number. */
  private static void pointDrawnOnce(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.remove(DRAWN_ONCE_MARK) != null && o.path("$ref").asText().equals("#/$defs/Uncertain")) {
        o.put("$ref", "#/$defs/" + UNCERTAIN_ONCE);
      }
      o.forEach(SchemaGenerator::pointDrawnOnce);
    } else if (node instanceof ArrayNode a) {
      a.forEach(SchemaGenerator::pointDrawnOnce);
    }
  }

  /** A number, or one object per distribution with its own required and optional keys. */
  private static ObjectNode uncertain() {
    return uncertain(true);
  }

  /** As {@link #uncertain()}; {@code monthDraws} false leaves only draw: replication. */
  private static ObjectNode uncertain(boolean monthDraws) {
    ObjectNode u = JSON.createObjectNode();
    u.put("description", monthDraws
        ? "A number, or a distribution object: { dist: triangular, min: 1, mode: 2, max: 3 }."
            + " draw: replication (default) draws once per replication, month draws every month."
        : "A number, or a distribution object: { dist: triangular, min: 1, mode: 2, max: 3 }, drawn once per"
            + " replication (draw: month does not apply).");
    ArrayNode oneOf = u.putArray("oneOf");
    oneOf.addObject().put("type", "number");
    for (String dist : Uncertain.DISTRIBUTIONS) {
      ObjectNode d = oneOf.addObject();
      d.put("type", "object");
      d.put("title", dist);
      ObjectNode props = d.putObject("properties");
      props.putObject("dist").put("const", dist);
      List<String> keys = new ArrayList<>(Uncertain.REQUIRED_KEYS.get(dist));
      keys.addAll(Uncertain.OPTIONAL_KEYS.get(dist));
      for (String k : keys) {
        if (k.equals("values") || k.equals("weights")) {
          ObjectNode list = props.putObject(k);
          list.put("type", "array");
          list.put("minItems", 1);
          list.putObject("items").put("type", "number");
        } else {
          props.putObject(k).put("type", "number");
        }
      }
      if (!dist.equals("fixed")) {
        ArrayNode draws = props.putObject("draw").putArray("enum");
        draws.add("replication");
        if (monthDraws) {
          draws.add("month");
        }
      }
      ArrayNode required = d.putArray("required");
      required.add("dist");
      Uncertain.REQUIRED_KEYS.get(dist).forEach(required::add);
      d.put("additionalProperties", false);
    }
    return u;
  }

  /**
   * Header, {@code extends} as a path or a list, definitions in sorted order, and two variants of
   * the scenario: a file without {@code extends} is checked strictly, an overlay (with
   * {@code extends}) without required keys and with {@code remove} allowed in items with an id,
   * because it only writes what differs from its bases.
   */
  private static ObjectNode finish(ObjectNode generated) {
    pointDrawnOnce(generated);
    ObjectNode strict = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = generated.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("$defs")) {
        strict.set(e.getKey(), e.getValue());
      }
    }
    ObjectNode props = (ObjectNode) strict.get("properties");
    ObjectNode ext = JSON.createObjectNode();
    ext.set("description", props.get("extends").get("description"));
    ArrayNode either = ext.putArray("oneOf");
    either.addObject().put("type", "string");
    either.addObject().put("type", "array").putObject("items").put("type", "string");
    props.set("extends", ext);

    Map<String, JsonNode> defs = new TreeMap<>();
    JsonNode generatedDefs = generated.get("$defs");
    if (generatedDefs instanceof ObjectNode g && g.has("Uncertain")) {
      g.set(UNCERTAIN_ONCE, uncertain(false));
    }
    if (generatedDefs != null) {
      generatedDefs.fields().forEachRemaining(e -> {
        defs.put(e.getKey(), e.getValue());
        defs.put(e.getKey() + OVERLAY, relaxed(e.getValue().deepCopy()));
      });
    }
    defs.put("Scenario", strict);
    defs.put("Scenario" + OVERLAY, relaxed(strict.deepCopy()));

    ObjectNode out = JSON.createObjectNode();
    out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.put("$id", "chainsim.schema.json");
    out.put("title", "chainsim scenario");
    out.put("description", "A chainsim scenario file. Generated from the scenario records by `chainsim schema`;"
        + " see docs/scenario-format.md.");
    out.putObject("if").putArray("required").add("extends");
    out.putObject("then").put("$ref", "#/$defs/Scenario" + OVERLAY);
    out.putObject("else").put("$ref", "#/$defs/Scenario");
    ObjectNode d = out.putObject("$defs");
    defs.forEach(d::set);
    return out;
  }

  private static final String OVERLAY = "Overlay";

  /**
   * The overlay form of a schema node: nothing required, a key may be set to null (removing the
   * base's value), items with an id may say remove: true.
   */
  private static JsonNode relaxed(JsonNode node) {
    relax(node);
    nullable(node);
    return node;
  }

  private static void nullable(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode properties = o.get("properties");
      if (properties instanceof ObjectNode p) {
        List<String> keys = new ArrayList<>();
        p.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
          ObjectNode schema = (ObjectNode) p.get(key);
          if (key.equals("remove") && schema.has("const")) {
            continue; // remove: true or nothing, never ~
          }
          nullable(schema);
          ObjectNode wrapped = JSON.createObjectNode();
          JsonNode description = schema.remove("description");
          if (description != null) {
            wrapped.set("description", description);
          }
          ArrayNode anyOf = wrapped.putArray("anyOf");
          anyOf.add(schema);
          anyOf.addObject().put("type", "null");
          p.set(key, wrapped);
        }
      }
      o.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("properties")) {
          nullable(e.getValue());
        }
      });
    } else if (node instanceof ArrayNode a) {
      a.forEach(SchemaGenerator::nullable);
    }
  }

  private static JsonNode relax(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("required");
      o.remove("minItems");
      if (o.has("oneOf")) {
        // A partial distribution may fit several kinds; any of them will do.
        o.set("anyOf", o.remove("oneOf"));
      }
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.asText().startsWith("#/$defs/")) {
        o.put("$ref", ref.asText() + OVERLAY);
      }
      JsonNode properties = o.get("properties");
      if (properties instanceof ObjectNode p && p.has("id") && !p.has("remove")) {
        ObjectNode remove = p.putObject("remove");
        remove.put("type", "boolean");
        remove.put("const", true);
        remove.put("description", "Overlay: true removes the base's item with this id; the item then says"
            + " nothing else.");
      }
      o.fields().forEachRemaining(e -> relax(e.getValue()));
    } else if (node instanceof ArrayNode a) {
      a.forEach(SchemaGenerator::relax);
    }
    return node;
  }

}
