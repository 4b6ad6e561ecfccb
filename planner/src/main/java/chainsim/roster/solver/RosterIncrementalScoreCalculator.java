package chainsim.roster.solver;

import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.score.director.incremental.IncrementalScoreDirector;

/**
 * The search's fast score: the same rules as {@link RosterConstraintProvider}, kept as arrays.
 * Everything but cover depends on one staff member's line only, so a move re-scores the lines it
 * touched (about a microsecond each) and updates the cover counts of the days it touched.
 */
public final class RosterIncrementalScoreCalculator implements IncrementalScoreCalculator<Roster, HardSoftScore> {

  private PlanningPeriod period;
  private RosterPolicy policy;
  private List<StaffMember> staff;
  private int[][] shifts;
  private StaffLine[] lines;
  /**
   * Per line, its rules compiled ({@link CompiledLine}, about half {@link StaffLine}'s time) where
   * they cover all its rules and none is hard (INRC's lines), else null: {@link StaffLine} scores it.
   */
  private CompiledLine[] compiled;
  private int[] lineHard;
  private int[] lineSoft;
  private boolean[] dirty;
  private int[] dirtyList;
  private int dirtyCount;
  /**
   * Per line, the state it was last scored in before its present one: the row, and its hard and
   * soft penalties. A move the solver evaluates and then undoes returns its lines to exactly that
   * state, so the next scoring takes the penalties back instead of re-reading the line.
   */
  private int[][] previousRow;
  private int[] previousHard;
  private int[] previousSoft;
  /** Per dirty line, its row as last scored (copied when it first changed since then). */
  private int[][] scoredRow;
  private long hardTotal;
  private long softTotal;

  // requests and availability, per staff member and day (and shift type)
  private int[][] dayOffWeight;
  private int[][] dayOnWeight;
  private int[][][] shiftOffWeight;
  private int[][][] shiftOnWeight;
  private int[][] shiftOnTotal;
  private boolean[][] unavailable;
  private boolean[][] published;
  private int[][] publishedShift;
  private List<List<ContractHours>> contractHours;
  /** Shift codes per day: free (0) and each shift type ({@code t + 1}). */
  private int codes;
  /**
   * What a line pays on a day for the code it has there, per staff member at {@code d * codes + code}:
   * soft (requests, a change to a published day) and hard (unavailability, counted). Read once per day
   * by {@link #computeLine} instead of five arrays (its day loop was a quarter of a late instance's time).
   */
  private int[][] daySoft;
  private int[][] dayHard;

  // cover, per day and shift type
  private int[][] staffed;
  private int[][] coverMin;
  private int[][] coverTarget;
  private int[][] coverMax;
  /** Below-target cost of one missing person, per shift type (its hours at the policy's rate). */
  private int[] belowTargetCost;
  private long coverHard;
  private long coverSoft;

  @Override
  public void resetWorkingSolution(Roster roster) {
    period = roster.getPeriod();
    policy = roster.getPolicy();
    staff = roster.getStaff();
    allocate(staff.size(), period.dayCount(), period.getShiftTypes().size());
    indexRequests(roster);
    indexCover(roster);
    for (DayAssignment cell : roster.getAssignments()) {
      int s = cell.getStaffMember().getIndex();
      int d = cell.getDay().getIndex();
      shifts[s][d] = cell.shiftIndex();
      published[s][d] = cell.isPublished();
      publishedShift[s][d] = cell.getPublishedShiftType() == null ? -1 : cell.getPublishedShiftType().getIndex();
      if (cell.shiftIndex() >= 0) {
        staffed[d][cell.shiftIndex()]++;
      }
    }
    indexDays();
    scoreEverything();
  }

  private void allocate(int n, int days, int types) {
    shifts = new int[n][days];
    for (int[] row : shifts) {
      Arrays.fill(row, -1);
    }
    dayOffWeight = new int[n][days];
    dayOnWeight = new int[n][days];
    shiftOffWeight = new int[n][days][types];
    shiftOnWeight = new int[n][days][types];
    shiftOnTotal = new int[n][days];
    unavailable = new boolean[n][days];
    published = new boolean[n][days];
    publishedShift = new int[n][days];
    staffed = new int[days][types];
    coverMin = new int[days][types];
    coverTarget = new int[days][types];
    coverMax = new int[days][types];
    lines = new StaffLine[n];
    lineHard = new int[n];
    lineSoft = new int[n];
    dirty = new boolean[n];
    dirtyList = new int[n];
    previousRow = new int[n][days];
    scoredRow = new int[n][days];
    previousHard = new int[n];
    previousSoft = new int[n];
  }

