package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small valid scenario most tests break in one place, and helpers to validate text. */
final class Fixtures {
  static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal.yaml");

  private Fixtures() {}

  static String minimal() {
    try {
      return Files.readString(MINIMAL, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The minimal scenario with one piece of text replaced (which must occur exactly once). */
  static String minimalWith(String from, String to) {
    String text = minimal();
    assertThat(text.indexOf(from)).as("fixture text '%s'", from).isGreaterThanOrEqualTo(0);
    assertThat(text.indexOf(from, text.indexOf(from) + 1)).as("'%s' occurs once", from).isEqualTo(-1);
    return text.replace(from, to);
  }

  /** Problems of a text pretending to be {@code mini.yaml}, formatted as the CLI prints them. */
  static List<String> problems(String text) {
    return ScenarioLoader.validate(text, Path.of("mini.yaml")).stream().map(Problem::format).toList();
  }
}
