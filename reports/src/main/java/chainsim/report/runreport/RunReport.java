package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports of one run in one language: the HTML page, the workbook and the Markdown summary,
 * all from the same figures. Same run directory and language, same bytes.
 *
 * <pre>{@code
 * RunReport report = RunReport.of(RunData.read(runDir), Lang.ZH);
 * ReportFiles written = report.write(ReportFiles.inRunDirectory(runDir));
 * }</pre>
 */
public final class RunReport {
  private final RunData run;
  private final Labels labels;
  private final Numbers numbers;
  private final Names names;
  private final List<KeyFigures.Figure> keyFigures;
  private final List<Risks.Risk> risks;

  private RunReport(RunData run, Lang lang) {
    this.run = run;
    this.labels = Labels.of(lang).with(RunReport.class, "labels");
    this.numbers = new Numbers(lang);
    this.names = new Names(run.scenario(), labels);
    this.keyFigures = KeyFigures.of(run, numbers, labels);
    this.risks = Risks.largest(run, names, numbers);
  }

  public static RunReport of(RunData run, Lang lang) {
    return new RunReport(run, lang);
  }

  /** Reads a run directory and prepares its reports. */
  public static RunReport of(Path runDirectory, Lang lang) {
    return of(RunData.read(runDirectory), lang);
  }

  public String html() {
    return RunReportPage.render(this);
  }

  public byte[] workbook() {
    try {
      return RunWorkbook.bytes(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String markdown() {
    return RunMarkdown.render(this);
  }

  /** Writes the three files, each replaced whole. */
  public ReportFiles write(ReportFiles files) throws IOException {
    ReportFiles.writeWhole(files.html(), html().getBytes(StandardCharsets.UTF_8));
    ReportFiles.writeWhole(files.workbook(), workbook());
    ReportFiles.writeWhole(files.markdown(), markdown().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  public RunData run() {
    return run;
  }

  public List<KeyFigures.Figure> keyFigures() {
    return keyFigures;
  }

  public List<Risks.Risk> risks() {
    return risks;
  }

  Labels labels() {
    return labels;
  }

  Numbers numbers() {
    return numbers;
  }

  Names names() {
    return names;
  }

  RunTables tables() {
    return new RunTables(run, names);
  }

  Assumptions assumptions() {
    return new Assumptions(run.scenario(), names, numbers);
  }
}
