package chainsim.roster.solver;

import static chainsim.roster.solver.RosterFixture.E;
import static chainsim.roster.solver.RosterFixture.L;
import static chainsim.roster.solver.RosterFixture.NURSE;
import static chainsim.roster.solver.RosterFixture.PERIOD;
import static chainsim.roster.solver.RosterFixture.day;
import static chainsim.roster.solver.RosterFixture.nurse;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.BorderRuns;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WorkHistory;
import chainsim.roster.solver.justification.LineJustification;
import chainsim.roster.solver.justification.SpanJustification;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * The rules read at the roster's first day from what was worked before it ({@link WorkHistory}):
 * a run continuing the history counts its history days (INRC-II's validator's reading), the rest
 * after the history's last shift, the weekends of the four-week window. Each case scores one line
 * by hand, with the constraint provider's justification, and the incremental calculator agrees.
 */
class HistoryBorderTest {
  private static final RosterPolicy BRANCH = new RosterPolicy(0, 0, 0, 0, 0, true, true,
      RosterPolicy.BRANCH_PERSON_RULE_WEIGHT);

  /** A history of {@code days} (oldest first; null a day off) and the given weekends. */
  private static WorkHistory history(int weekendsWorked, int weekendAllowance, ShiftType... days) {
    return new WorkHistory(BorderRuns.NONE.after(Arrays.asList(days)), weekendsWorked, weekendAllowance, 0);
  }

  private static ScoreExplanation<Roster, HardSoftScore> explain(StaffMember m, String line) {
    // every shift may be worked by one, asked of nobody
    List<CoverRequirement> cover = new java.util.ArrayList<>();
    for (int d = 0; d < PERIOD.dayCount(); d++) {
      cover.add(RosterFixture.cover(d, E, 0, 0, 1));
      cover.add(RosterFixture.cover(d, L, 0, 0, 1));
    }
    Roster roster = new Roster("test", PERIOD, List.of(NURSE), List.of(m), cover, List.of(), List.of(), List.of(),
        BRANCH);
    RosterFixture.line(m, line).forEach(cell -> roster.assignment(m, cell.getDay()).setShiftType(cell.getShiftType()));
    ScoreExplanation<Roster, HardSoftScore> e = Scoring.explain(roster);
    assertThat(Scoring.incremental(roster)).as("incremental = constraints").isEqualTo(e.getScore());
    return e;
  }

  private static ConstraintMatchTotal<HardSoftScore> total(ScoreExplanation<Roster, HardSoftScore> e, String name) {
    return e.getConstraintMatchTotalMap().values().stream().filter(t -> t.getConstraintName().equals(name))
        .findFirst().orElseThrow();
  }

  private static List<ConstraintJustification> justifications(ScoreExplanation<Roster, HardSoftScore> e,
      String name) {
    return total(e, name).getConstraintMatchSet().stream()
        .<ConstraintJustification>map(ConstraintMatch::getJustification).toList();
  }

