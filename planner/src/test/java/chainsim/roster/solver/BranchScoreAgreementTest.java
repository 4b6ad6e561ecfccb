package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.branch.BranchRoster;
import chainsim.roster.branch.BranchRosterBuilder;
import chainsim.roster.branch.EmployeesFile;
import chainsim.roster.branch.EmployeesFileReader;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.Skill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The incremental calculator against the constraint provider under a branch's policy, where the
 * INRC instances never go: rest, hard contract maxima, availability, cover targets and maxima, the
 * emergency pool by the hour, fairness, contracted hours and overtime, requests of every kind and
 * changes against a published roster. Random rosters (unqualified and unavailable cells included)
 * must score the same both ways, and a FULL_ASSERT solve checks every move.
 */
class BranchScoreAgreementTest {
  static final String EVERY_RULE = """
      shifts:
        - { id: early, start: "08:00", end: "16:00" }
        - { id: late, start: "12:00", end: "20:00", undesired: true, demand_weight: 0.5 }
        - { id: sat, start: "09:00", end: "13:00", days: [sat], undesired: true }
      cover:
        - { shift: early, skill: tax, min: 1, target: 2, max: 3 }
        - { shift: late, skill: tax, min: 1, target: 1, max: 1 }
        - { shift: early, skill: ip, min: 1, target: 2 }
        - { shift: sat, skill: tax, min: 0, target: 1, dates: [2027-07-10] }
      weights: { pool_hours_per_month: 100, change: 70, request: 90, undesired_fairness: 7, weekend_fairness: 11,
                 hours_below_contract_per_hour: 13, overtime_per_hour: 17, preference: 19, below_target_per_hour: 23,
                 pool_per_hour: 29 }
      contracts:
        - { id: full, kind: full_time, hours_per_week: 32, max_hours_per_week: 36, max_consecutive_days: 3,
            min_rest_hours: 13, min_consecutive_days: 2, min_consecutive_days_off: 2, max_weekends_per_four_weeks: 1,
            complete_weekends: true }
        - { id: part, kind: part_time, hours_per_week: 16, max_shifts_per_week: 2, max_consecutive_days: 2 }
      employees:
        - { id: an, contract: full, skills: [tax], requests: [{ date: 2027-07-06, wants: day_off },
            { date: 2027-07-07, wants: day_on }] }
        - { id: bo, contract: full, skills: [tax, ip], requests: [{ date: 2027-07-08, wants: shift_off, shift: late },
            { date: 2027-07-13, wants: shift_on, shift: early, weight: 40 }] }
        - { id: cy, contract: full, skills: [ip], unavailable: [2027-07-09, { from: 2027-07-14, to: 2027-07-16 }] }
        - { id: di, contract: part, skills: [tax], available_days: [mon, tue, sat] }
      """;

  @TempDir Path dir;

  private Roster branchRoster() throws Exception {
    Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    Path file = dir.resolve("every-rule.yaml");
    Files.writeString(file, EVERY_RULE);
    EmployeesFile employees = EmployeesFileReader.read(file, scenario.skills().stream().map(Skill::id).toList());
    Opening branch = scenario.expansion().get(0);
    BranchRoster problem = BranchRosterBuilder.build(scenario, branch, employees, LocalDate.of(2027, 7, 5), 2, null,
        BranchRoster.CoverOrigin.fromFile(), new BranchRoster.Prices(0.7, 1, 1), null, null, null);
    return problem.roster();
  }

  /** Any value in any cell (free a third of the time), and half the cells published with another random value. */
  private static void randomise(Roster roster, long seed) {
    Random random = new Random(seed);
    List<ShiftType> types = roster.getShiftTypes();
    for (DayAssignment a : roster.getAssignments()) {
      a.setShiftType(random.nextInt(3) == 0 ? null : types.get(random.nextInt(types.size())));
      if (random.nextBoolean()) {
        a.publish(random.nextBoolean() ? null : types.get(random.nextInt(types.size())));
      }
    }
  }

  @Test
  void randomBranchRostersScoreTheSameBothWays() throws Exception {
    Set<String> seen = new HashSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      Roster roster = branchRoster();
      randomise(roster, seed);
      assertThat(Scoring.incremental(roster)).as("seed %d", seed).isEqualTo(Scoring.byConstraints(roster));
      seen.addAll(Scoring.brokenConstraints(roster));
    }
    // every rule a branch adds or changes was exercised by some roster
    assertThat(seen).contains("Cover below minimum", "Cover above maximum", "Shift without cover requirement",
        "Unavailable day worked", "Minimum rest between shifts", "Mandatory skills", "Contract maximum: shifts",
        "Contract maximum: consecutive working days", "Contract maximum: hours per week", "Hours below contract",
        "Overtime", "Minimum consecutive working days", "Minimum consecutive free days",
        "Maximum working weekends in four weeks", "Complete weekends", "Day off request", "Day on request",
        "Shift off request", "Cover below target", "Emergency pool shift", "Change from published roster",
        "Fair share of undesired shifts", "Fair share of weekend work");
    assertThat(seen).doesNotContain("Maximum number of assignments", "Maximum consecutive working days",
        "Maximum hours per week");
  }

  @Test
  void everyMoveOfABranchSolveKeepsTheIncrementalScoreEqualToTheConstraintProvider() throws Exception {
    Roster roster = branchRoster();
    randomise(roster, 3);
    roster.getAssignments().forEach(a -> a.setShiftType(null));
    // a few annealing steps, then tabu steps comparing 30 moves each, every one checked (block swaps and changes)
    RosterSolverSettings settings = new RosterSolverSettings(5, null, 40L, 5, 30, 7, EnvironmentMode.FULL_ASSERT);
    Roster solved = RosterSolver.solve(roster, settings).roster();
    assertThat(solved.getScore()).isEqualTo(Scoring.byConstraints(solved));
  }
}
