package chainsim.cli;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsWriter;
import chainsim.report.run.AtomicDirectory;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes actuals into {@code DIR/actuals} and {@code DIR/state}, each folder complete or not at
 * all (written aside, then renamed into place); other files in DIR (a scenario, a README) stay.
 * Existing folders are replaced only with --force, and both are checked before either is written.
 */
final class ActualsFolders {
  static final List<String> FOLDERS = List.of("actuals", "state");

  private ActualsFolders() {}

  static void write(Path dir, boolean force, Actuals actuals) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException(dir + " is not a directory");
    }
    for (String folder : FOLDERS) {
      if (Files.exists(dir.resolve(folder)) && !force) {
        throw new BadInputException(dir.resolve(folder) + " exists; use --force to replace it or --out to write"
            + " elsewhere");
      }
    }
    for (String folder : FOLDERS) {
      try {
        AtomicDirectory.write(dir.resolve(folder), force, into -> ActualsWriter.writeFolder(into, folder, actuals));
      } catch (FileAlreadyExistsException e) {
        throw new BadInputException(dir.resolve(folder) + " exists; use --force to replace it");
      }
    }
  }
}
