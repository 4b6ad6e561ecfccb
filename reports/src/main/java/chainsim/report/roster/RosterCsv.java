package chainsim.report.roster;

import chainsim.roster.branch.BranchRoster;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code roster.csv}: one row per shift worked, {@code employee,date,shift,skill,start,end}; a day
 * without a row is a free day. Rows come by employee id (the emergency pool's temporaries last),
 * then date, so a changed roster shows a readable diff. {@code chainsim plan roster --previous}
 * reads the file back.
 */
public final class RosterCsv {
  public static final String FILE = "roster.csv";
  public static final String HEADER = "employee,date,shift,skill,start,end";

  private RosterCsv() {}

  /** The staff in the order every output lists them: employees by id, then the pool by number. */
  public static List<StaffMember> staffOrder(Roster roster) {
    List<StaffMember> staff = new ArrayList<>(roster.getStaff());
    staff.sort(Comparator.comparing(StaffMember::isEmergencyPool).thenComparing(m -> m.isEmergencyPool()
        ? String.format("%08d", m.getIndex()) : m.getId()));
    return staff;
  }

  public static String write(BranchRoster problem, Roster roster) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (StaffMember m : staffOrder(roster)) {
      for (RosterDay d : roster.getDays()) {
        DayAssignment cell = roster.assignment(m, d);
        ShiftType t = cell.getShiftType();
        if (t != null) {
          out.append(m.getId()).append(',').append(d.getDate()).append(',').append(problem.shiftOf().get(t).id())
              .append(',').append(problem.skillOf().get(t)).append(',').append(t.getStart()).append(',')
              .append(t.getEnd()).append('\n');
        }
      }
    }
    return out.toString();
  }
}
