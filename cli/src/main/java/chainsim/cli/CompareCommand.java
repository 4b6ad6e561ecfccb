package chainsim.cli;

import chainsim.report.compare.Comparison;
import chainsim.report.html.Lang;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chainsim compare RUN_A RUN_B}: what changing a scenario does, as HTML and Markdown. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two run directories, A the base and B the change: headline figures with absolute and relative"
          + " deltas, both cash fans overlaid, break-even months per branch. Writes an HTML page and, beside it,"
          + " a Markdown file for a pull-request comment; prints the path of the page last."
    })
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_A", description = "The base run directory.")
  Path runA;

  @Parameters(index = "1", paramLabel = "RUN_B", description = "The changed run directory.")
  Path runB;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "compare.html",
      description = "The HTML page (default: compare.html); the Markdown goes beside it as FILE.md.")
  Path out;

  @CommandLine.Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    Lang language = lang.lang();
    Path markdown = Comparison.of(runA, runB, language).write(out);
    PrintWriter printer = spec.commandLine().getOut();
    printer.println("Markdown: " + markdown);
    printer.println("Report:   " + out);
    printer.flush();
    return ChainsimCommand.EXIT_OK;
  }
}
