package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    assertThat(problems(v)).containsExactly("v.yaml:3:5: cannot remove 'legal': the base has no item with that id");
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
}