  private void indexRequests(Roster roster) {
    for (DayRequest r : roster.getDayRequests()) {
      int[][] target = r.wantsWork() ? dayOnWeight : dayOffWeight;
      target[r.staffMember().getIndex()][r.day().getIndex()] += r.weight();
    }
    for (ShiftRequest r : roster.getShiftRequests()) {
      int s = r.staffMember().getIndex();
      int d = r.day().getIndex();
      if (r.wantsShift()) {
        shiftOnWeight[s][d][r.shiftType().getIndex()] += r.weight();
        shiftOnTotal[s][d] += r.weight();
      } else {
        shiftOffWeight[s][d][r.shiftType().getIndex()] += r.weight();
      }
    }
    for (Unavailability u : roster.getUnavailabilities()) {
      unavailable[u.staffMember().getIndex()][u.day().getIndex()] = true;
    }
    contractHours = new java.util.ArrayList<>();
    for (int s = 0; s < staff.size(); s++) {
      contractHours.add(new java.util.ArrayList<>());
    }
    for (ContractHours h : roster.getContractHours()) {
      contractHours.get(h.staffMember().getIndex()).add(h);
    }
  }

  private void indexDays() {
    int n = shifts.length;
    int days = period.dayCount();
    codes = period.getShiftTypes().size() + 1;
    daySoft = new int[n][days * codes];
    dayHard = new int[n][days * codes];
    for (int s = 0; s < n; s++) {
      for (int d = 0; d < days; d++) {
        for (int t = -1; t < codes - 1; t++) {
          int soft = shiftOnTotal[s][d];
          if (t >= 0) {
            soft += dayOffWeight[s][d] + shiftOffWeight[s][d][t] - shiftOnWeight[s][d][t];
            dayHard[s][d * codes + t + 1] = unavailable[s][d] ? 1 : 0;
          } else {
            soft += dayOnWeight[s][d];
          }
          if (published[s][d] && publishedShift[s][d] != t) {
            soft += policy.changeWeight();
          }
          daySoft[s][d * codes + t + 1] = soft;
        }
      }
    }
  }

  /** A shift type with no requirement on a day has minimum, target and maximum 0 there. */
  private void indexCover(Roster roster) {
    belowTargetCost = new int[period.getShiftTypes().size()];
    for (int t = 0; t < belowTargetCost.length; t++) {
      belowTargetCost[t] = RosterPolicy.perHour(policy.belowTargetWeightPerHour(),
          period.getShiftTypes().get(t).durationMinutes());
    }
    for (CoverRequirement c : roster.getCoverRequirements()) {
      int d = c.day().getIndex();
      int t = c.shiftType().getIndex();
      coverMin[d][t] += c.minimum();
      coverTarget[d][t] += c.target();
      coverMax[d][t] += c.maximum();
    }
  }

  private void scoreEverything() {
    coverHard = 0;
    coverSoft = 0;
    for (int d = 0; d < staffed.length; d++) {
      for (int t = 0; t < staffed[d].length; t++) {
        coverHard += coverHardAt(d, t);
        coverSoft += coverSoftAt(d, t);
      }
    }
    dirtyCount = 0;
    hardTotal = 0;
    softTotal = 0;
    compiled = new CompiledLine[staff.size()];
    for (int s = 0; s < staff.size(); s++) {
      CompiledLine line = compiledLine(s);
      compiled[s] = line != null && line.softOnly() ? line : null;
    }
    for (int s = 0; s < staff.size(); s++) {
      lines[s] = new StaffLine(staff.get(s), period, shifts[s]);
      scoreLine(s);
      // no earlier state to take back: a row no line can have (shift indexes are -1 or more)
      Arrays.fill(previousRow[s], Integer.MIN_VALUE);
      hardTotal += lineHard[s];
      softTotal += lineSoft[s];
    }
  }

  private long coverHardAt(int d, int t) {
    int c = staffed[d][t];
    return Math.max(0, coverMin[d][t] - c) + Math.max(0, c - coverMax[d][t]);
  }

  private long coverSoftAt(int d, int t) {
    return (long) belowTargetCost[t] * Math.max(0, coverTarget[d][t] - staffed[d][t]);
  }

  private void scoreLine(int s) {
    computeLine(s);
    lineHard[s] = computedHard;
    lineSoft[s] = computedSoft;
  }

  /** What {@link #computeLine} found: the line's hard and soft penalties. */
  private int computedHard;
  private int computedSoft;

  /** Scores line {@code s} as its row now stands into {@link #computedHard} and {@link #computedSoft}. */
  private void computeLine(int s) {
    if (compiled[s] != null) {
      computedHard = 0;
      computedSoft = Math.toIntExact(compiled[s].cost(shifts[s]));
      return;
    }
    computeLineByRules(s);
  }

