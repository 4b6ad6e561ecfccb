package chainsim.report.roster;

import static chainsim.roster.solver.RosterConstraintProvider.CHANGE_FROM_PUBLISHED;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_MONTH;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_WEEK;
import static chainsim.roster.solver.RosterConstraintProvider.CONTRACT_MAXIMUM_SHIFTS;
import static chainsim.roster.solver.RosterConstraintProvider.COVER_ABOVE_MAXIMUM;
import static chainsim.roster.solver.RosterConstraintProvider.COVER_BELOW_MINIMUM;
import static chainsim.roster.solver.RosterConstraintProvider.DAY_OFF_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.DAY_ON_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.EMERGENCY_POOL_SHIFT;
import static chainsim.roster.solver.RosterConstraintProvider.HOURS_BELOW_CONTRACT;
import static chainsim.roster.solver.RosterConstraintProvider.MANDATORY_SKILLS;
import static chainsim.roster.solver.RosterConstraintProvider.MINIMUM_REST;
import static chainsim.roster.solver.RosterConstraintProvider.SHIFT_OFF_REQUEST;
import static chainsim.roster.solver.RosterConstraintProvider.SHIFT_WITHOUT_COVER;
import static chainsim.roster.solver.RosterConstraintProvider.UNAVAILABLE_DAY_WORKED;

import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.roster.branch.BranchRoster;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.Leave;
import chainsim.roster.branch.RosterExplanation;
import chainsim.roster.branch.RosterExplanation.Absent;
import chainsim.roster.branch.RosterExplanation.Break;
import chainsim.roster.branch.RosterExplanation.Note;
import chainsim.roster.branch.RosterExplanation.Shortfall;
import chainsim.roster.branch.RosterExplanation.SlotCover;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.solver.justification.CoverJustification;
import chainsim.roster.solver.justification.DayJustification;
import chainsim.roster.solver.justification.SpanJustification;
import chainsim.roster.solver.justification.WeekHoursJustification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roster explanation's justifications in words, in the reader's language (the {@code why.*},
 * {@code note.*} and {@code short.*} keys of {@code labels_{zh,en}.properties}): why a hard rule is
 * broken, what a cell breaks or costs, why a slot is short. The page, the summary and the command's
 * console lines all say it this way.
 */
public final class RosterSentences {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final BranchRoster problem;
  private final Roster roster;
  private final Labels words;
  private final Map<String, SlotCover> cover = new HashMap<>();

  private RosterSentences(RosterPlanner.Result result, Labels words) {
    this.problem = result.problem();
    this.roster = result.roster();
    this.words = words;
    result.explanation().cover().forEach(c -> cover.put(c.day().getIndex() + "/" + c.type().getId(), c));
  }

  /** The sentences of a solved roster in a language. */
  public static RosterSentences of(RosterPlanner.Result result, Lang lang) {
    return new RosterSentences(result, Labels.of(lang).with(RosterPage.class, "labels"));
  }

  /** Why a hard rule is broken (the hard-rules table, the summary, the console). */
  public String why(Break b) {
    if (b.justification() instanceof CoverJustification c) {
      if (b.constraint().equals(COVER_BELOW_MINIMUM)) {
        SlotCover slot = cover.get(c.day().getIndex() + "/" + c.shiftType().getId());
        return words.format("why.coverBelowMinimum", c.limit(), c.staffed(), shortBecause(slot));
      } else if (b.constraint().equals(COVER_ABOVE_MAXIMUM)) {
        return words.format("why.coverAboveMaximum", c.staffed(), c.limit());
      }
    }
    return note(new Note(b.constraint(), true, b.justification(), b.units()));
  }

  /** What a cell breaks or costs (the grid's hover text). */
  public String note(Note n) {
    if (n.justification() instanceof SpanJustification s) {
      return span(n.constraint(), s);
    } else if (n.justification() instanceof WeekHoursJustification w && n.constraint().equals(HOURS_BELOW_CONTRACT)) {
      return words.format("note.hoursBelowContract", hours(w.workedMinutes()), hours(w.contractedMinutes()));
    } else if (n.justification() instanceof DayJustification d) {
      DayAssignment cell = roster.assignment(d.staff(), d.day());
      String points = Integer.toString(n.points());
      switch (n.constraint()) {
        case SHIFT_WITHOUT_COVER:
          return words.format("why.shiftWithoutCover", d.shiftType().getId(), day(d.day()), pinned(cell));
        case UNAVAILABLE_DAY_WORKED:
          return words.format("why.unavailableDayWorked", absence(d.staff(), d.day().getDate()), pinned(cell));
        case MANDATORY_SKILLS:
          return words.format("why.mandatorySkills", d.shiftType().getId(), problem.skillOf().get(d.shiftType()),
              pinned(cell));
        case DAY_ON_REQUEST:
          return words.format("note.dayOnRequest", points);
        case DAY_OFF_REQUEST:
          return words.format("note.dayOffRequest", points);
        case SHIFT_OFF_REQUEST:
          return words.format("note.shiftOffRequest", problem.shiftOf().get(d.shiftType()).id(), points);
        case CHANGE_FROM_PUBLISHED:
          ShiftType was = cell.getPublishedShiftType();
          return words.format("note.changeFromPublished", was == null ? words.get("note.free") : was.getId(), points);
        case EMERGENCY_POOL_SHIFT:
          return words.format("note.emergencyPoolShift", points);
        case RosterExplanation.PINNED:
          return words.format("note.pinned", problem.rerostering().publishUntil());
        default:
          break;
      }
    }
    throw new IllegalArgumentException("no sentence for " + n.constraint() + ": " + n.justification());
  }

