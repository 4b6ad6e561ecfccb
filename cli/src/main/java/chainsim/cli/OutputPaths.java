package chainsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of output directories that do not exist yet, resolved as the scenario loader resolves files. */
final class OutputPaths {
  private OutputPaths() {}

  /** The real path of the nearest existing ancestor, with the rest appended: symbolic links resolved as the loader does. */
  static Path realAsFarAsItExists(Path path) throws IOException {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
  }
}
