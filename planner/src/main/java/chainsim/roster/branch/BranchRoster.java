package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's roster problem as built, with what the outputs need to speak of it in the branch's
 * terms: which shift and skill each shift type is, which employee each staff member is (the
 * emergency pool's temporaries have none), where the cover came from and what was pinned.
 *
 * @param notes things the user should know that are not errors (e.g. a previous roster's leaver)
 */
public record BranchRoster(
    Scenario scenario,
    Opening opening,
    EmployeesFile employees,
    Roster roster,
    LocalDate firstDay,
    int weeks,
    Map<ShiftType, ShiftDef> shiftOf,
    Map<ShiftType, String> skillOf,
    Map<StaffMember, EmployeeDef> employeeOf,
    CoverOrigin cover,
    Prices prices,
    Pool pool,
    Rerostering rerostering,
    List<String> notes) {

  public BranchRoster {
    notes = List.copyOf(notes);
  }

  public LocalDate lastDay() {
    return firstDay.plusDays(7L * weeks - 1);
  }

  public String branch() {
    return opening.id();
  }

  /**
   * Where the cover came from: the employees file, or the forecast (its service level, the
   * replications simulated and each month's figures).
   */
  public record CoverOrigin(boolean given, double serviceLevel, int replications, double productiveShare,
      List<ForecastCover.MonthSkill> months) {
    public CoverOrigin {
      months = List.copyOf(months);
    }

    public static CoverOrigin fromFile() {
      return new CoverOrigin(true, 0, 0, 0, List.of());
    }
  }

  /**
   * What an hour is worth where the scenario sets the price: the share of a rostered hour that
   * delivers client work, an hour short of the cover target (the scenario's unmet-demand penalty
   * times that share: each rostered hour short leaves that much client work undone at the service
   * level) and an hour of overtime (the service role's base pay per hour, wage index applied, at
   * the 150 % the labour law sets for overtime on a working day).
   */
  public record Prices(double productiveShare, int belowTargetPerHour, int overtimePerHour) {}

  /**
   * The emergency pool: {@code members} temporaries who can work any rostered skill, each capped at
   * {@code hoursPerWeekEach} (together the scenario's pool hours), at {@code costPerHour}.
   */
  public record Pool(int members, int hoursPerWeekEach, int costPerHour, double hoursPerMonth) {}

  /**
   * Re-rostering against a previous roster: its days up to {@code publishUntil} (inclusive) are
   * pinned, later ones cost {@code changeWeight} per change.
   */
  public record Rerostering(Path previous, LocalDate publishUntil, int pinnedCells, int publishedCells,
      int changeWeight) {}
}
