package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim run} with its reports, {@code report} and {@code compare}, as a user runs them. */
class ReportCommandsTest {
  @TempDir static Path dir;
  static Path baseline;
  static CliRun firstRun;

  @BeforeAll
  static void runBaseline() {
    baseline = dir.resolve("baseline");
    firstRun = ScenarioCommandsTest.run("run", "../scenarios/baseline.yaml", "--replications", "4", "--threads", "2",
        "--engine", "sequential", "--out", baseline.toString());
  }

  static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void runWritesTheReportsAndEndsWithThePathOfThePage() {
    assertThat(firstRun.exit()).isEqualTo(0);
    assertThat(lastLine(firstRun.out())).isEqualTo("Report: " + baseline.resolve("report.html"));
    assertThat(baseline.resolve("report.html")).isRegularFile();
    assertThat(baseline.resolve("report.xlsx")).isRegularFile();
    assertThat(baseline.resolve("summary.md")).isRegularFile();
  }

  @Test
  void runWithoutReportWritesOnlyTheData() {
    Path out = dir.resolve("no-report");
    CliRun r = ScenarioCommandsTest.run("run", "../scenarios/baseline.yaml", "--replications", "2", "--threads", "1",
        "--engine", "sequential", "--no-report", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(lastLine(r.out())).isEqualTo("Run written to " + out);
    assertThat(out.resolve("summary.json")).isRegularFile();
    assertThat(out.resolve("report.html")).doesNotExist();
  }

  @Test
  void reportRewritesTheSameBytesAndCanWriteEnglishElsewhere() throws Exception {
    byte[] before = Files.readAllBytes(baseline.resolve("report.html"));
    CliRun again = ScenarioCommandsTest.run("report", baseline.toString());
    assertThat(again.exit()).isEqualTo(0);
    assertThat(Files.readAllBytes(baseline.resolve("report.html"))).isEqualTo(before);
    Path english = dir.resolve("en/baseline.html");
    CliRun r = ScenarioCommandsTest.run("report", baseline.toString(), "--lang", "en", "--out", english.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out().lines()).containsExactly("Workbook: " + dir.resolve("en/baseline.xlsx"),
        "Summary:  " + dir.resolve("en/baseline.md"), "Report:   " + english);
    assertThat(Files.readString(english)).contains("<html lang=\"en\">");
  }

  @Test
  void aMissingRunDirectoryIsBadInputInOneLine() {
    CliRun r = ScenarioCommandsTest.run("report", dir.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("chainsim: " + dir.resolve("nowhere")
        + " is not a run directory: no such directory");
    CliRun c = ScenarioCommandsTest.run("compare", baseline.toString(), dir.resolve("nowhere").toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownLanguageIsBadInputInOneLine() {
    CliRun r = ScenarioCommandsTest.run("report", baseline.toString(), "--lang", "fr");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("chainsim: --lang must be zh or en, not 'fr'\n");
  }

  @Test
  void compareWritesThePageAndTheMarkdownAndEndsWithThePage() {
    Path page = dir.resolve("compare/same.html");
    CliRun r = ScenarioCommandsTest.run("compare", baseline.toString(), baseline.toString(), "--out", page.toString(),
        "--lang", "en");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(lastLine(r.out())).isEqualTo("Report:   " + page);
    assertThat(page).isRegularFile();
    assertThat(dir.resolve("compare/same.md")).content().contains("| Figure | A | B | Change | Relative change |");
  }
}
