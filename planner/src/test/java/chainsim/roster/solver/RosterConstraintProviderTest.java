package chainsim.roster.solver;

import static chainsim.roster.solver.RosterFixture.DH;
import static chainsim.roster.solver.RosterFixture.E;
import static chainsim.roster.solver.RosterFixture.L;
import static chainsim.roster.solver.RosterFixture.N;
import static chainsim.roster.solver.RosterFixture.cover;
import static chainsim.roster.solver.RosterFixture.day;
import static chainsim.roster.solver.RosterFixture.line;
import static chainsim.roster.solver.RosterFixture.nurse;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.PatternEntry;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import chainsim.roster.domain.UnwantedPattern;
import chainsim.roster.domain.WeekendDefinition;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Every constraint with a case that penalises (by a hand-computed amount) and one that does not. */
class RosterConstraintProviderTest {

  private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
      ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, DayAssignment.class);

  private static final RosterPolicy POLICY = RosterPolicy.INRC;
  /** A branch's policy: skills mandatory, contract maxima hard, rules protecting a person at 10 hard points. */
  private static final RosterPolicy BRANCH =
      new RosterPolicy(0, 0, 0, 0, 0, true, true, RosterPolicy.BRANCH_PERSON_RULE_WEIGHT);

  private static Object[] facts(Object... parts) {
    List<Object> all = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Collection<?> c) {
        all.addAll(c);
      } else {
        all.add(p);
      }
    }
    return all.toArray();
  }

  /** The constraint's penalty for one nurse working {@code line} under {@code contract}. */
  private void linePenalty(BiFunction<RosterConstraintProvider, ConstraintFactory, Constraint> constraint,
      Contract contract, String line, int expected) {
    StaffMember a = nurse("A", contract);
    verifier.verifyThat(constraint).given(facts(POLICY, line(a, line))).penalizesBy(expected);
  }

  private static Contract.Builder contract() {
    return Contract.builder("c");
  }

  // ---- hard --------------------------------------------------------------------------------

  @Test
  void coverBelowMinimum() {
    StaffMember a = nurse("A", contract().build());
    StaffMember b = nurse("B", contract().build());
    // Monday needs 2 on E, only A works it: 1 short
    verifier.verifyThat(RosterConstraintProvider::coverBelowMinimum)
        .given(facts(cover(0, E, 2, 2, 2), line(a, "E - - - - - - - - - - - - -"), line(b, "- - - - - - - - - - - - - -")))
        .penalizesBy(1);
    verifier.verifyThat(RosterConstraintProvider::coverBelowMinimum)
        .given(facts(cover(0, E, 2, 2, 2), line(a, "E - - - - - - - - - - - - -"), line(b, "E - - - - - - - - - - - - -")))
        .penalizesBy(0);
  }

  @Test
  void coverAboveMaximum() {
    StaffMember a = nurse("A", contract().build());
    StaffMember b = nurse("B", contract().build());
    verifier.verifyThat(RosterConstraintProvider::coverAboveMaximum)
        .given(facts(cover(0, E, 1, 1, 1), line(a, "E - - - - - - - - - - - - -"), line(b, "E - - - - - - - - - - - - -")))
        .penalizesBy(1);
    verifier.verifyThat(RosterConstraintProvider::coverAboveMaximum)
        .given(facts(cover(0, E, 0, 1, 2), line(a, "E - - - - - - - - - - - - -"), line(b, "E - - - - - - - - - - - - -")))
        .penalizesBy(0);
  }

  @Test
  void noShiftWithoutCover() {
    StaffMember a = nurse("A", contract().build());
    // E is required on Monday only; Tuesday's L has no requirement
    verifier.verifyThat(RosterConstraintProvider::noShiftWithoutCover)
        .given(facts(cover(0, E, 1, 1, 1), line(a, "E L - - - - - - - - - - - -"))).penalizesBy(1);
    verifier.verifyThat(RosterConstraintProvider::noShiftWithoutCover)
        .given(facts(cover(0, E, 1, 1, 1), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void unavailableDay() {
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::unavailableDay)
        .given(facts(POLICY, new Unavailability(a, day(1)), line(a, "E L - - - - - - - - - - - -"))).penalizesBy(1);
    verifier.verifyThat(RosterConstraintProvider::unavailableDay)
        .given(facts(POLICY, new Unavailability(a, day(2)), line(a, "E L - - - - - - - - - - - -"))).penalizesBy(0);
    // a branch weighs a person's rule ten times a missing person
    verifier.verifyThat(RosterConstraintProvider::unavailableDay)
        .given(facts(BRANCH, new Unavailability(a, day(1)), line(a, "E L - - - - - - - - - - - -"))).penalizesBy(10);
  }

  @Test
  void minimumRestBetweenShifts() {
    // 11 h rest: L ends 22:30, E starts 06:30 next day = 8 h (violation); N (ends 06:30) then L at 14:30 = 8 h
    Contract rest = contract().minRestHours(11).build();
    linePenalty(RosterConstraintProvider::minimumRestBetweenShifts, rest, "L E - N L - - - - - - - - -", 2);
    linePenalty(RosterConstraintProvider::minimumRestBetweenShifts, rest, "E L - L L - - - - - - - - -", 0);
    StaffMember a = nurse("A", rest);
    verifier.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
        .given(facts(BRANCH, line(a, "L E - N L - - - - - - - - -"))).penalizesBy(20);
  }

  @Test
  void mandatorySkills() {
    // two DH shifts without HeadNurse: INRC has no hard skill rule, whether the contract's
    // alternative skill is off or on (then it costs its weight, see alternativeSkill)...
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::mandatorySkills)
        .given(facts(POLICY, line(a, "DH DH E - - - - - - - - - - -"))).penalizesBy(0);
    StaffMember b = nurse("B", contract().alternativeSkillCategory(3).build());
    verifier.verifyThat(RosterConstraintProvider::mandatorySkills)
        .given(facts(POLICY, line(b, "DH DH E - - - - - - - - - - -"))).penalizesBy(0);
    // ...unless the branch makes skills mandatory for everyone (at 10 hard points a shift)
    verifier.verifyThat(RosterConstraintProvider::mandatorySkills)
        .given(facts(new RosterPolicy(0, 0, 0, 0, 0, true, false, 1), line(b, "DH DH E - - - - - - - - - - -")))
        .penalizesBy(2);
    verifier.verifyThat(RosterConstraintProvider::mandatorySkills)
        .given(facts(BRANCH, line(b, "DH DH E - - - - - - - - - - -"))).penalizesBy(20);
  }

  // ---- contract rules (same lines and arithmetic as InrcCostEvaluatorTest) --------------------

  @Test
  void maximumAssignments() {
    // 5 shifts, limit 3, weight 2: (5 - 3) * 2
    linePenalty(RosterConstraintProvider::maximumAssignments, contract().maxAssignments(2, 3).build(),
        "E E - - L L E - - - - - - -", 4);
    linePenalty(RosterConstraintProvider::maximumAssignments, contract().maxAssignments(2, 5).build(),
        "E E - - L L E - - - - - - -", 0);
  }

  @Test
  void minimumAssignments() {
    // 4 shifts, limit 6, weight 3: (6 - 4) * 3
    linePenalty(RosterConstraintProvider::minimumAssignments, contract().minAssignments(3, 6).build(),
        "E E - - L L - - - - - - - -", 6);
    linePenalty(RosterConstraintProvider::minimumAssignments, contract().minAssignments(3, 4).build(),
        "E E - - L L - - - - - - - -", 0);
  }

  @Test
  void maximumConsecutiveWorkingDays() {
    // runs 5 and 4, limit 3: (5 - 3) + (4 - 3)
    linePenalty(RosterConstraintProvider::maximumConsecutiveWorkingDays,
        contract().maxConsecutiveWorkingDays(1, 3).build(), "E E E E E - - E E E E - - -", 3);
    linePenalty(RosterConstraintProvider::maximumConsecutiveWorkingDays,
        contract().maxConsecutiveWorkingDays(1, 5).build(), "E E E E E - - E E E E - - -", 0);
  }

  @Test
  void minimumConsecutiveWorkingDays() {
    // runs 1, 2, 1 (last day), limit 3, weight 2: (2 + 1 + 2) * 2
    linePenalty(RosterConstraintProvider::minimumConsecutiveWorkingDays,
        contract().minConsecutiveWorkingDays(2, 3).build(), "E - E E - - - - - - - - - E", 10);
    linePenalty(RosterConstraintProvider::minimumConsecutiveWorkingDays,
        contract().minConsecutiveWorkingDays(2, 3).build(), "E E E - - - - - - - - E E E", 0);
  }

  @Test
  void maximumConsecutiveFreeDays() {
    // free runs 5 (first days) and 2, limit 3: 5 - 3
    linePenalty(RosterConstraintProvider::maximumConsecutiveFreeDays, contract().maxConsecutiveFreeDays(1, 3).build(),
        "- - - - - E E E E E E E - -", 2);
    linePenalty(RosterConstraintProvider::maximumConsecutiveFreeDays, contract().maxConsecutiveFreeDays(1, 5).build(),
        "- - - - - E E E E E E E - -", 0);
  }

  @Test
  void minimumConsecutiveFreeDays() {
    // free runs of 1 on days 1, 7, 13, limit 2: 3 * 1
    linePenalty(RosterConstraintProvider::minimumConsecutiveFreeDays, contract().minConsecutiveFreeDays(1, 2).build(),
        "E - E E E E E - E E E E E -", 3);
    linePenalty(RosterConstraintProvider::minimumConsecutiveFreeDays, contract().minConsecutiveFreeDays(1, 2).build(),
        "E - - E E E E - - E E E - -", 0);
  }

  @Test
  void maximumConsecutiveWorkingWeekends() {
    // Sat of weekend 1 and Sun of weekend 2: a run of 2 working weekends, limit 1, weight 5
    linePenalty(RosterConstraintProvider::maximumConsecutiveWorkingWeekends,
        contract().maxConsecutiveWorkingWeekends(5, 1).build(), "- - - - - E - - - - - - - E", 5);
    linePenalty(RosterConstraintProvider::maximumConsecutiveWorkingWeekends,
        contract().maxConsecutiveWorkingWeekends(5, 1).build(), "- - - - - E - - - - - - - -", 0);
  }

  @Test
  void minimumConsecutiveWorkingWeekends() {
    // one working weekend, limit 2, weight 2: (2 - 1) * 2
    linePenalty(RosterConstraintProvider::minimumConsecutiveWorkingWeekends,
        contract().minConsecutiveWorkingWeekends(2, 2).build(), "- - - - - E E - - - - - - -", 2);
    linePenalty(RosterConstraintProvider::minimumConsecutiveWorkingWeekends,
        contract().minConsecutiveWorkingWeekends(2, 2).build(), "- - - - - E E - - - - - E E", 0);
  }

  @Test
  void maximumWorkingWeekendsInFourWeeks() {
    // 2 working weekends, limit 1, weight 3
    linePenalty(RosterConstraintProvider::maximumWorkingWeekendsInFourWeeks,
        contract().maxWorkingWeekendsInFourWeeks(3, 1).build(), "- - - - - E - - - - - - E -", 3);
    linePenalty(RosterConstraintProvider::maximumWorkingWeekendsInFourWeeks,
        contract().maxWorkingWeekendsInFourWeeks(3, 2).build(), "- - - - - E - - - - - - E -", 0);
  }

  @Test
  void completeWeekends() {
    // Friday-Saturday-Sunday, weight 10: Fri+Sun (0+2 + 2+0 = 4) and Sat only (1+1 = 2): 60
    Contract fss = contract().weekendDefinition(WeekendDefinition.FRIDAY_SATURDAY_SUNDAY).completeWeekends(10).build();
    linePenalty(RosterConstraintProvider::completeWeekends, fss, "- - - - E - E - - - - - E -", 60);
    linePenalty(RosterConstraintProvider::completeWeekends, fss, "- - - - E E E - - - - - - -", 0);
  }

  @Test
  void identicalShiftTypesDuringWeekend() {
    // E then L on weekend 1: 1 + 1; weekend 2 half worked: E misses Sunday: 1
    Contract ss = contract().identicalShiftTypesDuringWeekend(1).build();
    linePenalty(RosterConstraintProvider::identicalShiftTypesDuringWeekend, ss, "- - - - - E L - - - - - E -", 3);
    linePenalty(RosterConstraintProvider::identicalShiftTypesDuringWeekend, ss, "- - - - - E E - - - - - L L", 0);
  }

  @Test
  void noNightShiftBeforeFreeWeekend() {
    Contract c = contract().noNightShiftBeforeFreeWeekend(4).build();
    linePenalty(RosterConstraintProvider::noNightShiftBeforeFreeWeekend, c, "- - - - N - - - - - - N E -", 4);
    linePenalty(RosterConstraintProvider::noNightShiftBeforeFreeWeekend, c, "- - - - N N - - - - - - - -", 0);
  }

  @Test
  void twoFreeDaysAfterNightShifts() {
    // series N N then a shift 2 days later: 1 * weight 2
    Contract c = contract().twoFreeDaysAfterNightShifts(2).build();
    linePenalty(RosterConstraintProvider::twoFreeDaysAfterNightShifts, c, "N N - E - - N - - E - - - N", 2);
    linePenalty(RosterConstraintProvider::twoFreeDaysAfterNightShifts, c, "N N - - E - - - - - - - - -", 0);
  }

  @Test
  void alternativeSkill() {
    // two DH shifts without HeadNurse, weight 3
    linePenalty(RosterConstraintProvider::alternativeSkill, contract().alternativeSkillCategory(3).build(),
        "DH DH E - - - - - - - - - - -", 6);
    linePenalty(RosterConstraintProvider::alternativeSkill, contract().build(), "DH DH E - - - - - - - - - - -", 0);
  }

  @Test
  void unwantedPatterns() {
    UnwantedPattern lateThenEarly = new UnwantedPattern("0", 2,
        List.of(PatternEntry.shift(L, null), PatternEntry.shift(E, null)));
    UnwantedPattern freeFridayWorkingWeekend = new UnwantedPattern("1", 3, List.of(PatternEntry.free(DayOfWeek.FRIDAY),
        PatternEntry.anyShift(DayOfWeek.SATURDAY), PatternEntry.anyShift(DayOfWeek.SUNDAY)));
    Contract c = contract().unwantedPatterns(List.of(lateThenEarly, freeFridayWorkingWeekend)).build();
    // L E twice: 2 * 2; free Friday then Sat+Sun worked: 3
    linePenalty(RosterConstraintProvider::unwantedPatterns, c, "L E L E - N N - - - - - E -", 7);
    linePenalty(RosterConstraintProvider::unwantedPatterns, c, "E E L L - - - - - - - - - -", 0);
  }

  @Test
  void maximumHoursPerWeek() {
    // week 1: six 8-hour shifts = 48 h against 40: 8 h over, weight 1; week 2: 16 h
    Contract c = contract().maxHoursPerWeek(1, 40).build();
    linePenalty(RosterConstraintProvider::maximumHoursPerWeek, c, "E E E E E E - E E - - - - -", 8);
    linePenalty(RosterConstraintProvider::maximumHoursPerWeek, c, "E E E E E - - E E E E E - -", 0);
  }

  @Test
  void softMaximaCostNothingWhereThePolicyMakesThemHard() {
    Contract c = contract().maxAssignments(2, 3).maxConsecutiveWorkingDays(1, 3).maxHoursPerWeek(1, 40).build();
    StaffMember a = nurse("A", c);
    String line = "E E E E E E - E E - - - - -";
    verifier.verifyThat(RosterConstraintProvider::maximumAssignments).given(facts(BRANCH, line(a, line)))
        .penalizesBy(0);
    verifier.verifyThat(RosterConstraintProvider::maximumConsecutiveWorkingDays).given(facts(BRANCH, line(a, line)))
        .penalizesBy(0);
    verifier.verifyThat(RosterConstraintProvider::maximumHoursPerWeek).given(facts(BRANCH, line(a, line)))
        .penalizesBy(0);
  }

  // ---- contract maxima, hard under a branch's policy -----------------------------------------

  @Test
  void contractMaximumShifts() {
    // 8 shifts against a maximum of 5: 3 over, whatever the weight, at 10 hard points; soft (not here) under INRC
    StaffMember a = nurse("A", contract().maxAssignments(7, 5).build());
    String line = "E E E E E E - E E - - - - -";
    verifier.verifyThat(RosterConstraintProvider::contractMaximumShifts).given(facts(BRANCH, line(a, line)))
        .penalizesBy(30);
    verifier.verifyThat(RosterConstraintProvider::contractMaximumShifts).given(facts(POLICY, line(a, line)))
        .penalizesBy(0);
    StaffMember b = nurse("B", contract().maxAssignments(7, 8).build());
    verifier.verifyThat(RosterConstraintProvider::contractMaximumShifts).given(facts(BRANCH, line(b, line)))
        .penalizesBy(0);
  }

  @Test
  void contractMaximumConsecutiveWorkingDays() {
    // runs of 6 and 2, at most 5 in a row: 1 day over, 10 hard points
    StaffMember a = nurse("A", contract().maxConsecutiveWorkingDays(1, 5).build());
    String line = "E E E E E E - E E - - - - -";
    verifier.verifyThat(RosterConstraintProvider::contractMaximumConsecutiveWorkingDays)
        .given(facts(BRANCH, line(a, line))).penalizesBy(10);
    verifier.verifyThat(RosterConstraintProvider::contractMaximumConsecutiveWorkingDays)
        .given(facts(POLICY, line(a, line))).penalizesBy(0);
    verifier.verifyThat(RosterConstraintProvider::contractMaximumConsecutiveWorkingDays)
        .given(facts(BRANCH, line(a, "E E E E E - E E E E E - - -"))).penalizesBy(0);
  }

  @Test
  void contractMaximumHoursPerWeek() {
    // week 1: six 8-hour shifts = 48 h against 44: 4 h over, 40 hard points; week 2: 16 h
    StaffMember a = nurse("A", contract().maxHoursPerWeek(1, 44).build());
    verifier.verifyThat(RosterConstraintProvider::contractMaximumHoursPerWeek)
        .given(facts(BRANCH, line(a, "E E E E E E - E E - - - - -"))).penalizesBy(40);
    verifier.verifyThat(RosterConstraintProvider::contractMaximumHoursPerWeek)
        .given(facts(POLICY, line(a, "E E E E E E - E E - - - - -"))).penalizesBy(0);
    verifier.verifyThat(RosterConstraintProvider::contractMaximumHoursPerWeek)
        .given(facts(BRANCH, line(a, "E E E E E - - E E E E E - -"))).penalizesBy(0);
  }

  @Test
  void hoursBelowContract() {
    StaffMember a = nurse("A", contract().build());
    // week 1: 40 h contracted, three 8-hour shifts worked: 16 h short at 10 an hour; week 2: 20 h
    // contracted, four shifts (32 h) worked: nothing short
    List<Object> weeks = List.of(new ContractHours(a, 0, 7, 40 * 60, 10, 0), new ContractHours(a, 7, 7, 20 * 60, 10, 0));
    verifier.verifyThat(RosterConstraintProvider::hoursBelowContract)
        .given(facts(weeks, line(a, "E E E - - - - E E E E - - -"))).penalizesBy(160);
    // 38 h 1 min contracted, 32 h worked: 6 h 1 min short, counted as 7 started hours
    verifier.verifyThat(RosterConstraintProvider::hoursBelowContract)
        .given(facts(new ContractHours(a, 0, 7, 38 * 60 + 1, 10, 0), line(a, "E E E E - - - - - - - - - -")))
        .penalizesBy(70);
    verifier.verifyThat(RosterConstraintProvider::hoursBelowContract)
        .given(facts(weeks, line(a, "E E E E E - - E E E - - - -"))).penalizesBy(0);
  }

  @Test
  void overtime() {
    StaffMember a = nurse("A", contract().build());
    // 40 h contracted each week at 90 an hour of overtime: week 1 has six 8-hour shifts (8 h over),
    // week 2 one day of leave credited (32 h contracted) and five shifts (8 h over): 2 * 8 * 90
    List<Object> weeks = List.of(new ContractHours(a, 0, 7, 40 * 60, 10, 90), new ContractHours(a, 7, 7, 32 * 60, 10, 90));
    verifier.verifyThat(RosterConstraintProvider::overtime)
        .given(facts(weeks, line(a, "E E E E E E - E E E E E - -"))).penalizesBy(1440);
    // at or below the contract: no overtime (hours short are another rule's)
    verifier.verifyThat(RosterConstraintProvider::overtime)
        .given(facts(weeks, line(a, "E E E E E - - E E E - - - -"))).penalizesBy(0);
  }

  // ---- requests ----------------------------------------------------------------------------

  @Test
  void dayOffRequest() {
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::dayOffRequest)
        .given(facts(new DayRequest(a, day(0), false, 2), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(2);
    verifier.verifyThat(RosterConstraintProvider::dayOffRequest)
        .given(facts(new DayRequest(a, day(1), false, 2), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void dayOnRequest() {
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::dayOnRequest)
        .given(facts(new DayRequest(a, day(1), true, 3), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(3);
    verifier.verifyThat(RosterConstraintProvider::dayOnRequest)
        .given(facts(new DayRequest(a, day(0), true, 3), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void shiftOffRequest() {
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::shiftOffRequest)
        .given(facts(new ShiftRequest(a, day(0), E, false, 1), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(1);
    verifier.verifyThat(RosterConstraintProvider::shiftOffRequest)
        .given(facts(new ShiftRequest(a, day(0), L, false, 1), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void shiftOnRequest() {
    StaffMember a = nurse("A", contract().build());
    verifier.verifyThat(RosterConstraintProvider::shiftOnRequest)
        .given(facts(new ShiftRequest(a, day(0), L, true, 2), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(2);
    verifier.verifyThat(RosterConstraintProvider::shiftOnRequest)
        .given(facts(new ShiftRequest(a, day(0), E, true, 2), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  // ---- branch policy -----------------------------------------------------------------------

  @Test
  void coverBelowTarget() {
    StaffMember a = nurse("A", contract().build());
    RosterPolicy policy = new RosterPolicy(0, 0, 5, 0, 0, false, false, 1);
    // target 3, one on E: 2 people short of an 8-hour shift at 5 per person-hour: 2 * 8 * 5
    verifier.verifyThat(RosterConstraintProvider::coverBelowTarget)
        .given(facts(policy, cover(0, E, 1, 3, 4), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(80);
    verifier.verifyThat(RosterConstraintProvider::coverBelowTarget)
        .given(facts(policy, cover(0, E, 0, 1, 4), line(a, "E - - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void emergencyPoolShift() {
    StaffMember temp = new StaffMember("T", "T", contract().build(), Set.of(RosterFixture.NURSE), true);
    StaffMember a = nurse("A", contract().build());
    RosterPolicy policy = new RosterPolicy(0, 20, 0, 0, 0, false, false, 1);
    // two 8-hour shifts at 20 an hour
    verifier.verifyThat(RosterConstraintProvider::emergencyPoolShift)
        .given(facts(policy, line(temp, "E E - - - - - - - - - - - -"))).penalizesBy(320);
    verifier.verifyThat(RosterConstraintProvider::emergencyPoolShift)
        .given(facts(policy, line(a, "E E - - - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void changeFromPublishedRoster() {
    StaffMember a = nurse("A", contract().build());
    List<DayAssignment> cells = line(a, "E L - - - - - - - - - - - -");
    cells.get(0).publish(E); // unchanged
    cells.get(1).publish(E); // L instead of E: a change
    cells.get(2).publish(N); // free instead of N: a change
    verifier.verifyThat(RosterConstraintProvider::changeFromPublishedRoster)
        .given(facts(POLICY.withChangeWeight(7), cells)).penalizesBy(14);
    List<DayAssignment> kept = line(a, "E L - - - - - - - - - - - -");
    kept.get(1).publish(L);
    verifier.verifyThat(RosterConstraintProvider::changeFromPublishedRoster)
        .given(facts(POLICY.withChangeWeight(7), kept)).penalizesBy(0);
  }

  @Test
  void fairUndesiredShifts() {
    StaffMember a = nurse("A", contract().build());
    StaffMember b = nurse("B", contract().build());
    RosterPolicy policy = new RosterPolicy(0, 0, 0, 1, 0, false, false, 1);
    // the same 4 nights all on A: 4^2 + 0^2 = 16; split 2 and 2: 2^2 + 2^2 = 8, the least any split costs
    verifier.verifyThat(RosterConstraintProvider::fairUndesiredShifts)
        .given(facts(policy, line(a, "N N N N - - - - - - - - - -"), line(b, "E E E E - - - - - - - - - -")))
        .penalizesBy(16);
    verifier.verifyThat(RosterConstraintProvider::fairUndesiredShifts)
        .given(facts(policy, line(a, "N N E E - - - - - - - - - -"), line(b, "E E N N - - - - - - - - - -")))
        .penalizesBy(8);
    // nobody on an undesired shift: nothing to share
    verifier.verifyThat(RosterConstraintProvider::fairUndesiredShifts)
        .given(facts(policy, line(a, "E E E E - - - - - - - - - -"), line(b, "L L L L - - - - - - - - - -")))
        .penalizesBy(0);
    // a temporary of the emergency pool is not one of the staff to be fair to
    StaffMember temp = new StaffMember("T", "T", contract().build(), Set.of(RosterFixture.NURSE), true);
    verifier.verifyThat(RosterConstraintProvider::fairUndesiredShifts)
        .given(facts(policy, line(temp, "N N N N - - - - - - - - - -"))).penalizesBy(0);
  }

  @Test
  void fairWeekendWork() {
    StaffMember a = nurse("A", contract().build());
    StaffMember b = nurse("B", contract().build());
    RosterPolicy policy = new RosterPolicy(0, 0, 0, 0, 2, false, false, 1);
    // 3 weekend days: 3^2 * 2 = 18
    verifier.verifyThat(RosterConstraintProvider::fairWeekendWork)
        .given(facts(policy, line(a, "- - - - - E E - - - - - E -"))).penalizesBy(18);
    // four weekend days all on A: 4^2 * 2 = 32; two each: (2^2 + 2^2) * 2 = 16
    verifier.verifyThat(RosterConstraintProvider::fairWeekendWork)
        .given(facts(policy, line(a, "- - - - - E E - - - - - E E"), line(b, "E E - - - - - - - - - - - -")))
        .penalizesBy(32);
    verifier.verifyThat(RosterConstraintProvider::fairWeekendWork)
        .given(facts(policy, line(a, "- - - - - E E - - - - - - -"), line(b, "- - - - - - - - - - - - E E")))
        .penalizesBy(16);
    StaffMember temp = new StaffMember("T", "T", contract().build(), Set.of(RosterFixture.NURSE), true);
    verifier.verifyThat(RosterConstraintProvider::fairWeekendWork)
        .given(facts(policy, line(temp, "- - - - - E E - - - - - E E"))).penalizesBy(0);
    verifier.verifyThat(RosterConstraintProvider::fairWeekendWork)
        .given(facts(policy, line(a, "E E E E E - - - - - - - - -"))).penalizesBy(0);
  }
}