  /** {@link #computeLine} by {@link StaffLine}, the rules' reference, whether or not the line is compiled. */
  private void computeLineByRules(int s) {
    StaffLine line = lines[s];
    int[] row = shifts[s];
    boolean maximaHard = policy.contractMaximaHard();
    int personHard = line.restViolations() + (maximaHard ? line.contractMaximaViolations() : 0)
        + line.unqualifiedShiftViolations(policy.skillsMandatory());
    int soft = line.contractPenalty(maximaHard) + line.emergencyPenalty(policy.emergencyWeightPerHour());
    for (ContractHours h : contractHours.get(s)) {
      int worked = line.minutesWorked(h.firstDay(), h.days());
      soft += h.shortPenalty(worked) + h.overtimePenalty(worked);
    }
    int[] soft1 = daySoft[s];
    int[] hard1 = dayHard[s];
    for (int d = 0, at = 1; d < row.length; d++, at += codes) {
      soft += soft1[at + row[d]];
      personHard += hard1[at + row[d]];
    }
    int hard = policy.personRuleHardWeight() * personHard;
    soft += line.alternativeSkillPenalty(policy.skillsMandatory());
    if (!staff.get(s).isEmergencyPool()) {
      // both fairness weights are 0 on INRC: no walk over the line for them there
      if (policy.undesiredShiftFairnessWeight() != 0) {
        int undesired = line.undesiredShiftCount();
        soft += policy.undesiredShiftFairnessWeight() * undesired * undesired;
      }
      if (policy.weekendFairnessWeight() != 0) {
        int weekendDays = line.weekendDaysWorked();
        soft += policy.weekendFairnessWeight() * weekendDays * weekendDays;
      }
    }
    computedHard = hard;
    computedSoft = soft;
  }

  /** One hard point against soft ones in {@link #lineCostWith}: any hard penalty outweighs every soft one. */
  static final long HARD_IN_SOFT = 1_000_000L;

  /**
   * What line {@code s} would cost, hard penalties weighted by {@link #HARD_IN_SOFT}, if day {@code d}
   * held shift type {@code t} (-1 free) and the rest of its row stayed as it is now; {@code t} equal to
   * the day's shift gives the line's present cost. Scored afresh (a line's stored penalties may be
   * those of a move the solver has just undone) and nothing is kept: for {@link LineMoveFactory}.
   */
  long lineCostWith(int s, int d, int t) {
    int was = shifts[s][d];
    shifts[s][d] = t;
    try {
      computeLine(s);
    } finally {
      shifts[s][d] = was;
    }
    return computedHard * HARD_IN_SOFT + computedSoft;
  }

  /**
   * What line {@code s} would cost, as {@link #lineCostOf}, scored by {@link StaffLine} even where
   * the line is compiled: the reference {@code CompiledLineTest} checks the compiled lines against.
   */
  long lineCostByRules(int s, int[] row) {
    int[] now = shifts[s];
    int[] was = now.clone();
    System.arraycopy(row, 0, now, 0, now.length);
    try {
      computeLineByRules(s);
      return computedHard * HARD_IN_SOFT + computedSoft;
    } finally {
      System.arraycopy(was, 0, now, 0, now.length);
    }
  }

  /** What line {@code s} would cost, as {@link #lineCostWith}, if its whole row were {@code row}. */
  long lineCostOf(int s, int[] row) {
    int[] now = shifts[s];
    int[] was = now.clone();
    System.arraycopy(row, 0, now, 0, now.length);
    try {
      return lineCostWith(s, 0, row[0]);
    } finally {
      System.arraycopy(was, 0, now, 0, now.length);
    }
  }

  /**
   * What staff member {@code s} working shift type {@code t} (-1 free) on day {@code d} costs on that
   * day alone: requests, unavailability (hard, weighted by {@link #HARD_IN_SOFT}) and a change to a
   * published day, as {@link #computeLine} counts them.
   */
  long dayCost(int s, int d, int t) {
    int at = d * codes + t + 1;
    return (long) dayHard[s][at] * policy.personRuleHardWeight() * HARD_IN_SOFT + daySoft[s][at];
  }

  /**
   * Line {@code s}'s rules compiled into tables ({@link CompiledLine}), or {@code null} when one of
   * its active rules is not one they cover: then {@link #lineCostOf} is the way to score its lines.
   */
  CompiledLine compiledLine(int s) {
    int days = period.dayCount();
    long[][] dayCosts = new long[days][codes];
    for (int d = 0; d < days; d++) {
      for (int code = 0; code < codes; code++) {
        dayCosts[d][code] = dayCost(s, d, code - 1);
      }
    }
    return CompiledLine.of(staff.get(s), period, policy, dayCosts, !contractHours.get(s).isEmpty());
  }

