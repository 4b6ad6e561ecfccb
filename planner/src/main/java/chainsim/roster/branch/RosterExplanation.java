package chainsim.roster.branch;

import static chainsim.roster.solver.RosterConstraintProvider.CHANGE_FROM_PUBLISHED;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_MONTH;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_WEEK;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_SHIFTS;
import static chainsim.roster.solver.RosterConstraintProvider.DAY_OFF_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.DAY_ON_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.EMERGENCY_POOL_SHIFT;
import static chainsim.roster.solver.RosterConstraintProvider.HOURS_BELOW_CONTRACT;
import static chainsim.roster.solver.RosterConstraintProvider.MANDATORY_SKILLS;
import static chainsim.roster.solver.RosterConstraintProvider.MINIMUM_REST;
import static chainsim.roster.solver.RosterConstraintProvider.SHIFT_OFF_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.SHIFT_WITHOUT_COVER;
import static chainsim.roster.solver.RosterConstraintProvider.UNAVAILABLE_DAY_WORKED;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.solver.RosterConstraintProvider;
import chainsim.roster.solver.justification.CoverJustification;
import chainsim.roster.solver.justification.DayJustification;
import chainsim.roster.solver.justification.SpanJustification;
import chainsim.roster.solver.justification.WeekHoursJustification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * What a solved branch roster keeps and breaks, read from OptaPlanner's {@link ScoreExplanation} of
 * the {@link RosterConstraintProvider} (the definition): per constraint its cost and number of
 * breaches, every hard rule broken with its justification, the cover of every slot (and, where
 * short, who could have worked it: {@link Shortfall}), and per cell the matches it takes part in
 * (what the HTML grid shows on hover). It holds no words: the pages put the justifications into
 * sentences in the reader's language.
 *
 * @param terms every constraint that costs something, the costliest first
 * @param breaks every hard rule broken; their units add up to minus the hard score
 * @param cover every day and shift type the branch runs
 * @param notes per cell id ({@code employee@date}), what it breaks or costs
 */
