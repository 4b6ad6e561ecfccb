package chainsim.scenario.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of any records read as a scenario is: shape first, the right parts bound, rule problems where they are. */
class RecordFileTest {
  /** A small format: a list of entries without ids, each a count of at least one. */
  public record Entries(@NotNull @NotEmpty List<Entry> entries) {}

  public record Entry(@NotNull @Min(1) Integer n, String note) {}

  static final RecordFile.Kind<Entries> KIND = new RecordFile.Kind<>(Entries.class, "an entries file", 1000);

  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("entries.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + ":" + p.column() + ": " + p.keyPath() + ": " + p.message()).toList();
  }

  @Test
  void aWholeFileBindsAndReadsAsItsRecords() throws Exception {
    RecordFile<Entries> read = RecordFile.read(write("entries:\n  - { n: 2 }\n  - { n: 3, note: x }\n"), KIND,
        UnaryOperator.identity());
    assertThat(read.whole()).isTrue();
    assertThat(read.orThrow()).isEqualTo(new Entries(List.of(new Entry(2, null), new Entry(3, "x"))));
    assertThat(read.at("entries[1].note").line()).isEqualTo(3);
  }

  @Test
  void theRulesSeeThePartsWhoseShapeIsRightAndTheirProblemsKeepTheFilesPaths() throws Exception {
    RecordFile<Entries> read = RecordFile.read(write("entries:\n  - { n: 0 }\n  - { n: 5 }\n  - { n: 6, nte: y }\n"),
        KIND, UnaryOperator.identity());
    assertThat(read.whole()).isFalse();
    // the first and the third entries are left out; the second is the only one bound
    assertThat(read.records().entries()).containsExactly(new Entry(5, null));
    read.problem("entries[0].n", "five is odd");
    assertThat(lines(read.problems())).containsExactly(
        "2:10: entries[0].n: must be at least 1, got 0",
        "3:10: entries[1].n: five is odd",
        "4:13: entries[2].nte: unknown key 'nte' (did you mean 'note'?)");
    ScenarioException e = catchThrowableOfType(read::orThrow, ScenarioException.class);
    assertThat(e.problems()).hasSize(3);
  }

  @Test
  void theTreeMayBeRewrittenBeforeItIsChecked() throws Exception {
    // a short form: a number alone is an entry
    UnaryOperator<chainsim.scenario.tree.MapNode> shortForm = tree -> {
      var list = (chainsim.scenario.tree.ListNode) tree.get("entries");
      var items = list.items().stream().map(item -> item instanceof chainsim.scenario.tree.ScalarNode s
          ? new chainsim.scenario.tree.MapNode(s.position(),
              java.util.Map.of("n", new chainsim.scenario.tree.MapNode.Entry("n", s.position(), s)))
          : item).toList();
      return new chainsim.scenario.tree.MapNode(tree.position(), java.util.Map.of("entries",
          new chainsim.scenario.tree.MapNode.Entry("entries", tree.entries().get("entries").keyPosition(),
              new chainsim.scenario.tree.ListNode(list.position(), items))));
    };
    RecordFile<Entries> read = RecordFile.read(write("entries: [4, { n: 5 }]\n"), KIND, shortForm);
    assertThat(read.orThrow().entries()).extracting(Entry::n).containsExactly(4, 5);
  }

  @Test
  void aFileTooLargeOrNotAMapIsOneLocatedProblem() throws Exception {
    String big = "entries:\n" + "  - { n: 1 }\n".repeat(100);
    RecordFile<Entries> tooLarge = RecordFile.read(write(big), KIND, UnaryOperator.identity());
    assertThat(lines(tooLarge.problems())).containsExactly(
        "1:1: : the file has " + (9 + 13 * 100) + " bytes; an entries file may have at most 1000");
    assertThat(tooLarge.records()).isNull();
    RecordFile<Entries> list = RecordFile.read(write("- 1\n- 2\n"), KIND, UnaryOperator.identity());
    assertThat(list.problems()).hasSize(1);
    assertThat(list.problems().get(0).message()).startsWith("expected a map, got ");
    RecordFile<Entries> directory = RecordFile.read(dir, KIND, UnaryOperator.identity());
    assertThat(directory.problems()).extracting(Problem::message).containsExactly("is a directory, not an entries file");
  }
}
