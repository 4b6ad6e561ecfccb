package chainsim.roster.inrc2;

import chainsim.roster.inrc2.Inrc2Scenario.Contract;
import chainsim.roster.inrc2.Inrc2Scenario.Nurse;
import chainsim.roster.inrc2.Inrc2Scenario.ShiftType;
import chainsim.roster.inrc2.Inrc2WeekData.Requirement;
import chainsim.roster.inrc2.Inrc2WeekData.ShiftOffRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the competition's text files (the format of {@code Sc-n030w4.txt}, {@code H0-n030w4-1.txt},
 * {@code WD-n030w4-6.txt} and the {@code Sol-…} solutions). History, week data and solutions are
 * checked against the scenario: an unknown nurse, shift or skill is an error at its line and column.
 */
public final class Inrc2TextReader {

  /** Days as the files name them, Monday first. */
  public static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private Inrc2TextReader() {
  }

  public static Inrc2Scenario scenario(Path file) {
    TextTokens t = new TextTokens(file);
    t.expect("SCENARIO");
    t.expect("=");
    String id = t.word("the scenario name");
    int weeks = t.counted("WEEKS");
    List<String> skills = new ArrayList<>();
    for (int i = t.counted("SKILLS"); i > 0; i--) {
      skills.add(unique(t, skills, t.word("a skill"), "skill"));
    }
    List<ShiftType> shifts = new ArrayList<>();
    List<String> shiftIds = new ArrayList<>();
    for (int i = t.counted("SHIFT_TYPES"); i > 0; i--) {
      String sid = unique(t, shiftIds, t.word("a shift type"), "shift type");
      shiftIds.add(sid);
      int[] limits = t.pair("the consecutive limits of " + sid);
      shifts.add(new ShiftType(sid, limits[0], limits[1]));
    }
    t.expect("FORBIDDEN_SHIFT_TYPES_SUCCESSIONS");
    Map<String, Set<String>> forbidden = new LinkedHashMap<>();
    for (int i = 0; i < shifts.size(); i++) {
      String from = known(t, shiftIds, t.word("a shift type"), "shift type");
      Set<String> after = new LinkedHashSet<>();
      for (int k = t.integer("the number of forbidden successors of " + from); k > 0; k--) {
        after.add(known(t, shiftIds, t.word("a shift type"), "shift type"));
      }
      forbidden.put(from, Set.copyOf(after));
    }
    Map<String, Contract> contracts = new LinkedHashMap<>();
    for (int i = t.counted("CONTRACTS"); i > 0; i--) {
      String cid = unique(t, new ArrayList<>(contracts.keySet()), t.word("a contract"), "contract");
      int[] total = t.pair("the total assignments of " + cid);
      int[] work = t.pair("the consecutive working days of " + cid);
      int[] off = t.pair("the consecutive days off of " + cid);
      int weekends = t.integer("the maximum working weekends of " + cid);
      int complete = t.integer("the complete weekends flag of " + cid);
      if (complete > 1) {
        throw t.errorAtPrevious("the complete weekends flag of " + cid + " must be 0 or 1, not " + complete);
      }
      contracts.put(cid, new Contract(cid, total[0], total[1], work[0], work[1], off[0], off[1], weekends,
          complete == 1));
    }
    List<Nurse> nurses = new ArrayList<>();
    List<String> nurseIds = new ArrayList<>();
    for (int i = t.counted("NURSES"); i > 0; i--) {
      String nid = unique(t, nurseIds, t.word("a nurse"), "nurse");
      nurseIds.add(nid);
      String contract = known(t, new ArrayList<>(contracts.keySet()), t.word("a contract"), "contract");
      List<String> own = new ArrayList<>();
      for (int k = t.integer("the number of skills of " + nid); k > 0; k--) {
        own.add(known(t, skills, t.word("a skill"), "skill"));
      }
      nurses.add(new Nurse(nid, contract, List.copyOf(own)));
    }
    end(t);
    return new Inrc2Scenario(id, weeks, List.copyOf(skills), List.copyOf(shifts), forbidden, contracts,
        List.copyOf(nurses));
  }

  public static Inrc2History history(Path file, Inrc2Scenario scenario) {
    TextTokens t = new TextTokens(file);
    t.expect("HISTORY");
    int week = t.integer("the week of the history");
    String sid = t.word("the scenario name");
    scenarioMatches(t, scenario, sid);
    t.expect("NURSE_HISTORY");
    List<String> nurseIds = scenario.nurses().stream().map(Nurse::id).toList();
    List<String> shiftIds = scenario.shiftTypes().stream().map(ShiftType::id).toList();
    Map<String, NurseHistory> nurses = new LinkedHashMap<>();
    while (!t.atEnd()) {
      String nurse = known(t, nurseIds, t.word("a nurse"), "nurse");
      if (nurses.containsKey(nurse)) {
        throw t.errorAtPrevious("nurse " + nurse + " has a second history line");
      }
      int assignments = t.integer("the assignments of " + nurse);
      int weekends = t.integer("the working weekends of " + nurse);
      String last = t.word("the last shift of " + nurse);
      if (last.equals("None")) {
        last = null;
      } else {
        known(t, shiftIds, last, "shift type");
      }
      nurses.put(nurse, new NurseHistory(assignments, weekends, last, t.integer("consecutive same shifts"),
          t.integer("consecutive working days"), t.integer("consecutive days off")));
    }
    for (String n : nurseIds) {
      if (!nurses.containsKey(n)) {
        throw new Inrc2FormatException(file, 1, 1, "no history line for nurse " + n);
      }
    }
    return new Inrc2History(week, sid, nurses);
  }

