package chainsim.report.roster;

import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.RosterExplanation;
import chainsim.roster.branch.RosterExplanation.SlotCover;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.RosterPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline figures of a branch roster, the same on the console, in the summary and on the page.
 * A slot is a day and shift type the branch asks people for (a target above zero).
 *
 * @param personHoursShort person-hours below the targets
 * @param poolCost the emergency pool's hours at its price per hour, in yuan
 * @param changed published days that differ from the previous roster
 */
public record RosterFigures(int slots, int minimumMet, int targetMet, double personHoursShort, int hardBreaks,
    int hardPoints, int poolShifts, double poolHours, long poolCost, int changed, int published, int pinned,
    Map<String, Integer> softByTerm) {

  public static RosterFigures of(RosterPlanner.Result r) {
    RosterExplanation e = r.explanation();
    int slots = 0;
    int minimumMet = 0;
    int targetMet = 0;
    double shortHours = 0;
    for (SlotCover c : e.cover()) {
      if (c.target() == 0 && c.minimum() == 0) {
        continue;
      }
      slots++;
      minimumMet += c.belowMinimum() ? 0 : 1;
      targetMet += c.belowTarget() ? 0 : 1;
      shortHours += Math.max(0, c.target() - c.staffed()) * c.type().durationMinutes() / 60.0;
    }
    int poolShifts = 0;
    double poolHours = 0;
    long poolCost = 0;
    int changed = 0;
    int published = 0;
    int pinned = 0;
    RosterPolicy policy = r.roster().getPolicy();
    for (DayAssignment cell : r.roster().getAssignments()) {
      if (cell.getStaffMember().isEmergencyPool() && cell.isWorking()) {
        poolShifts++;
        poolHours += cell.getShiftType().durationMinutes() / 60.0;
        poolCost += RosterPolicy.perHour(policy.emergencyWeightPerHour(), cell.getShiftType().durationMinutes());
      }
      changed += cell.isChangedFromPublished() ? 1 : 0;
      published += cell.isPublished() ? 1 : 0;
      pinned += cell.isPinned() ? 1 : 0;
    }
    Map<String, Integer> soft = new LinkedHashMap<>();
    for (RosterExplanation.Term t : e.terms()) {
      if (t.soft() != 0) {
        soft.put(t.constraint(), -t.soft());
      }
    }
    return new RosterFigures(slots, minimumMet, targetMet, shortHours, e.breaks().size(), -e.score().hardScore(),
        poolShifts, poolHours, poolCost, changed, published, pinned, soft);
  }
}
