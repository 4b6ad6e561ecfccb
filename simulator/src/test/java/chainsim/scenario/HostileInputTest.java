package chainsim.scenario;

import static chainsim.scenario.Fixtures.minimal;
import static chainsim.scenario.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files give a located problem quickly, never an exception or a hang. */
@Timeout(10)
class HostileInputTest {
  @TempDir Path dir;

  @Test
  void yamlSyntaxErrorIsLocated() {
    assertThat(problems("name: x\nseed: [1, 2\nhorizon: 3\n")).singleElement().asString()
        .startsWith("mini.yaml:3:8: YAML syntax: ");
  }

  @Test
  void duplicateKeyIsLocated() {
    assertThat(problems(minimal().replace("seed: 1", "seed: 1\nseed: 2")))
        .containsExactly("mini.yaml:3:1: duplicate key 'seed' (first at line 2)");
  }

  @Test
  void typeTagsAreRefused() {
    assertThat(problems("name: !!java.net.URL [\"http://example.com\"]\n"))
        .containsExactly("mini.yaml:1:7: YAML tag '!!java.net.URL' is not allowed in a scenario");
  }

  @Test
  void aliasesWithinLimitsWork() {
    String text = minimal().replace("price: 12000", "price: &p { dist: uniform, min: 10000, max: 14000 }")
        .replace("seats: 5", "seats: 5\n    setup_cost: *p");
    assertThat(problems(text)).isEmpty();
  }

  @Test
  void aliasBombIsRefused() {
    StringBuilder bomb = new StringBuilder(minimal()).append("bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    assertThat(problems(bomb.toString())).singleElement().asString()
        .matches("mini\\.yaml:\\d+:\\d+: (more than 50 aliases|the file expands to more than .*)");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = minimal() + "deep: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThat(problems(deep)).singleElement().asString().matches("mini\\.yaml:32:71: nested deeper than 64 levels");
  }

  @Test
  void oversizedFileIsRefusedBeforeParsing() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "name: x\ndescription: \"" + "a".repeat(ScenarioMapper.MAX_FILE_BYTES) + "\"\n");
    assertThat(ScenarioLoader.validate(big)).singleElement().extracting(Problem::message).asString()
        .startsWith("the file has 8388632 bytes; a scenario may have at most 8388608");
  }

  @Test
  void invalidUtf8IsLocated() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 's', 'e', (byte) 0xC3, (byte) 0x28});
    assertThat(ScenarioLoader.validate(bad)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text");
    });
  }

  @Test
  void controlCharactersAreLocated() {
    assertThat(problems("name: x\nseed: 1\u0007\n")).singleElement().asString().startsWith("mini.yaml:2:");
  }

  @Test
  void aScalarFileIsNotAScenario() {
    assertThat(problems("just text\n")).containsExactly("mini.yaml:1:1: a scenario file must be a map of keys, not a string");
  }

  @Test
  void anEmptyFileMissesEveryRequiredKey() {
    assertThat(problems("")).hasSize(9).allMatch(p -> p.matches("mini\\.yaml:1:1: [a-z_]+: missing required key"));
  }

  @Test
  void missingFileIsLocated() {
    assertThat(ScenarioLoader.validate(dir.resolve("none.yaml"))).singleElement().extracting(Problem::message)
        .isEqualTo("file not found");
  }

  @Test
  void hugeNumbersAreReportedNotThrown() {
    assertThat(problems(minimal().replace("seed: 1", "seed: 123456789012345678901234567890")
            .replace("seats: 5", "seats: 1e999").replace("price: 12000", "price: .nan")))
        .containsExactly(
            "mini.yaml:2:7: seed: must be an integer between -9223372036854775808 and 9223372036854775807, got"
                + " 123456789012345678901234567890",
            "mini.yaml:17:12: products[bookkeeping].price: must be a finite number, got .nan",
            "mini.yaml:27:12: branch_templates[small].seats: expected an integer, got 1e999");
  }

  @Test
  void validationOfAHostileFileIsFast() {
    String deep = "a: " + "{b: ".repeat(100_000);
    long start = System.nanoTime();
    assertThat(problems(deep)).isNotEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aHundredThousandDigitIntegerIsOutOfRangeAndShownShort() {
    String digits = "9".repeat(100_000);
    assertThat(problems(minimal().replace("seed: 1", "seed: " + digits).replace("seats: 5", "seats: " + digits)))
        .containsExactly(
            "mini.yaml:2:7: seed: must be an integer between -9223372036854775808 and 9223372036854775807, got"
                + " 99999999999999999999... (100000 digits)",
            "mini.yaml:27:12: branch_templates[small].seats: must be positive and at most 10000, got"
                + " 99999999999999999999... (100000 digits)");
  }

  @Test
  void aQuotedNumberIsAString() {
    assertThat(problems(minimal().replace("seed: 1", "seed: \"" + "9".repeat(2000) + "\"")))
        .singleElement().asString().startsWith("mini.yaml:2:7: seed: expected an integer, got the string '99999");
  }

  @Test
  void aLocalTagIsShownAsWritten() {
    assertThat(problems("name: !custom x\n"))
        .containsExactly("mini.yaml:1:7: YAML tag '!custom' is not allowed in a scenario");
    assertThat(problems("name: !<tag:example.com,2000:app/foo> x\n"))
        .containsExactly("mini.yaml:1:7: YAML tag '!<tag:example.com,2000:app/foo>' is not allowed in a scenario");
  }

  @Test
  void checkingStopsAfterTenThousandProblems() {
    StringBuilder text = new StringBuilder(minimal());
    for (int i = 0; i < 20_000; i++) {
      text.append("zz_").append(i).append(": 1\n");
    }
    List<String> problems = problems(text.toString());
    assertThat(problems).hasSize(10_001);
    assertThat(problems.get(10_000)).isEqualTo("mini.yaml:10032:1: more than 10000 problems; checking stopped here");
  }
}
