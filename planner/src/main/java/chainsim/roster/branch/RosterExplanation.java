package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.Leave;
import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import chainsim.roster.solver.RosterConstraintProvider;
import chainsim.roster.solver.StaffLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * What a solved branch roster keeps and breaks, in the branch's words: per constraint its cost (from
 * OptaPlanner's {@link ScoreExplanation} of the {@link RosterConstraintProvider}, the definition),
 * every hard rule broken with where and why, the cover of every slot, and per cell the rules it
 * takes part in breaking (what the HTML grid shows on hover).
 *
 * @param terms every constraint that costs something, the costliest first
 * @param breaks every hard rule broken; their units add up to minus the hard score
 * @param cover every day and shift type the branch runs
 * @param notes per cell id ({@code employee@date}), what it breaks or costs
 */
public record RosterExplanation(HardSoftScore score, List<Term> terms, List<Break> breaks, List<SlotCover> cover,
    Map<String, List<Note>> notes) {

  /** A constraint's share of the score. */
  public record Term(String constraint, int hard, int soft, int matches) {}

  /** A hard rule broken: which, when, by or for whom, why, and how many hard points it costs. */
  public record Break(String constraint, LocalDate date, String who, String why, int units) {}

  /** A day and shift type: the people it asks for and has, and why it is short of its target (null when not). */
  public record SlotCover(RosterDay day, ShiftType type, int minimum, int target, int maximum, int staffed,
      String shortBecause) {
    public boolean belowMinimum() {
      return staffed < minimum;
    }

    public boolean belowTarget() {
      return staffed < target;
    }
  }

  /** What a cell takes part in: a rule (hard or soft) and a sentence. */
  public record Note(String constraint, boolean hard, String text) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd EEE", Locale.ENGLISH);

  public static String cellId(StaffMember m, LocalDate date) {
    return m.getId() + "@" + date;
  }

  public boolean feasible() {
    return score.hardScore() == 0;
  }

  public static RosterExplanation of(BranchRoster problem, Roster solved) {
    return new Explainer(problem, solved).explain();
  }

  private static final SolutionManager<Roster, HardSoftScore> DEFINITION = SolutionManager.create(
      SolverFactory.create(new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(DayAssignment.class)
          .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
              .withConstraintProviderClass(RosterConstraintProvider.class)
              .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))));

  private static final class Explainer {
    private final BranchRoster problem;
    private final Roster roster;
    private final RosterPolicy policy;
    private final List<Break> breaks = new ArrayList<>();
    private final Map<String, List<Note>> notes = new LinkedHashMap<>();
    private final Map<StaffMember, StaffLine> lines = new LinkedHashMap<>();
    private final Set<String> unavailable = new HashSet<>();

    Explainer(BranchRoster problem, Roster roster) {
      this.problem = problem;
      this.roster = roster;
      this.policy = roster.getPolicy();
      for (StaffMember m : roster.getStaff()) {
        int[] row = new int[roster.getDays().size()];
        for (RosterDay d : roster.getDays()) {
          row[d.getIndex()] = roster.assignment(m, d).shiftIndex();
        }
        lines.put(m, new StaffLine(m, roster.getPeriod(), row));
      }
      for (Unavailability u : roster.getUnavailabilities()) {
        unavailable.add(cellId(u.staffMember(), u.day().getDate()));
      }
    }

    RosterExplanation explain() {
      ScoreExplanation<Roster, HardSoftScore> explanation = DEFINITION.explain(roster);
      List<Term> terms = new ArrayList<>();
      for (ConstraintMatchTotal<HardSoftScore> t : explanation.getConstraintMatchTotalMap().values()) {
        if (!t.getScore().isZero()) {
          terms.add(new Term(t.getConstraintName(), t.getScore().hardScore(), t.getScore().softScore(),
              t.getConstraintMatchCount()));
        }
      }
      // the costliest first: hard before soft, then by cost, then by name (a stable order)
      terms.sort(java.util.Comparator.comparingInt(Term::hard).thenComparingInt(Term::soft)
          .thenComparing(Term::constraint));
      List<SlotCover> cover = cover();
      for (StaffMember m : roster.getStaff()) {
        explainLine(m);
      }
      softNotes();
      return new RosterExplanation(explanation.getScore(), terms, breaks, cover, notes);
    }

    private int personWeight() {
      return policy.personRuleHardWeight();
    }

    private void note(StaffMember m, LocalDate date, String constraint, boolean hard, String text) {
      notes.computeIfAbsent(cellId(m, date), k -> new ArrayList<>()).add(new Note(constraint, hard, text));
    }

    private String pinnedSuffix(DayAssignment cell) {
      return cell.isPinned() ? " (pinned: published on or before " + problem.rerostering().publishUntil() + ")" : "";
    }

    // ---- cover -------------------------------------------------------------------------------

    private List<SlotCover> cover() {
      Map<String, Integer> staffed = new HashMap<>();
      Set<String> required = new HashSet<>();
      for (DayAssignment cell : roster.getAssignments()) {
        if (cell.isWorking()) {
          staffed.merge(cell.getDay().getIndex() + "/" + cell.getShiftType().getId(), 1, Integer::sum);
        }
      }
      Map<String, Integer> minimum = new HashMap<>();
      for (CoverRequirement c : roster.getCoverRequirements()) {
        minimum.merge(c.day().getIndex() + "/" + c.shiftType().getId(), c.minimum(), Integer::sum);
      }
      List<SlotCover> out = new ArrayList<>();
      for (CoverRequirement c : roster.getCoverRequirements()) {
        String key = c.day().getIndex() + "/" + c.shiftType().getId();
        required.add(key);
        int has = staffed.getOrDefault(key, 0);
        String why = has < c.target() ? whyShort(c, staffed, minimum) : null;
        if (has < c.minimum()) {
          breaks.add(new Break("Cover below minimum", c.day().getDate(), c.shiftType().getId(),
              "needs " + c.minimum() + ", has " + has + ": " + why, c.minimum() - has));
        } else if (has > c.maximum()) {
          breaks.add(new Break("Cover above maximum", c.day().getDate(), c.shiftType().getId(),
              has + " on the shift, at most " + c.maximum(), has - c.maximum()));
        }
        out.add(new SlotCover(c.day(), c.shiftType(), c.minimum(), c.target(), c.maximum(), has, why));
      }
      for (DayAssignment cell : roster.getAssignments()) {
        if (cell.isWorking() && !required.contains(cell.getDay().getIndex() + "/" + cell.getShiftType().getId())) {
          String text = "the branch does not run " + cell.getShiftType().getId() + " on " + day(cell.getDay())
              + pinnedSuffix(cell);
          breaks.add(new Break("Shift without cover requirement", cell.getDay().getDate(), cell.getStaffMember().getId(),
              text, 1));
          note(cell.getStaffMember(), cell.getDay().getDate(), "Shift without cover requirement", true, text);
        }
      }
      return out;
    }

    /** Who could have worked the slot and what kept each of them off it. */
    private String whyShort(CoverRequirement c, Map<String, Integer> staffed, Map<String, Integer> minimum) {
      List<String> reasons = new ArrayList<>();
      int qualified = 0;
      for (StaffMember m : roster.getStaff()) {
        if (!m.isQualifiedFor(c.shiftType())) {
          continue;
        }
        qualified++;
        DayAssignment cell = roster.assignment(m, c.day());
        String reason;
        if (cell.getShiftType() == c.shiftType()) {
          continue;
        } else if (cell.isWorking()) {
          String there = c.day().getIndex() + "/" + cell.getShiftType().getId();
          boolean needed = staffed.getOrDefault(there, 0) <= minimum.getOrDefault(there, 0);
          reason = "on " + cell.getShiftType().getId() + (needed ? " (needed there)" : "");
        } else if (unavailable.contains(cellId(m, c.day().getDate()))) {
          reason = absence(m, c.day().getDate());
        } else if (cell.isPinned()) {
          reason = "pinned free (published)";
        } else {
          reason = wouldBreak(m, c.day(), c.shiftType());
        }
        reasons.add(m.getId() + " " + reason);
      }
      String skill = problem.skillOf().get(c.shiftType());
      if (qualified == 0) {
        return "nobody has skill " + skill;
      }
      if (reasons.isEmpty()) {
        return "all " + qualified + " with skill " + skill + " are on it";
      }
      return qualified + " with skill " + skill + ": " + String.join("; ", reasons);
    }

    private String absence(StaffMember m, LocalDate date) {
      EmployeeDef e = problem.employeeOf().get(m);
      if (e == null) {
        return "unavailable";
      }
      for (Leave l : e.unavailable()) {
        if (!date.isBefore(l.from()) && !date.isAfter(l.to())) {
          return l.reason() == null ? "on leave" : "on leave (" + l.reason() + ")";
        }
      }
      return "does not work on " + date.getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** The hard rule giving {@code m} the shift would break, or that nothing would. */
    private String wouldBreak(StaffMember m, RosterDay day, ShiftType type) {
      StaffLine line = lines.get(m);
      int[] row = new int[roster.getDays().size()];
      for (int d = 0; d < row.length; d++) {
        row[d] = line.shiftOn(d);
      }
      row[day.getIndex()] = type.getIndex();
      StaffLine after = new StaffLine(m, roster.getPeriod(), row);
      var contract = m.getContract();
      if (after.restViolations() > line.restViolations()) {
        return "would rest less than " + contract.minRestHours() + " h";
      }
      if (after.maxHoursPerWeekExcess() > line.maxHoursPerWeekExcess()) {
        return "would pass " + contract.maxHoursPerWeek().limit() + " h that week";
      }
      if (after.maxConsecutiveWorkingDaysExcess() > line.maxConsecutiveWorkingDaysExcess()) {
        return "would work more than " + contract.maxConsecutiveWorkingDays().limit() + " days in a row";
      }
      if (after.maxAssignmentsExcess() > line.maxAssignmentsExcess()) {
        return "would pass " + contract.maxAssignments().limit() + " shifts";
      }
      return "free (giving it them would cost more elsewhere)";
    }

    // ---- a staff member's line -----------------------------------------------------------------

    private void explainLine(StaffMember m) {
      StaffLine line = lines.get(m);
      var contract = m.getContract();
      List<RosterDay> days = roster.getDays();
      for (RosterDay d : days) {
        DayAssignment cell = roster.assignment(m, d);
        if (!cell.isWorking()) {
          continue;
        }
        if (unavailable.contains(cellId(m, d.getDate()))) {
          String text = "works although " + absence(m, d.getDate()) + pinnedSuffix(cell);
          breaks.add(new Break("Unavailable day worked", d.getDate(), m.getId(), text, personWeight()));
          note(m, d.getDate(), "Unavailable day worked", true, text);
        }
        if (!m.isQualifiedFor(cell.getShiftType())) {
          String text = "works " + cell.getShiftType().getId() + " without skill "
              + problem.skillOf().get(cell.getShiftType()) + pinnedSuffix(cell);
          breaks.add(new Break("Mandatory skills", d.getDate(), m.getId(), text, personWeight()));
          note(m, d.getDate(), "Mandatory skills", true, text);
        }
      }
      for (int[] pair : line.shortRestDays()) {
        RosterDay first = days.get(pair[0]);
        RosterDay next = days.get(pair[0] + 1);
        ShiftType a = roster.assignment(m, first).getShiftType();
        ShiftType b = roster.assignment(m, next).getShiftType();
        String text = String.format(Locale.ROOT, "%s on %s ends %s, %s on %s starts %s: %s rest, contract asks %d h",
            a.getId(), day(first), a.getEnd(), b.getId(), day(next), b.getStart(), hours(pair[1]), contract.minRestHours());
        breaks.add(new Break("Minimum rest between shifts", next.getDate(), m.getId(), text, personWeight()));
        note(m, first.getDate(), "Minimum rest between shifts", true, text);
        note(m, next.getDate(), "Minimum rest between shifts", true, text);
      }
      if (!policy.contractMaximaHard()) {
        return;
      }
      ContractRule maxDays = contract.maxConsecutiveWorkingDays();
      if (maxDays.on()) {
        for (int[] run : line.workingRunsLongerThan(maxDays.limit())) {
          String text = run[1] + " days in a row from " + day(days.get(run[0])) + ", contract maximum " + maxDays.limit();
          breaks.add(new Break("Contract maximum: consecutive working days", days.get(run[0]).getDate(), m.getId(), text,
              personWeight() * (run[1] - maxDays.limit())));
          for (int d = run[0]; d < run[0] + run[1]; d++) {
            note(m, days.get(d).getDate(), "Contract maximum: consecutive working days", true, text);
          }
        }
      }
      ContractRule maxHours = contract.maxHoursPerWeek();
      if (maxHours.on()) {
        for (int[] week : line.weeks()) {
          int minutes = line.minutesWorked(week[0], week[1]);
          int excess = minutes - maxHours.limit() * 60;
          if (excess > 0) {
            String text = hours(minutes) + " in the week of " + day(days.get(week[0])) + ", contract maximum "
                + maxHours.limit() + " h";
            breaks.add(new Break("Contract maximum: hours per week", days.get(week[0]).getDate(), m.getId(), text,
                personWeight() * ((excess + 59) / 60)));
            for (int d = week[0]; d < week[0] + week[1]; d++) {
              if (line.shiftOn(d) >= 0) {
                note(m, days.get(d).getDate(), "Contract maximum: hours per week", true, text);
              }
            }
          }
        }
      }
      ContractRule maxShifts = contract.maxAssignments();
      if (maxShifts.on() && line.maxAssignmentsExcess() > 0) {
        String text = line.assignmentCount() + " shifts in the period, contract maximum " + maxShifts.limit();
        breaks.add(new Break("Contract maximum: shifts", roster.getDays().get(0).getDate(), m.getId(), text,
            personWeight() * line.maxAssignmentsExcess()));
        for (RosterDay d : days) {
          if (line.shiftOn(d.getIndex()) >= 0) {
            note(m, d.getDate(), "Contract maximum: shifts", true, text);
          }
        }
      }
    }

    // ---- soft notes: requests, changes, the pool ---------------------------------------------------

    private void softNotes() {
      for (DayRequest r : roster.getDayRequests()) {
        DayAssignment cell = roster.assignment(r.staffMember(), r.day());
        if (r.wantsWork() != cell.isWorking()) {
          note(r.staffMember(), r.day().getDate(), r.wantsWork() ? "Day on request" : "Day off request", false,
              (r.wantsWork() ? "asked to work this day" : "asked for this day off") + " (" + r.weight() + ")");
        }
      }
      for (ShiftRequest r : roster.getShiftRequests()) {
        DayAssignment cell = roster.assignment(r.staffMember(), r.day());
        if (!r.wantsShift() && cell.getShiftType() == r.shiftType()) {
          note(r.staffMember(), r.day().getDate(), "Shift off request", false,
              "asked not to work " + problem.shiftOf().get(r.shiftType()).id() + " (" + r.weight() + ")");
        }
      }
      for (DayAssignment cell : roster.getAssignments()) {
        StaffMember m = cell.getStaffMember();
        LocalDate date = cell.getDay().getDate();
        if (cell.isChangedFromPublished()) {
          ShiftType was = cell.getPublishedShiftType();
          note(m, date, "Change from published roster", false, "was " + (was == null ? "free" : was.getId())
              + " in the published roster (" + policy.changeWeight() + ")");
        }
        if (m.isEmergencyPool() && cell.isWorking()) {
          note(m, date, "Emergency pool shift", false, "a temporary from the emergency pool ("
              + RosterPolicy.perHour(policy.emergencyWeightPerHour(), cell.getShiftType().durationMinutes()) + ")");
        }
        if (cell.isPinned()) {
          note(m, date, "Pinned", false, "kept as published (on or before " + problem.rerostering().publishUntil() + ")");
        }
      }
      for (ContractHours h : roster.getContractHours()) {
        StaffLine line = lines.get(h.staffMember());
        int worked = line.minutesWorked(h.firstDay(), h.days());
        if (h.shortPenalty(worked) > 0) {
          note(h.staffMember(), roster.getDays().get(h.firstDay()).getDate(), "Hours below contract", false,
              "rostered " + hours(worked) + " this week of " + hours(h.minimumMinutes()) + " contracted");
        }
      }
    }

    private static String day(RosterDay d) {
      return d.getDate().format(DAY);
    }

    private static String hours(int minutes) {
      return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%d h %02d", minutes / 60, minutes % 60);
    }
  }
}
