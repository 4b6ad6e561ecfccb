package chainsim.roster.solver;

import static chainsim.roster.solver.RosterFixture.E;
import static chainsim.roster.solver.RosterFixture.L;
import static chainsim.roster.solver.RosterFixture.NURSE;
import static chainsim.roster.solver.RosterFixture.PERIOD;
import static chainsim.roster.solver.RosterFixture.cover;
import static chainsim.roster.solver.RosterFixture.day;
import static chainsim.roster.solver.RosterFixture.nurse;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import chainsim.roster.solver.justification.CoverJustification;
import chainsim.roster.solver.justification.DayJustification;
import chainsim.roster.solver.justification.LineJustification;
import chainsim.roster.solver.justification.ShareJustification;
import chainsim.roster.solver.justification.SpanJustification;
import chainsim.roster.solver.justification.WeekHoursJustification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * What each constraint says about a match (its justification: who, which days, limit, actual),
 * and that a constraint's matches count breaches, not people: the roster page's "matches" column
 * is {@link ConstraintMatchTotal#getConstraintMatchCount()}.
 */
class RosterJustificationTest {
  /** A branch's policy with the fairness weights on (1 a point), so the shares cost something. */
  private static final RosterPolicy BRANCH = new RosterPolicy(0, 0, 0, 1, 1, true, true,
      RosterPolicy.BRANCH_PERSON_RULE_WEIGHT);

  private static final class Given {
    final Map<StaffMember, String> lines = new LinkedHashMap<>();
    final List<CoverRequirement> cover = new ArrayList<>();
    final List<DayRequest> requests = new ArrayList<>();
    final List<Unavailability> unavailable = new ArrayList<>();
    final List<ContractHours> hours = new ArrayList<>();

    Given line(StaffMember m, String line) {
      lines.put(m, line);
      return this;
    }

    ScoreExplanation<Roster, HardSoftScore> explain() {
      Roster roster = new Roster("test", PERIOD, List.of(NURSE), List.copyOf(lines.keySet()), cover, requests,
          List.of(), unavailable, BRANCH);
      roster.setContractHours(hours);
      lines.forEach((m, line) -> RosterFixture.line(m, line).forEach(cell ->
          roster.assignment(m, cell.getDay()).setShiftType(cell.getShiftType())));
      return Scoring.explain(roster);
    }
  }

  private static ConstraintMatchTotal<HardSoftScore> total(ScoreExplanation<Roster, HardSoftScore> e, String name) {
    return e.getConstraintMatchTotalMap().values().stream().filter(t -> t.getConstraintName().equals(name))
        .findFirst().orElseThrow();
  }

  private static List<ConstraintJustification> justifications(ScoreExplanation<Roster, HardSoftScore> e,
      String name) {
    return total(e, name).getConstraintMatchSet().stream()
        .<ConstraintJustification>map(ConstraintMatch::getJustification)
        .sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  @Test
  void theMatchesOfALineRuleCountThePeopleWhoBreakItNotEveryone() {
    // two people, each at least 3 days in a row (weight 1): A works a run of 1 day (2 short), B a run of 3.
    // Before issue 16 the rule penalised every line, zero included, so this counted 2 matches (one per person).
    Contract runs = Contract.builder("c").minConsecutiveWorkingDays(1, 3).build();
    StaffMember a = nurse("A", runs);
    StaffMember b = nurse("B", runs);
    var e = new Given().line(a, "E - - - - - - - - - - - - -").line(b, "E E E - - - - - - - - - - -").explain();
    ConstraintMatchTotal<HardSoftScore> t = total(e, RosterConstraintProvider.MINIMUM_CONSECUTIVE_WORKING_DAYS);
    assertThat(t.getConstraintMatchCount()).isEqualTo(1);
    assertThat(t.getScore()).isEqualTo(HardSoftScore.ofSoft(-2));
    assertThat(justifications(e, RosterConstraintProvider.MINIMUM_CONSECUTIVE_WORKING_DAYS))
        .containsExactly(new LineJustification(a, 2));
  }

  @Test
  void aPersonRuleMatchesOnceAPerBreachWithItsDaysLimitAndActual() {
    // A: L then E twice (22:30 to 06:30: 8 h of the contract's 11); B rests enough
    Contract rest = Contract.builder("c").minRestHours(11).build();
    StaffMember a = nurse("A", rest);
    StaffMember b = nurse("B", rest);
    var e = new Given().line(a, "L E - L E - - - - - - - - -").line(b, "E L - - - - - - - - - - - -").explain();
    assertThat(total(e, RosterConstraintProvider.MINIMUM_REST).getConstraintMatchCount()).isEqualTo(2);
    assertThat(total(e, RosterConstraintProvider.MINIMUM_REST).getScore()).isEqualTo(HardSoftScore.ofHard(-20));
    assertThat(justifications(e, RosterConstraintProvider.MINIMUM_REST)).containsExactly(
        new SpanJustification(a, day(0), day(1), 660, 480, 1), new SpanJustification(a, day(3), day(4), 660, 480, 1));
  }

  @Test
  void contractMaximaSayTheRunTheWeekAndThePeriod() {
    // 8 shifts, a run of 6, 48 h in week 1; maxima 5 shifts, 5 days in a row, 44 h a week
    Contract c = Contract.builder("c").maxAssignments(1, 5).maxConsecutiveWorkingDays(1, 5).maxHoursPerWeek(1, 44)
        .build();
    StaffMember a = nurse("A", c);
    var e = new Given().line(a, "E E E E E E - E E - - - - -").explain();
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS))
        .containsExactly(new SpanJustification(a, day(0), day(5), 5, 6, 1));
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_WEEK))
        .containsExactly(new SpanJustification(a, day(0), day(6), 44 * 60, 48 * 60, 4));
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_SHIFTS))
        .containsExactly(new SpanJustification(a, day(0), day(13), 5, 8, 3));
    assertThat(total(e, RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_WEEK).getScore())
        .isEqualTo(HardSoftScore.ofHard(-40));
  }

  @Test
  void coverSaysTheSlotItsLimitAndThePeopleOnIt() {
    StaffMember a = nurse("A", Contract.builder("c").build());
    Given g = new Given().line(a, "E L - - - - - - - - - - - -");
    g.cover.add(cover(0, E, 2, 3, 3));
    g.cover.add(cover(1, L, 1, 1, 1));
    var e = g.explain();
    assertThat(justifications(e, RosterConstraintProvider.COVER_BELOW_MINIMUM))
        .containsExactly(new CoverJustification(day(0), E, 2, 1));
    assertThat(total(e, RosterConstraintProvider.COVER_BELOW_MINIMUM).getConstraintMatchCount())
        .as("Tuesday's late shift is met: no match").isEqualTo(1);
  }

  @Test
  void dayRulesSayWhoWhichDayAndTheShift() {
    StaffMember a = nurse("A", Contract.builder("c").build());
    StaffMember b = nurse("B", Contract.builder("c").build());
    Given g = new Given().line(a, "E L - - - - - - - - - - - -").line(b, "- - - - - - - - - - - - - -");
    g.unavailable.add(new Unavailability(a, day(1)));
    g.unavailable.add(new Unavailability(b, day(1)));
    g.requests.add(new DayRequest(a, day(0), false, 7));
    var e = g.explain();
    assertThat(justifications(e, RosterConstraintProvider.UNAVAILABLE_DAY_WORKED))
        .containsExactly(new DayJustification(a, day(1), L));
    assertThat(justifications(e, RosterConstraintProvider.DAY_OFF_REQUEST))
        .containsExactly(new DayJustification(a, day(0), E));
    assertThat(total(e, RosterConstraintProvider.DAY_OFF_REQUEST).getScore()).isEqualTo(HardSoftScore.ofSoft(-7));
  }

  @Test
  void contractHoursSayTheWeekContractedAndWorked() {
    // 40 h a week contracted; week 1 has two 8-hour shifts (16 h: 24 short), week 2 five (40 h: kept)
    StaffMember a = nurse("A", Contract.builder("c").build());
    Given g = new Given().line(a, "E E - - - - - E E E E E - -");
    g.hours.add(new ContractHours(a, 0, 7, 40 * 60, 1, 1));
    g.hours.add(new ContractHours(a, 7, 7, 40 * 60, 1, 1));
    var e = g.explain();
    assertThat(justifications(e, RosterConstraintProvider.HOURS_BELOW_CONTRACT))
        .containsExactly(new WeekHoursJustification(a, day(0), 40 * 60, 16 * 60));
    assertThat(total(e, RosterConstraintProvider.HOURS_BELOW_CONTRACT).getScore())
        .isEqualTo(HardSoftScore.ofSoft(-24));
    assertThat(e.getConstraintMatchTotalMap().values()).as("no week over 40 h: no overtime match")
        .noneMatch(t -> t.getConstraintName().equals(RosterConstraintProvider.OVERTIME) && t.getConstraintMatchCount() > 0);
  }

  @Test
  void fairSharesSayThePersonsCountAndSkipWhoHasNone() {
    // A works two weekend days, B none: one match, 2 squared
    StaffMember a = nurse("A", Contract.builder("c").build());
    StaffMember b = nurse("B", Contract.builder("c").build());
    var e = new Given().line(a, "- - - - - E E - - - - - - -").line(b, "E - - - - - - - - - - - - -").explain();
    assertThat(justifications(e, RosterConstraintProvider.FAIR_WEEKEND_WORK))
        .containsExactly(new ShareJustification(a, 2));
    assertThat(total(e, RosterConstraintProvider.FAIR_WEEKEND_WORK).getScore()).isEqualTo(HardSoftScore.ofSoft(-4));
  }
}
