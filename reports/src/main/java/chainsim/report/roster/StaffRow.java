package chainsim.report.roster;

import chainsim.roster.RosterPlanner;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.StaffMember;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's period: shifts, hours, weekend days, undesired shifts, and requests granted of those
 * made (a shift-on request counts once though the model holds it as several).
 */
record StaffRow(StaffMember member, String name, String contract, int shifts, double hours, int weekendDays,
    int undesired, int requests, int granted) {

  static List<StaffRow> of(RosterPlanner.Result r) {
    Roster roster = r.roster();
    Map<String, Boolean> grantedByRequest = new HashMap<>();
    Map<StaffMember, Set<String>> requestsOf = new HashMap<>();
    for (DayRequest q : roster.getDayRequests()) {
      String key = q.day().getIndex() + "";
      boolean ok = roster.assignment(q.staffMember(), q.day()).isWorking() == q.wantsWork();
      grantedByRequest.merge(q.staffMember().getId() + "@" + key, ok, Boolean::logicalAnd);
      requestsOf.computeIfAbsent(q.staffMember(), k -> new HashSet<>()).add(key);
    }
    for (ShiftRequest q : roster.getShiftRequests()) {
      String key = q.day().getIndex() + "";
      DayAssignment cell = roster.assignment(q.staffMember(), q.day());
      boolean ok = q.wantsShift() == (cell.getShiftType() == q.shiftType());
      grantedByRequest.merge(q.staffMember().getId() + "@" + key, ok, Boolean::logicalAnd);
      requestsOf.computeIfAbsent(q.staffMember(), k -> new HashSet<>()).add(key);
    }
    List<StaffRow> rows = new ArrayList<>();
    for (StaffMember m : RosterCsv.staffOrder(roster)) {
      int shifts = 0;
      int minutes = 0;
      int weekend = 0;
      int undesired = 0;
      for (RosterDay d : roster.getDays()) {
        DayAssignment cell = roster.assignment(m, d);
        if (!cell.isWorking()) {
          continue;
        }
        shifts++;
        minutes += cell.getShiftType().durationMinutes();
        weekend += d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
        undesired += cell.getShiftType().isUndesired() ? 1 : 0;
      }
      Set<String> days = requestsOf.getOrDefault(m, Set.of());
      int granted = 0;
      for (String day : days) {
        granted += grantedByRequest.get(m.getId() + "@" + day) ? 1 : 0;
      }
      var e = r.problem().employeeOf().get(m);
      String name = e == null ? m.getId() : e.name() + " (" + m.getId() + ")";
      String contract = e == null ? "pool" : e.contract();
      rows.add(new StaffRow(m, name, contract, shifts, minutes / 60.0, weekend, undesired, days.size(), granted));
    }
    return rows;
  }
}