  public static Inrc2WeekData weekData(Path file, Inrc2Scenario scenario) {
    TextTokens t = new TextTokens(file);
    t.expect("WEEK_DATA");
    String sid = t.word("the scenario name");
    scenarioMatches(t, scenario, sid);
    t.expect("REQUIREMENTS");
    List<String> shiftIds = scenario.shiftTypes().stream().map(ShiftType::id).toList();
    List<Requirement> requirements = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (!t.atEnd() && !t.peek().equals("SHIFT_OFF_REQUESTS")) {
      String shift = known(t, shiftIds, t.word("a shift type"), "shift type");
      String skill = known(t, scenario.skills(), t.word("a skill"), "skill");
      if (!seen.add(shift + "/" + skill)) {
        throw t.errorAtPrevious("a second requirement line for " + shift + " " + skill);
      }
      int[] min = new int[7];
      int[] opt = new int[7];
      for (int d = 0; d < 7; d++) {
        int[] p = t.pair("the (minimum,optimal) cover on " + DAYS.get(d));
        min[d] = p[0];
        opt[d] = p[1];
      }
      requirements.add(new Requirement(shift, skill, min, opt));
    }
    List<String> nurseIds = scenario.nurses().stream().map(Nurse::id).toList();
    List<ShiftOffRequest> requests = new ArrayList<>();
    for (int i = t.counted("SHIFT_OFF_REQUESTS"); i > 0; i--) {
      String nurse = known(t, nurseIds, t.word("a nurse"), "nurse");
      String shift = t.word("a shift type or Any");
      if (shift.equals("Any")) {
        shift = null;
      } else {
        known(t, shiftIds, shift, "shift type");
      }
      requests.add(new ShiftOffRequest(nurse, shift, day(t)));
    }
    end(t);
    return new Inrc2WeekData(sid, List.copyOf(requirements), List.copyOf(requests));
  }

  /**
   * A week's solution: its assignments, checked against the scenario (one shift a nurse a day is
   * the evaluator's to count); anything after the declared number of assignments is ignored.
   */
  public static List<Assignment> solution(Path file, Inrc2Scenario scenario) {
    TextTokens t = new TextTokens(file);
    t.expect("SOLUTION");
    t.integer("the week of the solution");
    scenarioMatches(t, scenario, t.word("the scenario name"));
    List<String> nurseIds = scenario.nurses().stream().map(Nurse::id).toList();
    List<String> shiftIds = scenario.shiftTypes().stream().map(ShiftType::id).toList();
    List<Assignment> out = new ArrayList<>();
    for (int i = t.counted("ASSIGNMENTS"); i > 0; i--) {
      String nurse = known(t, nurseIds, t.word("a nurse"), "nurse");
      int day = day(t);
      String shift = known(t, shiftIds, t.word("a shift type"), "shift type");
      String skill = known(t, scenario.skills(), t.word("a skill"), "skill");
      out.add(new Assignment(nurse, day, shift, skill));
    }
    // Lines after the declared assignments (some published solutions end with their solver's
    // "Viol:", "Cost:" and "Time:") are ignored, as the competition's validator ignores them.
    return out;
  }

  private static int day(TextTokens t) {
    String d = t.word("a day (Mon to Sun)");
    int i = DAYS.indexOf(d);
    if (i < 0) {
      throw t.errorAtPrevious("unknown day '" + d + "' (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)");
    }
    return i;
  }

  private static void scenarioMatches(TextTokens t, Inrc2Scenario scenario, String sid) {
    if (!sid.equals(scenario.id())) {
      throw t.errorAtPrevious("the file is for scenario " + sid + ", not " + scenario.id());
    }
  }

  private static String known(TextTokens t, List<String> names, String name, String what) {
    if (!names.contains(name)) {
      throw t.errorAtPrevious("unknown " + what + " '" + name + "'");
    }
    return name;
  }

  private static String unique(TextTokens t, List<String> names, String name, String what) {
    if (names.contains(name)) {
      throw t.errorAtPrevious(what + " '" + name + "' is declared twice");
    }
    return name;
  }

  private static void end(TextTokens t) {
    if (!t.atEnd()) {
      throw t.error("expected the end of the file");
    }
  }
}
