package chainsim.roster.branch;

import chainsim.roster.branch.RosterExplanation.Absent;
import chainsim.roster.branch.RosterExplanation.Reason;
import chainsim.roster.branch.RosterExplanation.Shortfall;
import chainsim.roster.branch.RosterExplanation.SlotCover;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import chainsim.roster.solver.RosterConstraintProvider;
import chainsim.roster.solver.StaffLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cover of every slot and, where a slot is short of its target, who could have worked it and
 * what kept each of them off it. This is a what-if (the roster with one more person on the slot),
 * not a second reading of what the roster breaks: that comes from the constraints' justifications.
 */
final class SlotShortfalls {
  private final BranchRoster problem;
  private final Roster roster;
  private final Map<String, Integer> staffed = new HashMap<>();
  private final Map<String, Integer> minimum = new HashMap<>();
  private final Set<String> unavailable = new HashSet<>();

  SlotShortfalls(BranchRoster problem, Roster roster) {
    this.problem = problem;
    this.roster = roster;
    for (DayAssignment cell : roster.getAssignments()) {
      if (cell.isWorking()) {
        staffed.merge(slot(cell.getDay(), cell.getShiftType()), 1, Integer::sum);
      }
    }
    for (CoverRequirement c : roster.getCoverRequirements()) {
      minimum.merge(slot(c.day(), c.shiftType()), c.minimum(), Integer::sum);
    }
    for (Unavailability u : roster.getUnavailabilities()) {
      unavailable.add(RosterExplanation.cellId(u.staffMember(), u.day().getDate()));
    }
  }

  private static String slot(RosterDay day, ShiftType type) {
    return day.getIndex() + "/" + type.getId();
  }

  List<SlotCover> cover() {
    List<SlotCover> out = new ArrayList<>();
    for (CoverRequirement c : roster.getCoverRequirements()) {
      int has = staffed.getOrDefault(slot(c.day(), c.shiftType()), 0);
      Shortfall why = has < c.target() ? shortfall(c) : null;
      out.add(new SlotCover(c.day(), c.shiftType(), c.minimum(), c.target(), c.maximum(), has, why));
    }
    return out;
  }

  private Shortfall shortfall(CoverRequirement c) {
    List<Absent> others = new ArrayList<>();
    int qualified = 0;
    for (StaffMember m : roster.getStaff()) {
      if (!m.isQualifiedFor(c.shiftType())) {
        continue;
      }
      qualified++;
      DayAssignment cell = roster.assignment(m, c.day());
      if (cell.getShiftType() == c.shiftType()) {
        continue;
      } else if (cell.isWorking()) {
        String there = slot(c.day(), cell.getShiftType());
        boolean needed = staffed.getOrDefault(there, 0) <= minimum.getOrDefault(there, 0);
        others.add(new Absent(m, Reason.ELSEWHERE, cell.getShiftType(), needed, null));
      } else if (unavailable.contains(RosterExplanation.cellId(m, c.day().getDate()))) {
        others.add(new Absent(m, Reason.UNAVAILABLE, null, false, null));
      } else if (cell.isPinned()) {
        others.add(new Absent(m, Reason.PINNED_FREE, null, false, null));
      } else {
        String rule = wouldBreak(m, c.day(), c.shiftType());
        others.add(new Absent(m, rule == null ? Reason.FREE : Reason.WOULD_BREAK, null, false, rule));
      }
    }
    return new Shortfall(problem.skillOf().get(c.shiftType()), qualified, others);
  }

  /** The hard rule giving {@code m} the shift would break (by the same line rules the constraints read), or null. */
  private String wouldBreak(StaffMember m, RosterDay day, ShiftType type) {
    int[] row = new int[roster.getDays().size()];
    for (RosterDay d : roster.getDays()) {
      row[d.getIndex()] = roster.assignment(m, d).shiftIndex();
    }
    StaffLine line = new StaffLine(m, roster.getPeriod(), row.clone());
    row[day.getIndex()] = type.getIndex();
    StaffLine after = new StaffLine(m, roster.getPeriod(), row);
    if (after.restViolations() > line.restViolations()) {
      return RosterConstraintProvider.MINIMUM_REST;
    }
    if (after.maxHoursPerWeekExcess() > line.maxHoursPerWeekExcess()) {
      return RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_WEEK;
    }
    if (after.maxHoursPerMonthExcess() > line.maxHoursPerMonthExcess()) {
      return RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_MONTH;
    }
    if (after.maxConsecutiveWorkingDaysExcess() > line.maxConsecutiveWorkingDaysExcess()) {
      return RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS;
    }
    if (after.maxAssignmentsExcess() > line.maxAssignmentsExcess()) {
      return RosterConstraintProvider.CONTRACT_MAXIMUM_SHIFTS;
    }
    return null;
  }
}
