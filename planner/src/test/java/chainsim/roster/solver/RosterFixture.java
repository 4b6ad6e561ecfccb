package chainsim.roster.solver;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.Skill;
import chainsim.roster.domain.StaffMember;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A two-week period from Monday 2024-01-01 (Saturday-Sunday weekends on days 5-6 and 12-13) with
 * shift types E, L, N (night, undesired) for skill Nurse and DH for skill HeadNurse.
 */
final class RosterFixture {

  static final Skill NURSE = new Skill("Nurse");
  static final Skill HEAD = new Skill("HeadNurse");
  static final ShiftType E = new ShiftType("E", "Early", LocalTime.of(6, 30), LocalTime.of(14, 30), Set.of(NURSE), false);
  static final ShiftType L = new ShiftType("L", "Late", LocalTime.of(14, 30), LocalTime.of(22, 30), Set.of(NURSE), false);
  static final ShiftType N = new ShiftType("N", "Night", LocalTime.of(22, 30), LocalTime.of(6, 30), Set.of(NURSE), true);
  static final ShiftType DH = new ShiftType("DH", "Head", LocalTime.of(8, 30), LocalTime.of(16, 30), Set.of(HEAD), false);
  static final PlanningPeriod PERIOD = new PlanningPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 14),
      List.of(E, L, N, DH));
  private static final Map<String, ShiftType> BY_ID = Map.of("E", E, "L", L, "N", N, "DH", DH);

  private RosterFixture() {
  }

  static RosterDay day(int index) {
    return PERIOD.getDays().get(index);
  }

  static StaffMember nurse(String id, Contract contract) {
    return new StaffMember(id, id, contract, Set.of(NURSE), false);
  }

  /** The staff member's 14 cells from a line like "E E - L ..." ("-" = free). */
  static List<DayAssignment> line(StaffMember member, String line) {
    String[] days = line.trim().split("\\s+");
    if (days.length != 14) {
      throw new IllegalArgumentException("a line has 14 days: " + line);
    }
    List<DayAssignment> cells = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      DayAssignment cell = new DayAssignment(member, day(d));
      cell.setShiftType(days[d].equals("-") ? null : BY_ID.get(days[d]));
      cells.add(cell);
    }
    return cells;
  }

  static CoverRequirement cover(int day, ShiftType shift, int min, int target, int max) {
    return new CoverRequirement(day(day), shift, min, target, max);
  }
}
