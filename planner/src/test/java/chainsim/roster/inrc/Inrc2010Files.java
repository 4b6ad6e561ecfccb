package chainsim.roster.inrc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The 20 INRC-2010 instances kept in the repository under benchmarks/roster/inrc2010. */
public final class Inrc2010Files {

  private Inrc2010Files() {
  }

  public static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("benchmarks/roster/inrc2010");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmarks/roster/inrc2010 not found above " + here);
  }

  public static Path file(String name) {
    return dir().resolve(name + ".xml");
  }

  public static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
