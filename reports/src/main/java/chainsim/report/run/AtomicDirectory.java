package chainsim.report.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a directory all at once: into a hidden temporary sibling first, renamed into place only
 * when everything is written. An existing directory is replaced only when asked, and then only
 * after the new one is complete.
 */
public final class AtomicDirectory {
  /** Writes the contents of a directory. */
  public interface Contents {
    void writeInto(Path directory) throws IOException;
  }

  private AtomicDirectory() {}

  /**
   * Writes {@code target}. Throws {@link FileAlreadyExistsException} when it exists and
   * {@code replace} is false, before anything is written.
   */
  public static void write(Path target, boolean replace, Contents contents) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !replace) {
      throw new FileAlreadyExistsException(target.toString(), null, "exists; use --force to replace it");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path temporary = Files.createTempDirectory(parent, "." + name + ".tmp-");
    readableByAll(temporary);
    Thread cleanup = new Thread(() -> deleteQuietly(temporary), "chainsim-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup); // Ctrl-C while writing leaves no partial directory
    try {
      contents.writeInto(temporary);
      if (Files.exists(absolute)) {
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        delete(old);
      } else {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      deleteQuietly(temporary);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting: the hook runs anyway
      }
    }
  }

  /** Temporary directories are private; a run directory is as readable as any other output. */
  private static void readableByAll(Path directory) throws IOException {
    try {
      Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException notPosix) {
      // other file systems keep their own defaults
    }
  }

  static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void deleteQuietly(Path directory) {
    try {
      delete(directory);
    } catch (IOException ignored) {
      // best effort: a leftover hidden temporary directory is harmless
    }
  }
}
