package chainsim.cli;

import chainsim.report.run.AtomicDirectory;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR} and {@code --force} (a picocli mixin) for every command that writes a new directory whole
 * or not at all: the directory it names, the "exists; use --force" check before any work, and the write.
 * Each command states its default directory in its help footer.
 */
final class OutputDirectoryOption {
  @Option(names = "--out", paramLabel = "DIR", description = "The directory to write (default: below).")
  Path out;

  @Option(names = "--force", description = "Replace an existing output directory.")
  boolean force;

  /** {@code --out}, or the command's default; refused at once if it exists and {@code --force} is not given. */
  Path target(Path byDefault) {
    Path target = chosen(byDefault);
    refuseExisting(target);
    return target;
  }

  /** {@code --out}, or the command's default, unchecked (for commands that check something else first). */
  Path chosen(Path byDefault) {
    return out != null ? out : byDefault;
  }

  /** "DIR exists; use --force ..." unless {@code --force} is given. */
  void refuseExisting(Path target) {
    refuseExisting(target, Files.exists(target));
  }

  boolean force() {
    return force;
  }

  /** Writes {@code target} through {@link AtomicDirectory}; one that appeared meanwhile is refused the same way. */
  void write(Path target, AtomicDirectory.Contents writer) throws IOException {
    try {
      AtomicDirectory.write(target, force, writer);
    } catch (FileAlreadyExistsException e) {
      refuseExisting(target, true);
    }
  }

  private void refuseExisting(Path target, boolean exists) {
    if (exists && !force) {
      throw new BadInputException(target + " exists; use --force to replace it or --out to write elsewhere");
    }
  }
}
