package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example a new user can run loads without a single problem and starts with the schema line. */
class ExamplesTest {
  static final Path SCENARIOS = Path.of("../scenarios");

  static Stream<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleValidatesWithoutProblems(Path file) {
    assertThat(ScenarioLoader.validate(file)).extracting(Problem::format).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleStartsWithTheSchemaLineForEditors(Path file) throws Exception {
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=chainsim.schema.json");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void resolvedYamlLoadsBackToAnEqualScenario(Path file) throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(file);
    LoadedScenario again = ScenarioLoader.load(loaded.resolvedYaml(), file);
    assertThat(again.scenario()).isEqualTo(loaded.scenario());
    assertThat(again.resolvedYaml()).isEqualTo(loaded.resolvedYaml());
    assertThat(again.sha256()).isEqualTo(loaded.sha256());
  }
}
