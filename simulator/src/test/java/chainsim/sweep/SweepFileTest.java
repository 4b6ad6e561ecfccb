package chainsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep file reads to the grid {@code --vary} would make of the same keys and values, or to the
 * variants it lists; every problem is located in the sweep file, a refused value with the scenario
 * validator's own message.
 */
class SweepFileTest {
  static final Path EXAMPLE = Path.of("../scenarios/sweeps/baseline-capital.yaml");
  static final Path BASELINE = Path.of("../scenarios/baseline.yaml").toAbsolutePath().normalize();

  @TempDir Path temp;

  private Path write(String text) throws Exception {
    Path file = temp.resolve("s.yaml");
    Files.writeString(file, "scenario: " + BASELINE + "\n" + text);
    return file;
  }

  private List<String> problems(Path file) {
    try {
      SweepFile.read(file);
    } catch (ScenarioException e) {
      return e.problems().stream().map(Problem::format).map(l -> l.replace(Problem.displayPath(file), "s.yaml"))
          .toList();
    }
    throw new AssertionError("no problem found in " + file);
  }

  @Test
  void theExampleReadsToTheGridOfItsVaryOptions() throws Exception {
    SweepFile read = SweepFile.read(EXAMPLE);
    SweepGrid same = SweepGrid.parse(List.of("capital.initial=3000000,12000000",
        "expansion[suzhou-partner].month=1,7"));
    assertThat(read.grid().variants()).isEqualTo(same.variants());
    assertThat(read.grid().dimensions()).extracting(SweepGrid.Dimension::key, SweepGrid.Dimension::values)
        .isEqualTo(same.dimensions().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.key(), d.values()))
            .toList());
    assertThat(read.base().file()).isEqualTo(Path.of("../scenarios/baseline.yaml"));
    assertThat(read.loaded()).hasSize(4);
    assertThat(read.loaded().get(1).scenario().capital().initial()).hasToString("Fixed[value=3000000.0]");
    assertThat(read.loaded().get(3).scenario().capital().initial()).hasToString("Fixed[value=1.2E7]");
    assertThat(Files.readAllLines(EXAMPLE).get(0)).isEqualTo("# yaml-language-server: $schema=../sweep.schema.json");
  }

  @Test
  void listedVariantsRunInTheirOrderAndTheirValuesAreTheColumns() throws Exception {
    SweepFile read = SweepFile.read(write("variants:\n"
        + "  - capital.initial: 12000000\n"
        + "    expansion[suzhou-partner].month: 7\n"
        + "  - expansion[suzhou-partner].month: 1\n"
        + "    capital.initial: 3000000\n"));
    assertThat(read.grid().variants()).extracting(SweepGrid.Variant::name).containsExactly(
        "capital.initial-12000000__expansion-suzhou-partner.month-7",
        "capital.initial-3000000__expansion-suzhou-partner.month-1");
    assertThat(read.grid().dimensions()).extracting(SweepGrid.Dimension::values)
        .containsExactly(List.of("12000000", "3000000"), List.of("7", "1"));
  }

  @Test
  void unknownKeysAndRefusedValuesAreLocatedInTheSweepFile() throws Exception {
    Path file = write("vary:\n"
        + "  - key: capital.intial\n"
        + "    values: [1]\n"
        + "  - key: capital.reserve_ratio\n"
        + "    values: [0.1, 7, 0.1]\n"
        + "  - kee: capital\n"
        + "    values: [1]\n");
    assertThat(problems(file)).containsExactly(
        "s.yaml:7:5: vary[2].kee: unknown key 'kee' (did you mean 'key'?)",
        "s.yaml:7:5: vary[2].key: missing required key");
    Files.writeString(file, Files.readString(file).replace("kee: capital", "key: capital"));
    assertThat(problems(file)).containsExactly(
        "s.yaml:3:10: vary[0].key: no key capital.intial in " + Problem.displayPath(BASELINE)
            + " (did you mean 'capital.initial'?)",
        "s.yaml:6:19: vary[1].values[1]: capital.reserve_ratio: must be between 0 and 1, got 7",
        "s.yaml:6:22: vary[1].values[2]: the value 0.1 is given twice",
        "s.yaml:7:10: vary[2].key: capital is a section, not a value: vary one of its keys");
  }

  @Test
  void aSweepIsTheGridOrTheVariantsAndEveryVariantSetsTheSameKeys() throws Exception {
    assertThat(problems(write("vary:\n  - { key: seed, values: [1] }\nvariants:\n  - { seed: 1 }\n")))
        .containsExactly("s.yaml:4:1: give vary or variants, not both");
    assertThat(problems(write("")))
        .containsExactly("s.yaml:1:1: give the grid (vary) or the variants (variants)");
    assertThat(problems(write("variants:\n  - { capital.initial: 1 }\n  - { capital.reserve_ratio: 0.2 }\n")))
        .containsExactly("s.yaml:4:5: variants[1]: sets capital.reserve_ratio; every variant sets the keys of the"
            + " first: capital.initial");
    assertThat(problems(write("vary:\n  - { key: seed, values: [1, 2] }\n")))
        .containsExactly("s.yaml:3:12: vary[0].key: seed is the same for every variant; use --seed, or one sweep"
            + " per seed");
  }
}
