package chainsim.roster.solver;

import static chainsim.roster.solver.RosterFixture.DH;
import static chainsim.roster.solver.RosterFixture.E;
import static chainsim.roster.solver.RosterFixture.L;
import static chainsim.roster.solver.RosterFixture.N;
import static chainsim.roster.solver.RosterFixture.NURSE;
import static chainsim.roster.solver.RosterFixture.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.roster.domain.BorderRuns;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.PatternEntry;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.UnwantedPattern;
import chainsim.roster.domain.WeekendDefinition;
import chainsim.roster.domain.WorkHistory;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled line scores every line as the calculator does ({@link StaffLine} being the rules'
 * reference, {@link RosterIncrementalScoreCalculator#lineCostByRules}): on every INRC-2010 instance,
 * for rows drawn at random, rows a few changes from a feasible roster, and the extremes, and what a
 * one-day change costs more ({@link CompiledLine#delta}); on branch rules it covers too (rest after the
 * history's last shift, hard skills, the emergency pool, Friday–Sunday weekends); and it declines the
 * rules it does not cover.
 */
class CompiledLineTest {

  @Test
  void agreesWithTheCalculatorOnEveryLineOfEveryInrc2010Instance() {
    List<Path> files = Inrc2010Files.all();
    assertThat(files).hasSizeGreaterThanOrEqualTo(58);
    int compared = 0;
    for (Path file : files) {
      Roster roster = Scoring.randomFeasible(InrcRosterMapper.load(file), 7);
      compared += compareEveryLine(roster, new Random(file.getFileName().toString().hashCode()), 12, false);
      RosterIncrementalScoreCalculator calculator = calculator(roster);
      for (int s = 0; s < roster.getStaff().size(); s++) {
        assertThat(calculator.compiledLine(s).softOnly()).as("INRC has no hard rule on a line: the calculator scores it compiled")
            .isTrue();
      }
    }
    assertThat(compared).isGreaterThan(20_000);
  }

  @Test
  void agreesOnBranchRulesItCovers() {
    Contract contract = branchContract(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY);
    StaffMember afterNights = RosterFixture.nurse("A", contract);
    afterNights.setHistory(new WorkHistory(BorderRuns.NONE.after(Arrays.asList(null, N, N, N)), 1, 0, 0));
    StaffMember offBefore = RosterFixture.nurse("B", contract);
    offBefore.setHistory(new WorkHistory(BorderRuns.NONE.after(Arrays.asList(E, null, null, null)), 0, 1, 0));
    StaffMember pool = new StaffMember("P", "P", contract, Set.of(NURSE), true);
    for (boolean skillsMandatory : new boolean[] {false, true}) {
      RosterPolicy policy = new RosterPolicy(3, 7, 0, 0, 0, skillsMandatory, false, 10);
      Roster roster = new Roster("branch", PERIOD, List.of(NURSE), List.of(afterNights, offBefore, pool),
          anyCover(), List.of(), List.of(), List.of(), policy);
      assertThat(compareEveryLine(roster, new Random(skillsMandatory ? 2 : 1), 400, true)).isEqualTo(3 * (400 + 5));
      assertThat(calculator(roster).compiledLine(0).softOnly()).as("the minimum rest is hard").isFalse();
    }
  }

  /** Every rule a compiled line covers, on branch scale: patterns of two and three days, a minimum rest. */
  private static Contract branchContract(WeekendDefinition weekend) {
    return Contract.builder("branch")
        .maxAssignments(3, 8).minAssignments(2, 4)
        .maxConsecutiveWorkingDays(5, 4).minConsecutiveWorkingDays(2, 2)
        .maxConsecutiveFreeDays(1, 3).minConsecutiveFreeDays(1, 2)
        .maxConsecutiveWorkingWeekends(4, 1).minConsecutiveWorkingWeekends(1, 2).maxWorkingWeekendsInFourWeeks(2, 1)
        .completeWeekends(3).identicalShiftTypesDuringWeekend(2).noNightShiftBeforeFreeWeekend(5)
        .twoFreeDaysAfterNightShifts(4).alternativeSkillCategory(9)
        .weekendDefinition(weekend)
        .unwantedPatterns(List.of(
            new UnwantedPattern("LE", 2, List.of(PatternEntry.shift(L, null), PatternEntry.shift(E, null))),
            new UnwantedPattern("N-", 1, List.of(PatternEntry.shift(N, null), PatternEntry.free(null),
                PatternEntry.anyShift(null))),
            new UnwantedPattern("Fri", 3, List.of(PatternEntry.free(DayOfWeek.FRIDAY),
                PatternEntry.anyShift(DayOfWeek.SATURDAY)))))
        .minRestHours(12)
        .build();
  }

  @Test
  void theShortestPathFindsTheLineEveryEnumeratedLineCostsAtLeast() {
    // nine days (Thursday to Friday: a whole Friday–Sunday weekend and the start of the next), three
    // shift types: all 4^9 lines enumerated, scored by every rule but the period-wide counts, less
    // drawn duals, plus a price a worked day; the shortest path must find one that costs the least
    PlanningPeriod nine = new PlanningPeriod(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 12), List.of(E, L, N));
    Random random = new Random(17);
    int checked = 0;
    for (WeekendDefinition weekend : List.of(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY, WeekendDefinition.SATURDAY_SUNDAY)) {
      Contract contract = branchContract(weekend);
      StaffMember afterNights = RosterFixture.nurse("A", contract);
      afterNights.setHistory(new WorkHistory(BorderRuns.NONE.after(Arrays.asList(null, N, N, N)), 1, 0, 0));
      StaffMember offBefore = RosterFixture.nurse("B", contract);
      offBefore.setHistory(new WorkHistory(BorderRuns.NONE.after(Arrays.asList(E, null, null, null)), 0, 1, 0));
      List<CoverRequirement> cover = new ArrayList<>();
      for (RosterDay day : nine.getDays()) {
        for (ShiftType type : nine.getShiftTypes()) {
          cover.add(new CoverRequirement(day, type, 0, 0, 2));
        }
      }
      Roster roster = new Roster("nine", nine, List.of(NURSE), List.of(afterNights, offBefore), cover, List.of(),
          List.of(), List.of(), RosterPolicy.INRC);
      RosterIncrementalScoreCalculator calculator = calculator(roster);
      for (int s = 0; s < 2; s++) {
        CompiledLine line = calculator.compiledLine(s);
        for (int draw = 0; draw < 6; draw++) {
          // nights paid well, a worked day priced: lines with nights before a free weekend compete
          double[] dual = new double[9 * 4];
          for (int d = 0; d < 9; d++) {
            for (int code = 1; code < 4; code++) {
              dual[d * 4 + code] = random.nextDouble() * (code == 3 && draw >= 3 ? 12 : 4);
            }
          }
          double perWorked = draw % 3 == 2 ? 1.5 : draw >= 3 ? 4 : 0;
          int[] forced = new int[9];
          Arrays.fill(forced, LineMaster.NOT_FORCED);
          if (draw == 1) {
            forced[3] = -1; // Sunday free
            forced[6] = 2; // Wednesday a night
          }
          double least = Double.POSITIVE_INFINITY;
          int[] row = new int[9];
          for (int index = 0; index < 1 << 18; index++) {
            boolean fits = true;
            for (int d = 0; d < 9; d++) {
              row[d] = (index >> (2 * d) & 3) - 1;
              fits &= forced[d] == LineMaster.NOT_FORCED || forced[d] == row[d];
            }
            if (fits) {
              least = Math.min(least, pathCost(line, row, dual, perWorked));
            }
          }
          int[] path = line.cheapestByLocalRules(dual, perWorked, forced);
          assertThat(pathCost(line, path, dual, perWorked)).as("%s, nurse %d, draw %d: %s", weekend, s, draw,
              Arrays.toString(path)).isCloseTo(least, within(1e-9));
          for (int d = 0; d < 9; d++) {
            assertThat(forced[d] == LineMaster.NOT_FORCED || forced[d] == path[d]).isTrue();
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(24);
  }

  private static double pathCost(CompiledLine line, int[] row, double[] dual, double perWorked) {
    double cost = line.localCost(row);
    for (int d = 0; d < row.length; d++) {
      cost -= dual[d * 4 + row[d] + 1];
      cost += row[d] >= 0 ? perWorked : 0;
    }
    return cost;
  }

  @Test
  void declinesTheRulesItDoesNotCover() {
    Contract plain = Contract.builder("plain").maxAssignments(1, 10).build();
    Contract weeklyHours = Contract.builder("hours").maxHoursPerWeek(1, 40).build();
    StaffMember a = RosterFixture.nurse("A", plain);
    StaffMember b = RosterFixture.nurse("B", weeklyHours);
    Roster soft = new Roster("soft", PERIOD, List.of(NURSE), List.of(a, b), anyCover(), List.of(), List.of(), List.of(),
        RosterPolicy.INRC);
    soft.setContractHours(List.of(new ContractHours(a, 0, 14, 60 * 60, 1, 1)));
    RosterIncrementalScoreCalculator calculator = calculator(soft);
    assertThat(calculator.compiledLine(0)).as("contract hours").isNull();
    assertThat(calculator.compiledLine(1)).as("weekly hours").isNull();

    RosterPolicy maximaHard = new RosterPolicy(0, 0, 0, 0, 0, false, true, 10);
    RosterPolicy fairness = new RosterPolicy(0, 0, 0, 1, 0, false, false, 1);
    for (RosterPolicy policy : List.of(maximaHard, fairness)) {
      Roster roster = new Roster("p", PERIOD, List.of(NURSE), List.of(RosterFixture.nurse("C", plain)), anyCover(),
          List.of(), List.of(), List.of(), policy);
      assertThat(calculator(roster).compiledLine(0)).as(policy.toString()).isNull();
    }
    Roster inrc = new Roster("inrc", PERIOD, List.of(NURSE), List.of(RosterFixture.nurse("D", plain)), anyCover(),
        List.of(), List.of(), List.of(), RosterPolicy.INRC);
    assertThat(calculator(inrc).compiledLine(0)).isNotNull();
  }

  /** Every shift type may be worked by anyone on any day, asked of nobody. */
  private static List<CoverRequirement> anyCover() {
    List<CoverRequirement> cover = new ArrayList<>();
    for (int d = 0; d < PERIOD.dayCount(); d++) {
      for (ShiftType type : List.of(E, L, N, DH)) {
        cover.add(RosterFixture.cover(d, type, 0, 0, 3));
      }
    }
    return cover;
  }

  private static RosterIncrementalScoreCalculator calculator(Roster roster) {
    return RosterIncrementalScoreCalculator.of(SwapMoves.scoreDirector(roster));
  }

  /**
   * Compares the two on every line of {@code roster}: {@code drawn} rows per person (a third at
   * random, the rest one to three days changed from the roster's), then all free and each shift
   * type every day; and what one day changed costs more ({@link CompiledLine#delta}), for every day
   * and code ({@code everyChange}) or three drawn. Returns the rows compared.
   */
  private static int compareEveryLine(Roster roster, Random random, int drawn, boolean everyChange) {
    RosterIncrementalScoreCalculator calculator = calculator(roster);
    int days = roster.getDays().size();
    int types = roster.getShiftTypes().size();
    int compared = 0;
    for (int s = 0; s < roster.getStaff().size(); s++) {
      CompiledLine compiled = calculator.compiledLine(s);
      assertThat(compiled).as(roster.getName() + " line " + s).isNotNull();
      int[] present = calculator.row(s).clone();
      List<int[]> rows = new ArrayList<>();
      for (int i = 0; i < drawn; i++) {
        int[] row = present.clone();
        if (i % 3 == 0) {
          for (int d = 0; d < days; d++) {
            row[d] = random.nextInt(types + 1) - 1;
          }
        } else {
          for (int c = 0; c <= i % 3; c++) {
            row[random.nextInt(days)] = random.nextInt(types + 1) - 1;
          }
        }
        rows.add(row);
      }
      for (int code = -1; code < types; code++) {
        int[] row = new int[days];
        Arrays.fill(row, code);
        rows.add(row);
      }
      for (int[] row : rows) {
        long cost = calculator.lineCostByRules(s, row);
        assertThat(compiled.cost(row)).as(roster.getName() + " line " + s + " " + Arrays.toString(row)).isEqualTo(cost);
        compared++;
        for (int i = 0; i < (everyChange ? days * (types + 1) : 3); i++) {
          int d = everyChange ? i / (types + 1) : random.nextInt(days);
          int code = everyChange ? i % (types + 1) - 1 : random.nextInt(types + 1) - 1;
          int[] changed = row.clone();
          changed[d] = code;
          int[] before = row.clone();
          assertThat(compiled.delta(row, d, code)).as(roster.getName() + " line " + s + " " + Arrays.toString(row)
              + " day " + d + " to " + code).isEqualTo(calculator.lineCostByRules(s, changed) - cost);
          assertThat(row).containsExactly(before);
        }
      }
      assertThat(calculator.row(s)).containsExactly(present);
    }
    return compared;
  }
}
