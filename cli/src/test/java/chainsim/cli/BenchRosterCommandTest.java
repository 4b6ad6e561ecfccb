package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.inrc.InrcCostEvaluator;
import chainsim.roster.inrc.InrcInstance;
import chainsim.roster.inrc.InrcXmlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

class BenchRosterCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = ChainsimCommand.newCommandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private static Path instances() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("benchmarks/roster/inrc2010");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmarks/roster/inrc2010 not found");
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    Path missing = tmp.resolve("nope");
    assertThat(run("bench", "roster", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("chainsim: " + missing + ": no such directory"
        + System.lineSeparator());
  }

  @Test
  void aDirectoryWithoutInstancesIsBadInput() {
    assertThat(run("bench", "roster", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("chainsim: " + tmp + ": no *.xml instances in this directory");
  }

  @Test
  void aBrokenInstanceIsBadInputNamingFileAndLine() throws IOException {
    String text = Files.readString(instances().resolve("sprint01.xml"));
    Files.writeString(tmp.resolve("sprint01.xml"), text.replaceFirst("<ContractID>1</ContractID>",
        "<ContractID>9</ContractID>"));
    assertThat(run("bench", "roster", tmp.toString(), "--time-limit", "1s")).isEqualTo(2);
    assertThat(err.toString().trim())
        .isEqualTo("chainsim: sprint01.xml:212: employee 4 has unknown contract '9'");
  }

  @Test
  void anUnknownTimeLimitIsBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--time-limit", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--time-limit 'soon' is not a duration");
  }

  @Test
  void benchmarksTheChosenInstanceAndWritesTheTableAndTheSolution() throws Exception {
    Path report = tmp.resolve("out/bench.md");
    Path solutions = tmp.resolve("solutions");
    int exit = run("bench", "roster", instances().toString(), "--instances", "sprint03", "--time-limit", "2s",
        "--out", report.toString(), "--solutions", solutions.toString());
    assertThat(exit).isEqualTo(0);
    String table = Files.readString(report);
    assertThat(table).contains("| instance | cost | best known | gap % | peer |");
    assertThat(table).containsPattern("\\| sprint03 \\| \\d+ \\| 51 \\| [0-9.]+ \\| 54 \\|");
    assertThat(table).contains("below the peer:");
    assertThat(out.toString()).isEqualTo(table);
    assertThat(err.toString()).contains("[1/1] sprint03: cost ");

    // the roster in the competition's solution format: read back, it scores what the table says
    InrcInstance instance = InrcXmlReader.read(instances().resolve("sprint03.xml"));
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(solutions.resolve("sprint03.solution.xml").toFile());
    assertThat(xml.getElementsByTagName("SchedulingPeriodID").item(0).getTextContent()).isEqualTo(instance.id());
    Map<String, String[]> read = new HashMap<>();
    instance.employees().forEach(e -> read.put(e.id(), new String[instance.dayCount()]));
    NodeList assignments = xml.getElementsByTagName("Assignment");
    for (int i = 0; i < assignments.getLength(); i++) {
      Element a = (Element) assignments.item(i);
      int day = (int) ChronoUnit.DAYS.between(instance.startDate(),
          LocalDate.parse(a.getElementsByTagName("Date").item(0).getTextContent()));
      read.get(a.getElementsByTagName("Employee").item(0).getTextContent())[day] =
          a.getElementsByTagName("ShiftType").item(0).getTextContent();
    }
    int covered = instance.cover().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    assertThat(assignments.getLength()).as("INRC cover is exact").isEqualTo(covered);
    InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(instance, read);
    assertThat(cost.feasible()).isTrue();
    assertThat(table).contains("| sprint03 | " + cost.total() + " |");
    assertThat(xml.getElementsByTagName("SoftConstraintsPenalty").item(0).getTextContent())
        .isEqualTo(Integer.toString(cost.total()));
  }

  @Test
  void aRedealShareOutsideItsRangeOrBesideABudgetIsBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--redeal", "0.95")).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("chainsim: --redeal must be 0 (none) or above 0 and at most 0.9, not 0.95");
    err.getBuffer().setLength(0);
    assertThat(run("bench", "roster", instances().toString(), "--redeal", "0.5", "--moves", "1000")).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("chainsim: --redeal shares a time limit: not with --moves or --steps");
  }

  @Test
  void aTimeLimitAloneOfHalfAMinuteOrMoreReDealsByDefaultAndZeroOrABudgetDoesNot() throws Exception {
    // the default's rule: a time limit alone, at least 30 s, one thread per search
    assertThat(BenchRosterCommand.defaultRedeal(Duration.ofSeconds(30), false, 1)).isEqualTo(0.55);
    assertThat(BenchRosterCommand.defaultRedeal(Duration.ofSeconds(60), false, 1)).isEqualTo(0.55);
    assertThat(BenchRosterCommand.defaultRedeal(Duration.ofMillis(29_999), false, 1)).isZero();
    assertThat(BenchRosterCommand.defaultRedeal(Duration.ofSeconds(60), true, 1)).as("a budget").isZero();
    assertThat(BenchRosterCommand.defaultRedeal(Duration.ofSeconds(60), false, 2)).as("move threads").isZero();
    Path report = tmp.resolve("bench.md");
    assertThat(run("bench", "roster", instances().toString(), "--instances", "sprint03", "--time-limit", "2s",
        "--out", report.toString())).isEqualTo(0);
    assertThat(Files.readString(report)).as("below 30 s: none").contains("2s per instance, 1 thread, seed 1\n");
    assertThat(run("bench", "roster", instances().toString(), "--instances", "sprint03", "--time-limit", "2s",
        "--redeal", "0.55", "--out", report.toString())).isEqualTo(0);
    assertThat(Files.readString(report)).contains("2s per instance, 1 thread, seed 1, line re-deal up to 55 % of the time\n");
    assertThat(run("bench", "roster", instances().toString(), "--instances", "sprint03", "--time-limit", "2s",
        "--redeal", "0", "--out", report.toString())).isEqualTo(0);
    assertThat(Files.readString(report)).contains("2s per instance, 1 thread, seed 1\n");
    // a step budget: the default does not apply (and is no error, as an explicit share would be)
    assertThat(run("bench", "roster", instances().toString(), "--instances", "sprint03", "--steps", "200",
        "--out", report.toString())).isEqualTo(0);
    assertThat(Files.readString(report)).doesNotContain("re-deal");
  }

  @Test
  void aRedealRunSaysSoInItsTitleAndItsRosterIsTheEvaluatorsCost() throws Exception {
    Path report = tmp.resolve("bench.md");
    int exit = run("bench", "roster", instances().toString(), "--instances", "sprint03", "--time-limit", "3s",
        "--redeal", "0.5", "--out", report.toString());
    assertThat(exit).isEqualTo(0);
    String table = Files.readString(report);
    assertThat(table).contains("3s per instance, 1 thread, seed 1, line re-deal up to 50 % of the time");
    // sprint03's best known, 51, is proven optimal: a re-dealt roster may reach it, never go below
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\| sprint03 \\| (\\d+) \\| 51 \\|").matcher(table);
    assertThat(row.find()).isTrue();
    assertThat(Integer.parseInt(row.group(1))).isBetween(51, 60);
  }

  @Test
  void threadsOutsideTheirRangeAreBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--threads", "0", "--steps", "10")).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("chainsim: --threads must be between 1 and 64, not 0");
  }

  @Test
  void aMoveBudgetWithSeveralMoveThreadsIsBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--move-threads", "2", "--moves", "1000"))
        .isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo(
        "chainsim: --moves counts the moves of one thread: with --move-threads 2 give --steps or --time-limit");
  }

  @Test
  void independentSearchesAndMoveThreadsTogetherAreBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--threads", "2", "--move-threads", "2",
        "--steps", "10")).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("chainsim: --threads runs independent searches, --move-threads one"
        + " search on several threads: give one");
  }

  @Test
  void twoBudgetsAreBadInput() {
    assertThat(run("bench", "roster", instances().toString(), "--moves", "10", "--steps", "10")).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("chainsim: --moves and --steps are two budgets: give one");
  }

  @Test
  void aMoveBudgetGivesTheSameRostersTwice() throws IOException {
    String[] first = budgetRun("first", "--moves", "30000");
    String[] second = budgetRun("second", "--moves", "30000");
    assertThat(second).isEqualTo(first);
    assertThat(first[0]).matches("\\| sprint_late09 \\| \\d+ \\| 17(?: \\(below: suspect\\))? \\|");
  }

  @Test
  void twoMoveThreadsUnderAStepBudgetSolveAndRepeat() throws IOException {
    String[] first = budgetRun("first", "--steps", "300", "--move-threads", "2");
    String[] second = budgetRun("second", "--steps", "300", "--move-threads", "2");
    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(tmp.resolve("first.md"))).contains("300 steps per instance, one search, 2 move threads");
  }

  @Test
  void twoSearchesUnderAMoveBudgetRepeatAndAreNoWorseThanTheFirstAlone() throws IOException {
    String[] one = budgetRun("one", "--moves", "30000");
    String[] first = budgetRun("first", "--moves", "30000", "--threads", "2");
    String[] second = budgetRun("second", "--moves", "30000", "--threads", "2");
    assertThat(second).isEqualTo(first);
    assertThat(cost(first[0])).isLessThanOrEqualTo(cost(one[0]));
    assertThat(Files.readString(tmp.resolve("first.md")))
        .contains("30,000 moves per instance and search, 2 independent searches, one thread each, seed 1");
  }

  private static int cost(String row) {
    return Integer.parseInt(row.split("\\|")[2].trim());
  }

  /** The table row's cost cells and the solution file of one run on sprint_late09. */
  private String[] budgetRun(String name, String... budget) throws IOException {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("bench", "roster",
        instances().toString(), "--instances", "sprint_late09", "--out", tmp.resolve(name + ".md").toString(),
        "--solutions", tmp.resolve(name).toString()));
    args.addAll(java.util.List.of(budget));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    String row = Files.readString(tmp.resolve(name + ".md")).lines().filter(l -> l.startsWith("| sprint_late09 "))
        .findFirst().orElseThrow();
    return new String[] {row.replaceFirst("^(\\|[^|]*\\|[^|]*\\|[^|]*\\|).*", "$1"),
        Files.readString(tmp.resolve(name).resolve("sprint_late09.solution.xml"))};
  }
}
