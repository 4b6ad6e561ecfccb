package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and format reference are generated from the records; these tests fail when
 * either is stale. To regenerate both:
 * {@code ./mvnw -q -B -pl simulator test -Dtest=GeneratedFilesTest -Dchainsim.regenerate=true}.
 */
class GeneratedFilesTest {
  static final Path SCHEMA = Path.of("../scenarios/chainsim.schema.json");
  static final Path FORMAT = Path.of("../docs/scenario-format.md");
  static final String HOW = "stale; regenerate with ./mvnw -q -B -pl simulator test -Dtest=GeneratedFilesTest"
      + " -Dchainsim.regenerate=true (or ./chainsim schema --out scenarios/chainsim.schema.json)";

  private static boolean regenerate() {
    return Boolean.getBoolean("chainsim.regenerate");
  }

  @Test
  void committedSchemaMatchesTheRecords() throws Exception {
    String fresh = SchemaGenerator.generate();
    if (regenerate()) {
      Files.writeString(SCHEMA, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8)).as(SCHEMA + " is " + HOW).isEqualTo(fresh);
  }

  @Test
  void committedSweepSchemaMatchesTheRecords() throws Exception {
    Path file = Path.of("../scenarios/" + chainsim.sweep.SweepFileDocs.SCHEMA_FILE);
    String fresh = chainsim.sweep.SweepFileDocs.schema();
    if (regenerate()) {
      Files.writeString(file, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is " + HOW).isEqualTo(fresh);
  }

  @Test
  void committedFormatReferenceMatchesTheRecords() throws Exception {
    String committed = Files.readString(FORMAT, StandardCharsets.UTF_8);
    String fresh = FormatReference.splice(committed);
    if (regenerate()) {
      Files.writeString(FORMAT, fresh, StandardCharsets.UTF_8);
      committed = fresh;
    }
    assertThat(committed).as(FORMAT + " is " + HOW).isEqualTo(fresh);
  }

  @Test
  void schemaIsStableAndDescribesUncertainNumbers() {
    String schema = SchemaGenerator.generate();
    assertThat(SchemaGenerator.generate()).isEqualTo(schema);
    assertThat(schema).contains("\"reserve_ratio\"", "\"additionalProperties\" : false", "\"const\" : \"triangular\"");
    var tree = SchemaGenerator.schema();
    assertThat(tree.at("/$defs/Scenario/properties/capital/required/0").asText()).isEqualTo("initial");
    assertThat(tree.at("/$defs/Mode/enum").toString())
        .isEqualTo("[\"direct\",\"equity\",\"partner\",\"agent\"]");
    assertThat(tree.at("/$defs/Uncertain/oneOf/0/type").asText()).isEqualTo("number");
    // An overlay writes only what differs: nothing is required and items may be removed.
    assertThat(tree.at("/$defs/ScenarioOverlay/properties/capital/required").isMissingNode()).isTrue();
    assertThat(tree.at("/$defs/ScenarioOverlay/properties/regions/anyOf/0/items/properties/remove/type").asText())
        .isEqualTo("boolean");
    assertThat(tree.at("/$defs/ScenarioOverlay/properties/regions/anyOf/0/items/properties/remove/const").asBoolean())
        .isTrue();
    assertThat(tree.at("/$defs/ScenarioOverlay/properties/description/anyOf/1/type").asText()).isEqualTo("null");
  }
}