  /**
   * The cover each day and shift type needs when every one of them is exact (minimum equal to
   * maximum, target between) and the roster meets it now, else {@code null}: then no line can
   * change its day's shift without another line taking it over, as {@link LineRedeal} assumes.
   */
  int[][] exactCoverMet() {
    int[][] need = new int[staffed.length][];
    for (int d = 0; d < staffed.length; d++) {
      need[d] = new int[staffed[d].length];
      for (int t = 0; t < staffed[d].length; t++) {
        if (coverMin[d][t] != coverMax[d][t] || staffed[d][t] != coverMin[d][t]) {
          return null;
        }
        need[d][t] = coverMin[d][t];
      }
    }
    return need;
  }

  /** Staff member {@code s}'s row as it now stands (shift type index per day, -1 free; not to be changed). */
  int[] row(int s) {
    return shifts[s];
  }

  /**
   * The calculator behind a score director, or {@code null} when it scores another way (the moves
   * that read lines' costs then fall back: {@link PenaltyGuide} draws uniformly, {@link LineMoveFactory}
   * makes no move).
   */
  static RosterIncrementalScoreCalculator of(ScoreDirector<Roster> director) {
    return director instanceof IncrementalScoreDirector<?, ?> incremental
        && incremental.getIncrementalScoreCalculator() instanceof RosterIncrementalScoreCalculator calculator
        ? calculator : null;
  }

  /** Each line's soft penalty as last scored (read by {@link PenaltyGuide}; not to be changed). */
  int[] lineSoftPenalties() {
    return lineSoft;
  }

  @Override
  public void beforeVariableChanged(Object entity, String variableName) {
    DayAssignment cell = (DayAssignment) entity;
    int s = cell.getStaffMember().getIndex();
    if (!dirty[s]) {
      // the row its penalties were scored on, before this change
      System.arraycopy(shifts[s], 0, scoredRow[s], 0, shifts[s].length);
      dirty[s] = true;
      dirtyList[dirtyCount++] = s;
    }
    int t = cell.shiftIndex();
    if (t >= 0) {
      int d = cell.getDay().getIndex();
      coverHard -= coverHardAt(d, t);
      coverSoft -= coverSoftAt(d, t);
      staffed[d][t]--;
      coverHard += coverHardAt(d, t);
      coverSoft += coverSoftAt(d, t);
    }
  }

  @Override
  public void afterVariableChanged(Object entity, String variableName) {
    DayAssignment cell = (DayAssignment) entity;
    int s = cell.getStaffMember().getIndex();
    int d = cell.getDay().getIndex();
    int t = cell.shiftIndex();
    shifts[s][d] = t;
    if (t >= 0) {
      coverHard -= coverHardAt(d, t);
      coverSoft -= coverSoftAt(d, t);
      staffed[d][t]++;
      coverHard += coverHardAt(d, t);
      coverSoft += coverSoftAt(d, t);
    }
  }

  @Override
  public HardSoftScore calculateScore() {
    for (int i = 0; i < dirtyCount; i++) {
      int s = dirtyList[i];
      dirty[s] = false;
      hardTotal -= lineHard[s];
      softTotal -= lineSoft[s];
      int scoredHard = lineHard[s];
      int scoredSoft = lineSoft[s];
      if (Arrays.equals(shifts[s], previousRow[s])) {
        // back to the state before the last scoring (an undone move): take its penalties back
        lineHard[s] = previousHard[s];
        lineSoft[s] = previousSoft[s];
      } else {
        scoreLine(s);
      }
      int[] swap = previousRow[s];
      previousRow[s] = scoredRow[s];
      scoredRow[s] = swap;
      previousHard[s] = scoredHard;
      previousSoft[s] = scoredSoft;
      hardTotal += lineHard[s];
      softTotal += lineSoft[s];
    }
    dirtyCount = 0;
    return HardSoftScore.of((int) -(hardTotal + coverHard), (int) -(softTotal + coverSoft));
  }

  @Override
  public void beforeEntityAdded(Object entity) {
    throw new UnsupportedOperationException("the roster's cells are fixed: one per staff member per day");
  }

  @Override
  public void afterEntityAdded(Object entity) {
    throw new UnsupportedOperationException("the roster's cells are fixed: one per staff member per day");
  }

  @Override
  public void beforeEntityRemoved(Object entity) {
    throw new UnsupportedOperationException("the roster's cells are fixed: one per staff member per day");
  }

  @Override
  public void afterEntityRemoved(Object entity) {
    throw new UnsupportedOperationException("the roster's cells are fixed: one per staff member per day");
  }
}
