package chainsim.roster.inrc2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A competition instance: a dataset, the index of its initial history and the sequence of its
 * week-data files, named as the competition names them ({@code n030w4_1_6-2-9-1}: dataset n030w4,
 * history {@code H0-n030w4-1}, weeks {@code WD-n030w4-6}, -2, -9, -1).
 */
public record Inrc2Instance(String name, Inrc2Scenario scenario, Inrc2History initial, List<Inrc2WeekData> weeks) {

  public static final Pattern NAME = Pattern.compile("(n\\d{3}w\\d+)_(\\d+)_(\\d+(?:-\\d+)*)");

  /**
   * Reads the instance's files from {@code root/<dataset>/}.
   *
   * @throws IllegalArgumentException for a name that is not an instance name, a missing file, or a
   *     number of weeks other than the scenario's
   */
  public static Inrc2Instance load(Path root, String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(name + ": not an INRC-II instance name (dataset_history_weeks, "
          + "e.g. n030w4_1_6-2-9-1)");
    }
    String dataset = m.group(1);
    Path dir = root.resolve(dataset);
    Inrc2Scenario scenario = Inrc2TextReader.scenario(existing(dir.resolve("Sc-" + dataset + ".txt")));
    Inrc2History initial = Inrc2TextReader.history(
        existing(dir.resolve("H0-" + dataset + "-" + m.group(2) + ".txt")), scenario);
    List<Inrc2WeekData> weeks = new ArrayList<>();
    for (String w : m.group(3).split("-")) {
      weeks.add(Inrc2TextReader.weekData(existing(dir.resolve("WD-" + dataset + "-" + w + ".txt")), scenario));
    }
    if (weeks.size() != scenario.weeks()) {
      throw new IllegalArgumentException(name + ": " + weeks.size() + " weeks named, but scenario " + dataset
          + " has " + scenario.weeks());
    }
    return new Inrc2Instance(name, scenario, initial, List.copyOf(weeks));
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    return file;
  }
}