  private String span(String constraint, SpanJustification s) {
    switch (constraint) {
      case MINIMUM_REST:
        ShiftType b = roster.assignment(s.staff(), s.last()).getShiftType();
        if (s.decidedByHistory()) {
          // the first shift is the history's, on the day before the roster
          ShiftType h = s.staff().getHistory().lastShift();
          return words.format("why.minimumRestHistory", h.getId(),
              day(s.first().getDate().minusDays(1)), h.getEnd(), b.getId(), day(s.last()), b.getStart(),
              hours(s.actual()), s.limit() / 60);
        }
        ShiftType a = roster.assignment(s.staff(), s.first()).getShiftType();
        return words.format("why.minimumRest", a.getId(), day(s.first()), a.getEnd(), b.getId(), day(s.last()),
            b.getStart(), hours(s.actual()), s.limit() / 60);
      case CONTRACT_MAXIMUM_CONSECUTIVE_DAYS:
        if (s.decidedByHistory()) {
          return words.format("why.maximumConsecutiveDaysHistory", s.actual(), day(s.last()), s.limit(),
              s.fromHistory());
        }
        return words.format("why.maximumConsecutiveDays", s.actual(), day(s.first()), s.limit());
      case CONTRACT_MAXIMUM_HOURS_PER_WEEK:
        return words.format("why.maximumHoursPerWeek", hours(s.actual()), day(s.first()), s.limit() / 60);
      case CONTRACT_MAXIMUM_HOURS_PER_MONTH:
        return s.decidedByHistory()
            ? words.format("why.maximumHoursPerMonthHistory", hours(s.actual()), day(s.first()), s.limit() / 60,
                hours(s.fromHistory()))
            : words.format("why.maximumHoursPerMonth", hours(s.actual()), day(s.first()), s.limit() / 60);
      case CONTRACT_MAXIMUM_SHIFTS:
        return words.format("why.maximumShifts", s.actual(), s.limit());
      default:
        throw new IllegalArgumentException("no sentence for " + constraint + ": " + s);
    }
  }

  /** Who could have worked a short slot and what kept each of them off it; empty when the slot is not short. */
  public String shortBecause(SlotCover c) {
    Shortfall s = c == null ? null : c.shortBecause();
    if (s == null) {
      return "";
    }
    if (s.qualified() == 0) {
      return words.format("short.nobody", s.skill());
    }
    if (s.others().isEmpty()) {
      return words.format("short.allOn", s.qualified(), s.skill());
    }
    List<String> reasons = new ArrayList<>();
    for (Absent a : s.others()) {
      reasons.add(words.format("short.person", a.staff().getId(), reason(a, c.day())));
    }
    return words.format("short.some", s.qualified(), s.skill(), String.join(words.get("short.separator"), reasons));
  }

  private String reason(Absent a, RosterDay day) {
    Contract contract = a.staff().getContract();
    switch (a.reason()) {
      case ELSEWHERE:
        return words.format(a.neededThere() ? "short.elsewhereNeeded" : "short.elsewhere", a.elsewhere().getId());
      case UNAVAILABLE:
        return absence(a.staff(), day.getDate());
      case PINNED_FREE:
        return words.get("short.pinnedFree");
      case FREE:
        return words.get("short.free");
      default:
        break;
    }
    switch (a.wouldBreak()) {
      case MINIMUM_REST:
        return words.format("short.rest", contract.minRestHours());
      case CONTRACT_MAXIMUM_HOURS_PER_WEEK:
        return words.format("short.hours", contract.maxHoursPerWeek().limit());
      case CONTRACT_MAXIMUM_CONSECUTIVE_DAYS:
        return words.format("short.days", contract.maxConsecutiveWorkingDays().limit());
      case CONTRACT_MAXIMUM_HOURS_PER_MONTH:
        return words.format("short.monthHours", contract.maxHoursPerMonth().limit());
      default:
        return words.format("short.shifts", contract.maxAssignments().limit());
    }
  }

  /** Why a person may not work a day: their leave (and its reason), or a weekday they do not work. */
  String absence(StaffMember m, LocalDate date) {
    EmployeeDef e = problem.employeeOf().get(m);
    if (e == null) {
      return words.get("absence.unavailable");
    }
    for (Leave l : e.unavailable()) {
      if (!date.isBefore(l.from()) && !date.isAfter(l.to())) {
        return l.reason() == null ? words.get("absence.leave") : words.format("absence.leaveBecause", l.reason());
      }
    }
    return words.format("absence.weekday", words.get("dow." + date.getDayOfWeek().getValue()).toLowerCase(Locale.ROOT));
  }

  private String pinned(DayAssignment cell) {
    return cell.isPinned() ? words.format("why.pinned", problem.rerostering().publishUntil()) : "";
  }

  private String day(RosterDay d) {
    return day(d.getDate());
  }

  private String day(LocalDate d) {
    return words.format("why.day", d.format(DAY), words.get("dow." + d.getDayOfWeek().getValue()));
  }

  private String hours(int minutes) {
    return minutes % 60 == 0 ? words.format("unit.hours", minutes / 60)
        : words.format("unit.hoursMinutes", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60));
  }
}