public record RosterExplanation(HardSoftScore score, List<Term> terms, List<Break> breaks, List<SlotCover> cover,
    Map<String, List<Note>> notes) {

  /** A constraint's share of the score; {@code matches} counts its breaches (a person, a day, a run...). */
  public record Term(String constraint, int hard, int soft, int matches) {}

  /**
   * A hard rule broken: which, when, by or for whom (a person's id, or a slot's shift type id), how
   * many hard points it costs, and the constraint's justification (who, which days, limit, actual).
   */
  public record Break(String constraint, LocalDate date, String who, int units, ConstraintJustification justification) {}

  /** A day and shift type: the people it asks for and has, and why it is short of its target (null when not). */
  public record SlotCover(RosterDay day, ShiftType type, int minimum, int target, int maximum, int staffed,
      Shortfall shortBecause) {
    public boolean belowMinimum() {
      return staffed < minimum;
    }

    public boolean belowTarget() {
      return staffed < target;
    }
  }

  /**
   * Why a slot is short of its target: the people with its skill and what kept each one who is not
   * on it off it ({@code others} empty: all are on it; {@code qualified} zero: nobody has the skill).
   */
  public record Shortfall(String skill, int qualified, List<Absent> others) {}

  /** A qualified person not on a short slot, and why. */
  public record Absent(StaffMember staff, Reason reason, ShiftType elsewhere, boolean neededThere,
      String wouldBreak) {}

  /** What kept a qualified person off a short slot. */
  public enum Reason {
    /** on another shift that day ({@code elsewhere}), perhaps {@code neededThere} to keep its minimum */
    ELSEWHERE,
    /** on leave or not working that weekday */
    UNAVAILABLE,
    /** free on a day published and pinned */
    PINNED_FREE,
    /** free, but the shift would break the hard rule {@code wouldBreak} */
    WOULD_BREAK,
    /** free, and giving them the shift would cost more elsewhere */
    FREE
  }

  /**
   * What a cell takes part in: a rule (hard or soft), its justification, and the match's cost in
   * points (soft rules: what the cell costs). The cell kept as published is noted as {@link #PINNED}.
   */
  public record Note(String constraint, boolean hard, ConstraintJustification justification, int points) {}

  /** The note of a cell kept as published (not a constraint: it is why the cell could not move). */
  public static final String PINNED = "Pinned";

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

  /** The hard rules in the order a person's breaks are listed (after the cover's and the uncovered shifts'). */
  private static final List<String> PERSON_RULES = List.of(UNAVAILABLE_DAY_WORKED, MANDATORY_SKILLS, MINIMUM_REST,
      CONTRACT_MAXIMUM_CONSECUTIVE_DAYS, CONTRACT_MAXIMUM_HOURS_PER_WEEK, CONTRACT_MAXIMUM_HOURS_PER_MONTH,
      CONTRACT_MAXIMUM_SHIFTS);
  /** The soft rules a cell is noted with, in the order of a cell's notes. */
  private static final List<String> NOTED_SOFT_RULES = List.of(DAY_ON_REQUEST, DAY_OFF_REQUEST, SHIFT_OFF_REQUEST,
      CHANGE_FROM_PUBLISHED, EMERGENCY_POOL_SHIFT, PINNED, HOURS_BELOW_CONTRACT);

  private static final class Explainer {
    private final BranchRoster problem;
    private final Roster roster;
    private final Map<String, Integer> coverOrder = new HashMap<>();
    private final Map<StaffMember, Integer> staffOrder = new HashMap<>();
    private final Map<String, List<Note>> notes = new LinkedHashMap<>();

    Explainer(BranchRoster problem, Roster roster) {
      this.problem = problem;
      this.roster = roster;
      for (CoverRequirement c : roster.getCoverRequirements()) {
        coverOrder.putIfAbsent(slot(c.day(), c.shiftType()), coverOrder.size());
      }
      for (StaffMember m : roster.getStaff()) {
        staffOrder.put(m, staffOrder.size());
      }
    }

    RosterExplanation explain() {
      ScoreExplanation<Roster, HardSoftScore> explanation = DEFINITION.explain(roster);
      List<Term> terms = new ArrayList<>();
      List<Break> breaks = new ArrayList<>();
      List<Note> soft = new ArrayList<>();
      for (ConstraintMatchTotal<HardSoftScore> t : explanation.getConstraintMatchTotalMap().values()) {
        if (!t.getScore().isZero()) {
          terms.add(new Term(t.getConstraintName(), t.getScore().hardScore(), t.getScore().softScore(),
              t.getConstraintMatchCount()));
        }
        for (ConstraintMatch<HardSoftScore> m : t.getConstraintMatchSet()) {
          if (m.getScore().hardScore() < 0) {
            breaks.add(breakOf(t.getConstraintName(), m.getJustification(), -m.getScore().hardScore()));
          } else if (NOTED_SOFT_RULES.contains(t.getConstraintName())) {
            soft.add(new Note(t.getConstraintName(), false, m.getJustification(), -m.getScore().softScore()));
          }
        }
      }
      // the costliest first: hard before soft, then by cost, then by name (a stable order)
      terms.sort(Comparator.comparingInt(Term::hard).thenComparingInt(Term::soft).thenComparing(Term::constraint));
      breaks.sort(Comparator.comparing(this::breakOrder, Explainer::compare));
      breaks.forEach(this::noteBreak);
      for (DayAssignment cell : roster.getAssignments()) {
        if (cell.isPinned()) {
          soft.add(new Note(PINNED, false, new DayJustification(cell.getStaffMember(), cell.getDay(),
              cell.getShiftType()), 0));
        }
      }
      soft.sort(Comparator.comparing(this::softOrder, Explainer::compare));
      for (Note n : soft) {
        if (n.justification() instanceof DayJustification d) {
          note(d.staff(), d.day(), n);
        } else if (n.justification() instanceof WeekHoursJustification w) {
          note(w.staff(), w.weekStart(), n);
        }
      }
      return new RosterExplanation(explanation.getScore(), terms, breaks, new SlotShortfalls(problem, roster).cover(),
          notes);
    }

    private static String slot(RosterDay day, ShiftType type) {
      return day.getIndex() + "/" + type.getId();
    }

    private Break breakOf(String constraint, ConstraintJustification j, int units) {
      if (j instanceof CoverJustification c) {
        return new Break(constraint, c.day().getDate(), c.shiftType().getId(), units, j);
      } else if (j instanceof DayJustification d) {
        return new Break(constraint, d.day().getDate(), d.staff().getId(), units, j);
      } else if (j instanceof SpanJustification s) {
        // a short rest is dated by the day it starts too soon; other spans by their first day
        RosterDay day = constraint.equals(MINIMUM_REST) ? s.last() : s.first();
        return new Break(constraint, day.getDate(), s.staff().getId(), units, j);
      }
      throw new IllegalStateException(constraint + " has no justification a branch roster explains: " + j);
    }

    /**
     * The cover's breaks in the order of the requirements, then shifts nobody asked for, then each
     * person's (in staff order): their days (unavailable, then unqualified), rests, runs, weeks, shifts.
     */
    private int[] breakOrder(Break b) {
      ConstraintJustification j = b.justification();
      if (j instanceof CoverJustification c) {
        return new int[] {0, coverOrder.getOrDefault(slot(c.day(), c.shiftType()), -1)};
      }
      int rule = PERSON_RULES.indexOf(b.constraint());
      if (j instanceof DayJustification d) {
        int person = staffOrder.get(d.staff());
        return b.constraint().equals(SHIFT_WITHOUT_COVER) ? new int[] {1, person, d.day().getIndex()}
            : new int[] {2, person, 0, d.day().getIndex(), rule};
      }
      SpanJustification s = (SpanJustification) j;
      return new int[] {2, staffOrder.get(s.staff()), rule, s.first().getIndex()};
    }

    private int[] softOrder(Note n) {
      int rule = NOTED_SOFT_RULES.indexOf(n.constraint());
      // requests on and off days are one list (each day has at most one)
      int group = rule <= 1 ? 0 : rule;
      if (n.justification() instanceof DayJustification d) {
        return new int[] {group, staffOrder.get(d.staff()), d.day().getIndex()};
      }
      WeekHoursJustification w = (WeekHoursJustification) n.justification();
      return new int[] {group, staffOrder.get(w.staff()), w.weekStart().getIndex()};
    }

    private static int compare(int[] a, int[] b) {
      return java.util.Arrays.compare(a, b);
    }

    /** A hard break noted on the cells it is about: the day, both days of a short rest, the shifts of a span. */
    private void noteBreak(Break b) {
      Note n = new Note(b.constraint(), true, b.justification(), b.units());
      if (b.justification() instanceof DayJustification d) {
        note(d.staff(), d.day(), n);
      } else if (b.justification() instanceof SpanJustification s) {
        if (b.constraint().equals(MINIMUM_REST)) {
          // a rest from the history's last shift is noted on the first day only
          if (!s.decidedByHistory()) {
            note(s.staff(), s.first(), n);
          }
          note(s.staff(), s.last(), n);
          return;
        }
        for (int d = s.first().getIndex(); d <= s.last().getIndex(); d++) {
          RosterDay day = roster.getDays().get(d);
          if (roster.assignment(s.staff(), day).isWorking()) {
            note(s.staff(), day, n);
          }
        }
      }
    }

    private void note(StaffMember m, RosterDay day, Note n) {
      notes.computeIfAbsent(cellId(m, day.getDate()), k -> new ArrayList<>()).add(n);
    }
  }
}
