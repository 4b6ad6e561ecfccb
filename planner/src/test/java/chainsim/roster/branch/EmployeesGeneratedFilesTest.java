package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed employees schema and the reference in docs/roster.md are generated from
 * {@link EmployeesFormat}; these tests fail when either is stale. To regenerate both:
 * {@code ./mvnw -q -B -o -pl planner -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=EmployeesGeneratedFilesTest -Dchainsim.regenerate=true}.
 */
class EmployeesGeneratedFilesTest {
  static final Path SCHEMA = Path.of("../scenarios/employees.schema.json");
  static final Path ROSTER = Path.of("../docs/roster.md");
  static final String HOW = "stale; regenerate with ./mvnw -q -B -o -pl planner -am test"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dtest=EmployeesGeneratedFilesTest -Dchainsim.regenerate=true"
      + " (or ./chainsim schema --employees --out scenarios/employees.schema.json)";

  private static boolean regenerate() {
    return Boolean.getBoolean("chainsim.regenerate");
  }

  @Test
  void committedSchemaMatchesTheRecords() throws Exception {
    String fresh = EmployeesFileDocs.schema();
    if (regenerate()) {
      Files.writeString(SCHEMA, fresh, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8)).as(SCHEMA + " is " + HOW).isEqualTo(fresh);
  }

  @Test
  void committedReferenceMatchesTheRecords() throws Exception {
    String committed = Files.readString(ROSTER, StandardCharsets.UTF_8);
    String fresh = EmployeesFileDocs.reference(committed);
    if (regenerate()) {
      Files.writeString(ROSTER, fresh, StandardCharsets.UTF_8);
      committed = fresh;
    }
    assertThat(committed).as(ROSTER + " is " + HOW).isEqualTo(fresh);
  }

  @Test
  void schemaSaysWhatTheReaderChecks() throws Exception {
    var tree = new ObjectMapper().readTree(EmployeesFileDocs.schema());
    assertThat(tree.at("/required").toString()).isEqualTo("[\"shifts\",\"contracts\",\"employees\"]");
    assertThat(tree.at("/additionalProperties").asBoolean(true)).isFalse();
    assertThat(tree.at("/properties/time_zone/type").asText()).isEqualTo("string");
    assertThat(tree.at("/$defs/Kind/enum").toString()).isEqualTo("[\"full_time\",\"part_time\"]");
    assertThat(tree.at("/$defs/Wish/enum").toString()).isEqualTo("[\"day_off\",\"day_on\",\"shift_off\",\"shift_on\"]");
    assertThat(tree.at("/$defs/Contract/properties/hours_per_week/maximum").asInt()).isEqualTo(80);
    assertThat(tree.at("/$defs/Shift/properties/start/pattern").asText()).isEqualTo(EmployeesFormat.TIME);
    // a leave is a date alone or a range
    assertThat(tree.at("/$defs/Leave/oneOf/0/pattern").asText()).isEqualTo(EmployeesFormat.DATE);
    assertThat(tree.at("/$defs/Leave/oneOf/1/required").toString()).isEqualTo("[\"from\",\"to\"]");
  }
}
