package chainsim.report.runreport;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a run's reports go: the page, the workbook and the Markdown summary. */
public record ReportFiles(Path html, Path workbook, Path markdown) {
  public static final String HTML = "report.html";
  public static final String WORKBOOK = "report.xlsx";
  public static final String MARKDOWN = "summary.md";

  /** {@code report.html}, {@code report.xlsx} and {@code summary.md} in a run directory. */
  public static ReportFiles inRunDirectory(Path dir) {
    return new ReportFiles(dir.resolve(HTML), dir.resolve(WORKBOOK), dir.resolve(MARKDOWN));
  }

  /** The page at {@code html}, the workbook and summary beside it with the same stem. */
  public static ReportFiles beside(Path html) {
    String name = html.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return new ReportFiles(html, html.resolveSibling(stem + ".xlsx"), html.resolveSibling(stem + ".md"));
  }

  /** Writes a file whole: into a hidden temporary sibling, then renamed over the target. */
  public static void writeWhole(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        // temporary files are private; a report is as readable as any other output
        Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException notPosix) {
        // other file systems keep their defaults
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
