package chainsim.roster.inrc2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The INRC-II datasets kept in the repository under benchmarks/roster/inrc2. */
final class Inrc2Files {

  private Inrc2Files() {
  }

  static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("benchmarks/roster/inrc2");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmarks/roster/inrc2 not found above " + here);
  }

  static Path dataset(String name) {
    return dir().resolve(name);
  }

  static Inrc2Scenario scenario(String dataset) {
    return Inrc2TextReader.scenario(dataset(dataset).resolve("Sc-" + dataset + ".txt"));
  }

  static Inrc2History history(String dataset, Inrc2Scenario scenario, int index) {
    return Inrc2TextReader.history(dataset(dataset).resolve("H0-" + dataset + "-" + index + ".txt"), scenario);
  }

  static List<Inrc2WeekData> weeks(String dataset, Inrc2Scenario scenario, int... indexes) {
    List<Inrc2WeekData> out = new ArrayList<>();
    for (int i : indexes) {
      out.add(Inrc2TextReader.weekData(dataset(dataset).resolve("WD-" + dataset + "-" + i + ".txt"), scenario));
    }
    return out;
  }
}
