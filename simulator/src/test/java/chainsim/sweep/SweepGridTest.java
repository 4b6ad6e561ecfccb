package chainsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.KeyPaths;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid's order and names, and how a value and a key path are read. */
class SweepGridTest {
  @Test
  void theFirstKeyVariesSlowestAndNamesComeFromTheValues() {
    SweepGrid grid =
        SweepGrid.parse(List.of("capital.initial=8000000,12000000", "expansion[suzhou-partner].month=1,7"));
    assertThat(grid.variants().stream().map(SweepGrid.Variant::name).toList()).containsExactly(
        "capital.initial-8000000__expansion-suzhou-partner.month-1",
        "capital.initial-8000000__expansion-suzhou-partner.month-7",
        "capital.initial-12000000__expansion-suzhou-partner.month-1",
        "capital.initial-12000000__expansion-suzhou-partner.month-7");
    assertThat(grid.variants().get(1).settings()).containsExactly(new Setting("capital.initial", "8000000"),
        new Setting("expansion[suzhou-partner].month", "7"));
  }

  @Test
  void aValueReadsAsANumberWhenItIsOneElseAsYamlReadsAScalar() {
    assertThat(ScenarioVariant.value("12000000").isIntegralNumber()).isTrue();
    assertThat(ScenarioVariant.value("1e3").asLong()).isEqualTo(1000);
    assertThat(ScenarioVariant.value("0.15").decimalValue()).isEqualByComparingTo("0.15");
    assertThat(ScenarioVariant.value("2027-06").asText()).isEqualTo("2027-06");
    assertThat(ScenarioVariant.value("true").isBoolean()).isTrue();
    assertThat(ScenarioVariant.value("direct").asText()).isEqualTo("direct");
  }

  @Test
  void aKeyPathFindsAListItemByIdAndPlacesItInAnOverlayThatMergesById() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var tree = json.readTree("{\"expansion\": [{\"id\": \"a\", \"month\": 1}, {\"id\": \"b\", \"month\": 3}]}");
    assertThat(KeyPaths.find(tree, "expansion[b].month").orElseThrow().asInt()).isEqualTo(3);
    assertThat(KeyPaths.find(tree, "expansion[c].month")).isEmpty();
    assertThat(KeyPaths.find(tree, "expansion..month")).isEmpty();
    ObjectNode overlay = json.createObjectNode();
    KeyPaths.place(overlay, "expansion[b].month", json.getNodeFactory().numberNode(7));
    assertThat(overlay.toString()).isEqualTo("{\"expansion\":[{\"id\":\"b\",\"month\":7}]}");
  }
}
