package chainsim.roster.solver;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Builds the first roster day by day, filling each shift's target cover with the staff member who
 * fits best so far (free that day, available, qualified, not asked off, furthest below their
 * share of work). The local search then only swaps, so the cover made here is kept. Days already
 * worked (pinned, or a previous roster being re-rostered) stay as they are and count towards cover.
 */
public final class CoverFirstConstruction implements CustomPhaseCommand<Roster> {

  private long seed = 0L;

  public void setSeed(long seed) {
    this.seed = seed;
  }

  @Override
  public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    Random random = new Random(seed);
    int[] worked = new int[roster.getStaff().size()];
    for (DayAssignment cell : roster.getAssignments()) {
      if (cell.isWorking()) {
        worked[cell.getStaffMember().getIndex()]++;
      }
    }
    Set<String> offRequests = new HashSet<>();
    for (DayRequest r : roster.getDayRequests()) {
      if (!r.wantsWork()) {
        offRequests.add(r.staffMember().getId() + "@" + r.day().getIndex());
      }
    }
    Set<String> unavailable = new HashSet<>();
    for (Unavailability u : roster.getUnavailabilities()) {
      unavailable.add(u.staffMember().getId() + "@" + u.day().getIndex());
    }
    boolean maximaHard = roster.getPolicy().contractMaximaHard();
    for (RosterDay day : roster.getDays()) {
      List<ShiftType> slots = openSlots(roster, day);
      Collections.shuffle(slots, random);
      for (ShiftType slot : slots) {
        StaffMember best = null;
        double bestCost = Double.MAX_VALUE;
        for (StaffMember m : roster.getStaff()) {
          DayAssignment cell = roster.assignment(m, day);
          if (!cell.isPinned() && !cell.isWorking()) {
            String key = m.getId() + "@" + day.getIndex();
            double cost = random.nextDouble();
            cost += unavailable.contains(key) ? 1000 : 0;
            cost += maximaHard && breaksHardRule(roster, m, day, slot) ? 1000 : 0;
            cost = addFitCost(cost, m, slot, offRequests.contains(key), worked[m.getIndex()], roster.getDays().size());
            if (cost < bestCost) {
              bestCost = cost;
              best = m;
            }
          }
        }
        if (best == null) {
          break; // nobody left: the hard cover rule reports the gap
        }
        DayAssignment cell = roster.assignment(best, day);
        scoreDirector.beforeVariableChanged(cell, "shiftType");
        cell.setShiftType(slot);
        scoreDirector.afterVariableChanged(cell, "shiftType");
        worked[best.getIndex()]++;
      }
      scoreDirector.triggerVariableListeners();
    }
  }

  /**
   * Whether giving {@code m} the shift on {@code day} would break rest or a contract maximum that
   * was kept so far (branch rosters, where those are hard): such a person goes last, like one on leave.
   */
  private static boolean breaksHardRule(Roster roster, StaffMember m, RosterDay day, ShiftType slot) {
    int[] row = new int[roster.getDays().size()];
    for (RosterDay d : roster.getDays()) {
      row[d.getIndex()] = roster.assignment(m, d).shiftIndex();
    }
    StaffLine before = new StaffLine(m, roster.getPeriod(), row.clone());
    row[day.getIndex()] = slot.getIndex();
    StaffLine after = new StaffLine(m, roster.getPeriod(), row);
    return after.restViolations() + after.contractMaximaViolations()
        > before.restViolations() + before.contractMaximaViolations();
  }

  /** The shifts of a day still to staff up to their target: one entry per missing person. */
  private static List<ShiftType> openSlots(Roster roster, RosterDay day) {
    List<ShiftType> slots = new ArrayList<>();
    for (CoverRequirement req : roster.getCoverRequirements()) {
      if (req.day() == day) {
        int have = 0;
        for (StaffMember m : roster.getStaff()) {
          if (roster.assignment(m, day).getShiftType() == req.shiftType()) {
            have++;
          }
        }
        for (int i = have; i < req.target(); i++) {
          slots.add(req.shiftType());
        }
      }
    }
    return slots;
  }

  /**
   * Unqualified and temporary staff last, then those who asked for the day off; otherwise whoever
   * is furthest below their share of work. (Terms are added to the running cost one by one, in this
   * order: floating-point addition is not associative, and the same seed must give the same roster.)
   */
  private static double addFitCost(double cost, StaffMember m, ShiftType slot, boolean askedOff, int workedSoFar,
      int dayCount) {
    int max = m.getContract().maxAssignments().on() ? Math.max(1, m.getContract().maxAssignments().limit()) : dayCount;
    cost += m.isQualifiedFor(slot) ? 0 : 100;
    cost += m.isEmergencyPool() ? 50 : 0;
    cost += askedOff ? 5 : 0;
    return cost + 10.0 * workedSoFar / max;
  }
}
