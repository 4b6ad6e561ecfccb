package chainsim.cli;

import chainsim.report.html.Lang;
import chainsim.report.runreport.ReportFiles;
import chainsim.report.runreport.RunReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chainsim report RUN_DIR}: the HTML page, the workbook and the Markdown summary of a run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the reports of a run directory: report.html (one self-contained page with interactive charts that"
          + " opens offline), report.xlsx (one sheet per table) and summary.md (headline figures and the five"
          + " largest risks, for a pull request). Prints the path of the page last.",
      "The same run directory and language always give the same bytes."
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN_DIR", description = "A run directory written by 'chainsim run'.")
  Path runDirectory;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The HTML page (default: RUN_DIR/report.html); the workbook and the summary go beside it with"
          + " the same name (FILE.xlsx, FILE.md), or as report.xlsx and summary.md in RUN_DIR by default.")
  Path out;

  @CommandLine.Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    Lang language = lang.lang();
    ReportFiles files = out == null ? ReportFiles.inRunDirectory(runDirectory) : ReportFiles.beside(out);
    RunReport.of(runDirectory, language).write(files);
    PrintWriter printer = spec.commandLine().getOut();
    printer.println("Workbook: " + files.workbook());
    printer.println("Summary:  " + files.markdown());
    printer.println("Report:   " + files.html());
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }
}
