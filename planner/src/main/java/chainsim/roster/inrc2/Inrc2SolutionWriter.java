package chainsim.roster.inrc2;

import java.util.List;

/** A week's solution in the competition's text format, readable by its validator and by {@link Inrc2TextReader}. */
public final class Inrc2SolutionWriter {

  private Inrc2SolutionWriter() {
  }

  public static String text(int week, String scenarioId, List<Assignment> assignments) {
    StringBuilder out = new StringBuilder();
    out.append("SOLUTION\n").append(week).append(' ').append(scenarioId).append("\n\n");
    out.append("ASSIGNMENTS = ").append(assignments.size()).append('\n');
    for (Assignment a : assignments) {
      out.append(a.nurse()).append(' ').append(Inrc2TextReader.DAYS.get(a.day())).append(' ')
          .append(a.shift()).append(' ').append(a.skill()).append('\n');
    }
    return out.toString();
  }
}
