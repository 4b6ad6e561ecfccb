package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: deep merge, merge by id, append, replace, removal, cycles, the root, missing bases. */
class OverlayTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Path base() throws IOException {
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    return write("base.yaml", Fixtures.minimal());
  }

  private Scenario load(Path file) throws ScenarioException {
    return ScenarioLoader.load(file).scenario();
  }

  private List<String> problems(Path file) {
    return ScenarioLoader.validate(file).stream().map(p -> p.format().replace(dir.toString().replace('\\', '/') + "/", ""))
        .toList();
  }

  @Test
  void mapsMergeDeeplyAndTheOverlayWins() throws Exception {
    base();
    Scenario s = load(write("v.yaml", "extends: base.yaml\nname: variant\ncapital: { reserve_ratio: 0.2 }\n"));
    assertThat(s.name()).isEqualTo("variant");
    assertThat(s.capital().initial().mean()).isEqualTo(1_000_000.0);
    assertThat(s.capital().reserveRatio()).isEqualTo(0.2);
    assertThat(s.seed()).isEqualTo(1L);
  }

  @Test
  void listItemsWithAnIdMergeByIdAndNewIdsAreAppended() throws Exception {
    base();
    Scenario s = load(write("v.yaml", """
        extends: base.yaml
        regions:
          - { id: ningbo, wage_index: 1.0, rent_per_seat_month: 2200, firms: { software: 300 } }
          - { id: hangzhou, wage_index: 1.2 }
        """));
    assertThat(s.regions()).extracting(Region::id).containsExactly("hangzhou", "ningbo");
    Region hangzhou = s.region("hangzhou").orElseThrow();
    assertThat(hangzhou.wageIndex().mean()).isEqualTo(1.2);
    assertThat(hangzhou.firms()).containsEntry("software", 500).containsEntry("biotech", 100);
  }

  @Test
  void listsWithoutIdsAreReplacedWhole() throws Exception {
    base();
    Scenario s = load(write("v.yaml", """
        extends: base.yaml
        expansion:
          - { id: hz-direct, industries: [biotech] }
        """));
    assertThat(s.expansion().get(0).industries()).containsExactly("biotech");
    Scenario t = load(write("w.yaml", """
        extends: v.yaml
        expansion:
          - { id: hz-direct, industries: [software] }
        """));
    assertThat(t.expansion().get(0).industries()).containsExactly("software");
  }

  @Test
  void anItemIsRemovedWithRemoveTrue() throws Exception {
    base();
    Scenario s = load(write("v.yaml", """
        extends: base.yaml
        skills: [{ id: legal }]
        industries:
          - { id: biotech, remove: true }
        regions:
          - { id: hangzhou, firms: { biotech: ~ } }
        """));
    assertThat(s.industries()).extracting(Industry::id).containsExactly("software");
    assertThat(s.skills()).extracting(Skill::id).containsExactly("tax", "legal");
    assertThat(s.region("hangzhou").orElseThrow().firms()).containsOnlyKeys("software");
  }

  @Test
  void removingAnIdTheBaseDoesNotHaveIsAnError() throws Exception {
    base();
    Path v = write("v.yaml", "extends: base.yaml\nskills:\n  - { id: legal, remove: true }\n");
    assertThat(problems(v))
        .containsExactly("v.yaml:3:5: skills[legal]: cannot remove 'legal': the base has no item with that id");
  }

  @Test
  void aKeySetToNullRemovesTheBaseValue() throws Exception {
    base();
    write("mid.yaml", "extends: base.yaml\ncapital: { reserve_ratio: 0.3 }\ndescription: from mid\n");
    Scenario s = load(write("v.yaml", "extends: mid.yaml\ncapital: { reserve_ratio: ~ }\ndescription: ~\n"));
    assertThat(s.capital().reserveRatio()).isEqualTo(0.15);
    assertThat(s.description()).isNull();
  }

  @Test
  void laterBasesWinOverEarlierOnesAndTheFileOverAll() throws Exception {
    base();
    write("a.yaml", "replications: 10\nseed: 10\n");
    write("b.yaml", "replications: 20\n");
    Scenario s = load(write("v.yaml", "extends: [base.yaml, a.yaml, b.yaml]\nname: both\n"));
    assertThat(s.replications()).isEqualTo(20);
    assertThat(s.seed()).isEqualTo(10L);
    assertThat(s.name()).isEqualTo("both");
    assertThat(ScenarioLoader.load(dir.resolve("v.yaml")).sources()).extracting(p -> p.getFileName().toString())
        .containsExactly("v.yaml", "base.yaml", "a.yaml", "b.yaml");
  }

  @Test
  void basesResolveRelativeToTheExtendingFile() throws Exception {
    base();
    write("variants/deep/v.yaml", "extends: ../../base.yaml\nname: deep\n");
    assertThat(load(dir.resolve("variants/deep/v.yaml")).name()).isEqualTo("deep");
  }

  @Test
  void aCycleIsRejectedNamingTheChain() throws Exception {
    base();
    write("a.yaml", "extends: b.yaml\n");
    write("b.yaml", "extends: [base.yaml, c.yaml]\n");
    write("c.yaml", "extends: a.yaml\n");
    assertThat(problems(dir.resolve("a.yaml")))
        .containsExactly("c.yaml:1:10: extends: extends cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml");
  }

  @Test
  void aBaseOutsideTheScenariosRootIsRejected() throws Exception {
    Path root = dir.resolve("scenarios");
    Files.createDirectories(root);
    Files.writeString(root.resolve("chainsim.schema.json"), "{}");
    write("outside.yaml", Fixtures.minimal());
    Path v = write("scenarios/v.yaml", "extends: ../outside.yaml\n");
    assertThat(problems(v)).singleElement().asString()
        .startsWith("scenarios/v.yaml:1:10: extends: base '../outside.yaml' is outside the scenarios' root ");
  }

  @Test
  void aSymlinkLeavingTheRootIsRejected() throws Exception {
    Path root = dir.resolve("scenarios");
    Files.createDirectories(root);
    Files.writeString(root.resolve("chainsim.schema.json"), "{}");
    Path outside = write("outside.yaml", Fixtures.minimal());
    Files.createSymbolicLink(root.resolve("link.yaml"), outside);
    Path v = write("scenarios/v.yaml", "extends: link.yaml\n");
    assertThat(problems(v)).singleElement().asString().contains("extends: base 'link.yaml' is outside the scenarios' root");
  }

  @Test
  void aMissingBaseIsReportedAtTheExtendsEntry() throws Exception {
    base();
    Path v = write("v.yaml", "name: v\nextends:\n  - base.yaml\n  - nowhere.yaml\n");
    assertThat(problems(v)).containsExactly("v.yaml:4:5: extends: base file 'nowhere.yaml' not found");
  }

  @Test
  void anErrorInABaseFilePointsIntoTheBaseFile() throws Exception {
    base();
    write("base.yaml", Fixtures.minimalWith("wage_index: 1.1", "wage_index: high"));
    Path v = write("v.yaml", "extends: base.yaml\nname: v\nregions:\n  - { id: hangzhou, rent_per_seat_month: -1 }\n");
    assertThat(problems(v)).containsExactly(
        "base.yaml:12:17: regions[hangzhou].wage_index: expected a number or a distribution such as { dist:"
            + " triangular, min: 1, mode: 2, max: 3 }, got the string 'high'",
        "v.yaml:4:42: regions[hangzhou].rent_per_seat_month: must be at least 0, got -1");
  }

  @Test
  void aRuleProblemFromABasePointsIntoTheBaseFile() throws Exception {
    base();
    write("base.yaml", Fixtures.minimalWith("month: 1,", "month: 30,"));
    Path v = write("v.yaml", "extends: base.yaml\nname: v\n");
    assertThat(problems(v)).containsExactly(
        "base.yaml:31:29: expansion[hz-direct].month: month 30 is after the horizon's last month 24");
  }

  @Test
  void loadThrowsWithEveryProblem() throws Exception {
    base();
    Path v = write("v.yaml", "extends: base.yaml\nseed: x\nreplications: 0\n");
    assertThatThrownBy(() -> ScenarioLoader.load(v)).isInstanceOfSatisfying(ScenarioException.class,
        e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void aBaseListedTwiceIsRejectedAtTheSecondEntry() throws Exception {
    base();
    Path v = write("v.yaml", "extends: [base.yaml, ./base.yaml]\nname: v\n");
    assertThat(problems(v)).containsExactly(
        "v.yaml:1:22: extends: base './base.yaml' is listed twice (first as 'base.yaml' at line 1, column 11)");
    Path w = write("w.yaml", "extends:\n  - base.yaml\n  - base.yaml\nname: w\n");
    assertThat(problems(w)).containsExactly(
        "w.yaml:3:5: extends: base 'base.yaml' is listed twice (first at line 2, column 5)");
  }

  @Test
  void aBaseSharedByTwoBasesIsReadOnce() throws Exception {
    base();
    write("b.yaml", "extends: base.yaml\nreplications: 20\n");
    write("c.yaml", "extends: base.yaml\nseed: 30\n");
    LoadedScenario loaded = ScenarioLoader.load(write("v.yaml", "extends: [b.yaml, c.yaml]\nname: diamond\n"));
    assertThat(loaded.scenario().replications()).isEqualTo(20);
    assertThat(loaded.scenario().seed()).isEqualTo(30L);
    assertThat(loaded.sources()).extracting(p -> p.getFileName().toString())
        .containsExactly("v.yaml", "b.yaml", "base.yaml", "c.yaml");
  }

  @Test
  @Timeout(10)
  void aFanOutOfRepeatedBasesAnswersAtOnce() throws Exception {
    // Each file names the next ten times: resolving every mention would be 10^8 resolutions.
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    for (int i = 0; i < 8; i++) {
      write("f" + i + ".yaml", "extends: [" + String.join(", ", java.util.Collections.nCopies(10, "f" + (i + 1)
          + ".yaml")) + "]\n");
    }
    write("f8.yaml", Fixtures.minimal());
    long start = System.nanoTime();
    List<String> problems = problems(dir.resolve("f0.yaml"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(problems).hasSize(8 * 9).contains(
        "f0.yaml:1:20: extends: base 'f1.yaml' is listed twice (first at line 1, column 11)",
        "f7.yaml:1:92: extends: base 'f8.yaml' is listed twice (first at line 1, column 11)");
  }

  @Test
  @Timeout(10)
  void layersOfDistinctBasesResolveEachFileOnce() throws Exception {
    // Eight layers of ten files, each naming all ten of the next layer: 10^8 paths, 72 files.
    base();
    List<String> layer = new ArrayList<>();
    for (int j = 0; j < 10; j++) {
      layer.add("l7_" + j + ".yaml");
      write("l7_" + j + ".yaml", "extends: base.yaml\ndescription: layer 7, file " + j + "\n");
    }
    for (int i = 6; i >= 1; i--) {
      List<String> next = new ArrayList<>();
      for (int j = 0; j < 10; j++) {
        next.add("l" + i + "_" + j + ".yaml");
        write("l" + i + "_" + j + ".yaml", "extends: [" + String.join(", ", layer) + "]\n");
      }
      layer = next;
    }
    Path top = write("top.yaml", "extends: [" + String.join(", ", layer) + "]\nname: layered\n");
    long start = System.nanoTime();
    LoadedScenario loaded = ScenarioLoader.load(top);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(loaded.scenario().description()).isEqualTo("layer 7, file 9");
    assertThat(loaded.sources()).hasSize(1 + 60 + 1 + 10);
  }

  @Test
  void aScenarioOfMoreThanAHundredFilesIsRejected() throws Exception {
    base();
    for (int i = 0; i < 120; i++) {
      write("c" + i + ".yaml", "extends: c" + (i + 1) + ".yaml\n");
    }
    assertThat(problems(dir.resolve("c0.yaml"))).containsExactly("c99.yaml:1:10: extends: a scenario may be made of"
        + " at most 100 files (itself and its bases); this base would be one more");
  }

  @Test
  void basesNamedMoreThanAThousandTimesAreRejected() throws Exception {
    base();
    List<String> layer = List.of("base.yaml");
    for (int i = 3; i >= 0; i--) {
      List<String> next = new ArrayList<>();
      for (int j = 0; j < 20; j++) {
        next.add("m" + i + "_" + j + ".yaml");
        write("m" + i + "_" + j + ".yaml", "extends: [" + String.join(", ", layer) + "]\n");
      }
      layer = next;
    }
    Path top = write("top.yaml", "extends: [" + String.join(", ", layer) + "]\n");
    assertThat(problems(top)).singleElement().asString().endsWith(": extends: the bases are named more than 1000"
        + " times in all (every file's extends counted); a scenario's overlays must be simpler than that");
  }

  @Test
  void aDirectoryAsABaseIsReportedAtTheExtendsEntry() throws Exception {
    base();
    Files.createDirectories(dir.resolve("sub"));
    Path v = write("v.yaml", "extends: sub\n");
    assertThat(problems(v)).containsExactly("v.yaml:1:10: extends: base 'sub' is a directory, not a scenario file");
  }

  @Test
  void anIdTwiceInOneOverlayIsADuplicateEvenWhenTheBaseHasIt() throws Exception {
    base();
    Path v = write("v.yaml", """
        extends: base.yaml
        expansion:
          - { id: hz-direct, month: 2 }
          - { id: hz-direct, month: 3 }
        skills:
          - { id: legal }
          - { id: legal, label: { en: Legal } }
        equity_templates:
          - { id: stake, remove: true }
          - { id: stake, operations: small, stake: 0.2, investment: 1000000 }
        """);
    assertThat(problems(v)).containsExactly(
        "v.yaml:4:11: expansion[hz-direct]: duplicate id 'hz-direct' (first at line 3)",
        "v.yaml:7:11: skills[legal]: duplicate id 'legal' (first at line 6)",
        "v.yaml:10:11: equity_templates[stake]: duplicate id 'stake' (first at line 9)");
  }

  @Test
  void removeTakesOnlyTrue() throws Exception {
    base();
    Path v = write("v.yaml", """
        extends: base.yaml
        industries:
          - { id: biotech, remove: "yes" }
          - { id: software, remove: false }
        """);
    assertThat(problems(v)).containsExactly(
        "v.yaml:3:28: industries[biotech].remove: remove takes true, to remove the base's item 'biotech'; got the"
            + " string 'yes'. To keep the item, leave remove out",
        "v.yaml:4:29: industries[software].remove: remove takes true, to remove the base's item 'software'; got"
            + " false. To keep the item, leave remove out");
  }

  @Test
  void aRemovedItemSaysNothingElse() throws Exception {
    base();
    Path v = write("v.yaml", "extends: base.yaml\nexpansion:\n  - { id: hz-direct, remove: true, month: 3 }\n");
    assertThat(problems(v)).containsExactly("v.yaml:3:36: expansion[hz-direct].month: 'month' cannot go with"
        + " remove: true; an item that is removed has only id and remove");
  }

  @Test
  void anEmptyListReplacesTheBaseList() throws Exception {
    base();
    Scenario s = load(write("v.yaml", "extends: base.yaml\nexpansion: []\n"));
    assertThat(s.expansion()).isEmpty();
    // a required list cannot be emptied; what referred into it dangles
    assertThat(problems(write("w.yaml", "extends: base.yaml\nskills: []\n"))).containsExactly(
        "base.yaml:18:23: products[bookkeeping].delivery_hours.tax: unknown skill 'tax'",
        "base.yaml:24:33: branch_templates[small].staffing[1].skill: unknown skill 'tax'",
        "w.yaml:2:9: skills: must not be empty");
  }

  @Test
  void problemsAreInTheSameOrderHoweverThePathIsWritten() throws Exception {
    base();
    write("base.yaml", Fixtures.minimalWith("wage_index: 1.1", "wage_index: high"));
    write("v.yaml", "extends: base.yaml\nseed: x\n");
    List<Problem> plain = ScenarioLoader.validate(dir.resolve("v.yaml"));
    List<Problem> dotted = ScenarioLoader.validate(Path.of(dir + "/./v.yaml"));
    assertThat(plain).extracting(p -> p.file().getFileName().toString()).containsExactly("base.yaml", "v.yaml");
    assertThat(dotted).extracting(p -> p.file().getFileName().toString()).containsExactly("base.yaml", "v.yaml");
    assertThat(dotted).extracting(Problem::identity).isEqualTo(plain.stream().map(Problem::identity).toList());
  }
}
