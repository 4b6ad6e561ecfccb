package chainsim.roster.inrc2;

import java.util.Map;

/**
 * The history before a week: its index in the horizon (0 for the initial history) and each
 * nurse's {@link NurseHistory}, by nurse id.
 */
public record Inrc2History(int week, String scenarioId, Map<String, NurseHistory> nurses) {

  public NurseHistory of(String nurse) {
    NurseHistory h = nurses.get(nurse);
    if (h == null) {
      throw new IllegalArgumentException("no history for nurse " + nurse);
    }
    return h;
  }
}