  @Test
  void fiveDaysWorkedBeforeMondayLeaveOnlyMondayUnderAMaximumOfSix() {
    Contract six = Contract.builder("c").maxConsecutiveWorkingDays(1, 6).build();
    StaffMember a = nurse("A", six);
    a.setHistory(history(0, 0, null, E, E, E, E, E));
    // Monday only: a run of 6, as allowed
    assertThat(explain(a, "E - E E E - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
    // Monday and Tuesday: 7 in a row, 2 of them in the roster, 5 from the history
    var e = explain(a, "E E - E E - - - - - - - - -");
    assertThat(e.getScore()).isEqualTo(HardSoftScore.ofHard(-10));
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS))
        .containsExactly(new SpanJustification(a, day(0), day(1), 6, 7, 1, 5));
    // without the history the same line keeps the rule
    StaffMember fresh = nurse("B", six);
    assertThat(explain(fresh, "E E - E E - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
  }

  @Test
  void daysAlreadyOverTheMaximumBeforeTheRosterAreNotCountedAgain() {
    // 7 worked before (already 1 over a maximum of 6), then Monday: 8 in a row, 1 more over
    StaffMember a = nurse("A", Contract.builder("c").maxConsecutiveWorkingDays(1, 6).build());
    a.setHistory(history(0, 0, E, E, E, E, E, E, E));
    var e = explain(a, "E - - - - - - - - - - - - -");
    assertThat(e.getScore()).isEqualTo(HardSoftScore.ofHard(-10));
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_CONSECUTIVE_DAYS))
        .containsExactly(new SpanJustification(a, day(0), day(0), 6, 8, 1, 7));
    // a free Monday ends the run: the history's excess is not the roster's
    assertThat(explain(a, "- E E - - - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
  }

  @Test
  void aLateShiftOnSundayForbidsAnEarlyMonday() {
    // L ends 22:30, E starts 06:30: 8 h of rest, 11 asked
    StaffMember a = nurse("A", Contract.builder("c").minRestHours(11).build());
    a.setHistory(history(0, 0, E, L));
    var e = explain(a, "E - - - - - - - - - - - - -");
    assertThat(e.getScore()).isEqualTo(HardSoftScore.ofHard(-10));
    assertThat(justifications(e, RosterConstraintProvider.MINIMUM_REST))
        .containsExactly(new SpanJustification(a, day(0), day(0), 660, 480, 1, 1));
    assertThat(explain(a, "L - - - - - - - - - - - - -").getScore()).as("a late Monday rests 16 h")
        .isEqualTo(HardSoftScore.ZERO);
    a.setHistory(history(0, 0, L, null));
    assertThat(explain(a, "E - - - - - - - - - - - - -").getScore()).as("a day off between").isEqualTo(HardSoftScore.ZERO);
  }

  @Test
  void aRunContinuingTheHistoryCountsItsDaysForTheMinimumsToo() {
    Contract three = Contract.builder("c").minConsecutiveWorkingDays(1, 3).minConsecutiveFreeDays(1, 2).build();
    StaffMember a = nurse("A", three);
    // 2 worked before: Monday makes 3 (no cost); then 2 free, 3 worked, free to the end
    a.setHistory(history(0, 0, null, E, E));
    assertThat(explain(a, "E - - E E E - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
    // a free Monday ends the history's run of 2: 1 short (judged as INRC-II's validator does)
    var e = explain(a, "- - E E E - - - - - - - - -");
    assertThat(e.getScore()).isEqualTo(HardSoftScore.ofSoft(-1));
    assertThat(justifications(e, RosterConstraintProvider.MINIMUM_CONSECUTIVE_WORKING_DAYS))
        .containsExactly(new LineJustification(a, 1));
    // 1 day off before: a free Monday makes 2 days off (no cost); without the history it would cost 1
    a.setHistory(history(0, 0, E, null));
    assertThat(explain(a, "- E E E - - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
    assertThat(explain(nurse("B", three), "- E E E - - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ofSoft(-1));
  }

  @Test
  void weekendsWorkedInTheWindowBeforeTheRosterCountAgainstItsAllowance() {
    // 2 in four weeks over a 2-week period: the period's own allowance is 1; the history covers the 2
    // weekends before it, both worked, and brings the window's allowance to 2
    StaffMember a = nurse("A", Contract.builder("c").maxWorkingWeekendsInFourWeeks(100, 1).build());
    a.setHistory(history(2, 1, E));
    assertThat(explain(a, "E - - - - - - E - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
    var e = explain(a, "E - - - - E - E - - - - - -");
    assertThat(e.getScore()).as("one weekend: 3 of 2").isEqualTo(HardSoftScore.ofSoft(-100));
    assertThat(justifications(e, RosterConstraintProvider.MAXIMUM_WORKING_WEEKENDS_IN_FOUR_WEEKS))
        .containsExactly(new LineJustification(a, 100));
    assertThat(explain(a, "E - - - - E - E - - - - E -").getScore()).isEqualTo(HardSoftScore.ofSoft(-200));
    // no weekend worked before: both of the period's are within the window's 2
    a.setHistory(history(0, 1, E));
    assertThat(explain(a, "E - - - - E - E - - - - E -").getScore()).isEqualTo(HardSoftScore.ZERO);
  }

  @Test
  void hoursWorkedEarlierInTheMonthCountAgainstItsCap() {
    // 40 h a month; 32 worked before the roster, 16 in it: 48, 8 over
    StaffMember a = nurse("A", Contract.builder("c").maxHoursPerMonth(1, 40).build());
    a.setHistory(new WorkHistory(BorderRuns.NONE, 0, 0, 32 * 60));
    var e = explain(a, "E - E - - - - - - - - - - -");
    assertThat(e.getScore()).isEqualTo(HardSoftScore.ofHard(-80));
    assertThat(justifications(e, RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_MONTH))
        .containsExactly(new SpanJustification(a, day(0), day(13), 40 * 60, 48 * 60, 8, 32 * 60));
    assertThat(explain(a, "E - - - - - - - - - - - - -").getScore()).isEqualTo(HardSoftScore.ZERO);
    assertThat(explain(nurse("B", a.getContract()), "E - E - E - - - - - - - - -").getScore())
        .as("24 h without the history").isEqualTo(HardSoftScore.ZERO);
  }
}
