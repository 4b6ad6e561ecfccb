package chainsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory's files as bytes by relative path, sorted: what byte-identity tests of outputs compare. */
public final class FileTrees {
  private FileTrees() {}

  public static Map<String, byte[]> bytes(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** Copies a file, or a directory with everything below it, to {@code to} (parents created). */
  public static void copy(Path from, Path to) throws IOException {
    if (!java.nio.file.Files.isDirectory(from)) {
      java.nio.file.Files.createDirectories(to.toAbsolutePath().getParent());
      java.nio.file.Files.copy(from, to);
      return;
    }
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (java.nio.file.Files.isDirectory(p)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.createDirectories(target.getParent());
          java.nio.file.Files.copy(p, target);
        }
      }
    }
  }
}
