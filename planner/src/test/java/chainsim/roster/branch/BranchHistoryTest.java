package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chainsim.montecarlo.EngineKind;
import chainsim.roster.RosterPlanner;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.solver.RosterConstraintProvider;
import chainsim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan roster --history} on the real solver: one consultant, one week from Monday
 * 2027-07-05, cover asked of them every weekday (target 1, 1,000 points an hour short), a 40-hour
 * week at most; what they worked before Monday decides the week exactly as the rules say.
 */
class BranchHistoryTest {
  /** Early 08:00-16:00 on weekdays, at most 6 days in a row. */
  static final String ONE = """
      branch: suzhou-direct
      shifts:
        - { id: early, start: "08:00", end: "16:00" }
      cover:
        - { shift: early, skill: tax, min: 0, target: 1 }
      weights: { pool_hours_per_month: 0, below_target_per_hour: 1000 }
      contracts:
        - { id: full, kind: full_time, hours_per_week: 40, max_hours_per_week: 40, max_consecutive_days: 6 }
      employees:
        - { id: an, contract: full, skills: [tax] }
      """;

  @TempDir Path dir;

  private RosterPlanner.Result plan(String yaml, String history) throws Exception {
    return plan(yaml, history, "2027-07-05");
  }

  private RosterPlanner.Result plan(String yaml, String history, String monday) throws Exception {
    Path csv = null;
    if (history != null) {
      csv = dir.resolve("history.csv");
      Files.writeString(csv, history);
    }
    return BranchFixture.plan(dir, yaml, new RosterPlanner.Request("suzhou-direct", 1, monday, null, null, null,
        300L, 7L, 4, 1, EngineKind.SEQUENTIAL, csv));
  }

  /** an's week as "Mon:early Tue:- ...", one entry per day. */
  private static String week(RosterPlanner.Result r) {
    List<String> days = new ArrayList<>();
    for (DayAssignment a : r.roster().getAssignments()) {
      if (a.getStaffMember().getId().equals("an")) {
        String dow = a.getDay().getDayOfWeek().toString().substring(0, 3);
        days.add(dow + ":" + (a.getShiftType() == null ? "-" : a.getShiftType().getId().split("/")[0]));
      }
    }
    return String.join(" ", days);
  }

  /** The soft and hard points of each term that costs something. */
  private static Map<String, String> terms(RosterPlanner.Result r) {
    Map<String, String> out = new LinkedHashMap<>();
    r.explanation().terms().forEach(t -> out.put(t.constraint(), t.hard() + "hard/" + t.soft() + "soft"));
    return out;
  }

  @Test
  void fiveDaysWorkedBeforeMondayUnderAMaximumOfSixLeaveMondayThenADayOff() throws Exception {
    RosterPlanner.Result without = plan(ONE, null);
    assertThat(week(without)).isEqualTo("MON:early TUE:early WED:early THU:early FRI:early SAT:- SUN:-");
    assertThat(terms(without)).isEmpty();

    // Wednesday to Sunday worked: Monday makes 6 in a row, Tuesday would make 7
    RosterPlanner.Result r = plan(ONE, """
        employee,date,shift
        an,2027-06-30,early
        an,2027-07-01,early
        an,2027-07-02,early
        an,2027-07-03,early
        an,2027-07-04,early
        """);
    assertThat(week(r)).isEqualTo("MON:early TUE:- WED:early THU:early FRI:early SAT:- SUN:-");
    // Tuesday's 8 hours short of cover at 1,000 an hour, and of the contract's 40 at 60 an hour
    assertThat(terms(r)).containsExactly(Map.entry(RosterConstraintProvider.COVER_BELOW_TARGET, "0hard/-8000soft"),
        Map.entry(RosterConstraintProvider.HOURS_BELOW_CONTRACT, "0hard/-480soft"));
    assertThat(r.problem().notes()).containsExactly("history: " + dir.resolve("history.csv") + ", the days worked from"
        + " 2027-06-30 to 2027-07-04; carried over: an 5 days in a row, last early");
  }

  @Test
  void aLateShiftOnSundayForbidsAnEarlyMonday() throws Exception {
    // late 14:00-22:00 on Sundays: to Monday's 08:00 is 10 h of rest, the contract asks 11
    String yaml = ONE.replace("""
          - { id: early, start: "08:00", end: "16:00" }
        """, """
          - { id: early, start: "08:00", end: "16:00" }
          - { id: late, start: "14:00", end: "22:00", days: [sun] }
        """).replace("max_consecutive_days: 6", "max_consecutive_days: 6, min_rest_hours: 11");
    assertThat(week(plan(yaml, null))).isEqualTo("MON:early TUE:early WED:early THU:early FRI:early SAT:- SUN:-");
    RosterPlanner.Result r = plan(yaml, "employee,date,shift,skill\nan,2027-07-04,late,tax\n");
    // Monday off; the week's 40 hours made up with Sunday's late (30 for one weekend day worked)
    assertThat(week(r)).isEqualTo("MON:- TUE:early WED:early THU:early FRI:early SAT:- SUN:late");
    assertThat(terms(r)).containsExactly(Map.entry(RosterConstraintProvider.COVER_BELOW_TARGET, "0hard/-8000soft"),
        Map.entry(RosterConstraintProvider.FAIR_WEEKEND_WORK, "0hard/-30soft"));
    // the slot short on Monday says the rest after the history's shift kept an off it
    RosterExplanation.SlotCover monday = r.explanation().cover().get(0);
    assertThat(monday.day().getDate()).hasToString("2027-07-05");
    assertThat(monday.shortBecause().others()).singleElement()
        .satisfies(a -> assertThat(a.wouldBreak()).isEqualTo(RosterConstraintProvider.MINIMUM_REST));
  }

  @Test
  void twoWeekendsWorkedInTheFourWeeksBeforeMakeASaturdayCostMoreThanItsRequest() throws Exception {
    // a day shift every day, cover Monday to Saturday, 40 h: one of the six is short whatever an does; the
    // Saturday requested (50) decides which, unless a third weekend in four weeks costs the preference (100)
    String yaml = """
        branch: suzhou-direct
        shifts:
          - { id: day, start: "09:00", end: "17:00", days: [mon, tue, wed, thu, fri, sat, sun] }
        cover:
          - { shift: day, skill: tax, min: 0, target: 1, days: [mon, tue, wed, thu, fri, sat] }
        weights: { pool_hours_per_month: 0, below_target_per_hour: 1000, weekend_fairness: 0 }
        contracts:
          - { id: full, kind: full_time, hours_per_week: 40, max_hours_per_week: 40, max_weekends_per_four_weeks: 2 }
        employees:
          - { id: an, contract: full, skills: [tax], requests: [{ date: 2027-07-10, wants: day_on, weight: 50 }] }
        """;
    RosterPlanner.Result without = plan(yaml, null);
    assertThat(week(without)).contains("SAT:day", "SUN:-");
    assertThat(terms(without)).containsExactly(Map.entry(RosterConstraintProvider.COVER_BELOW_TARGET,
        "0hard/-8000soft"));

    // three weeks from Monday 2027-06-14: Saturdays 06-19 and 06-26 worked, 07-03 not
    String two = "employee,date,shift\nan,2027-06-14,day\nan,2027-06-19,day\nan,2027-06-26,day\n";
    RosterPlanner.Result r = plan(yaml, two);
    assertThat(week(r)).isEqualTo("MON:day TUE:day WED:day THU:day FRI:day SAT:- SUN:-");
    assertThat(terms(r)).containsExactly(Map.entry(RosterConstraintProvider.COVER_BELOW_TARGET, "0hard/-8000soft"),
        Map.entry(RosterConstraintProvider.DAY_ON_REQUEST, "0hard/-50soft"));
    assertThat(r.problem().notes()).singleElement().asString().endsWith("carried over: an 2 of the 3 weekends before it in the four-week window worked");

    // one weekend worked: the Saturday is within the window's two
    RosterPlanner.Result one = plan(yaml, "employee,date,shift\nan,2027-06-14,day\nan,2027-06-19,day\n");
    assertThat(week(one)).contains("SAT:day");
    assertThat(terms(one)).isEqualTo(terms(without));
  }

  @Test
  void hoursWorkedEarlierInTheMonthLeaveOnlyWhatItsCapAllows() throws Exception {
    // 160 h a month; every weekday of July to Friday 23rd worked, 17 days: 136 h, 24 h (3 shifts) left for
    // Monday 26th to Saturday 31st (Sunday is August)
    String yaml = ONE.replace("max_hours_per_week: 40,", "max_hours_per_week: 40, max_hours_per_month: 160,");
    RosterPlanner.Result without = plan(yaml, null, "2027-07-26");
    assertThat(week(without)).isEqualTo("MON:early TUE:early WED:early THU:early FRI:early SAT:- SUN:-");
    StringBuilder csv = new StringBuilder("employee,date,shift\n");
    for (java.time.LocalDate d = java.time.LocalDate.of(2027, 7, 1); d.getDayOfMonth() <= 23; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        csv.append("an,").append(d).append(",early\n");
      }
    }
    RosterPlanner.Result r = plan(yaml, csv.toString(), "2027-07-26");
    assertThat(week(r).split("early", -1)).as(week(r)).hasSize(4);
    // two weekdays short of cover (16 h at 1,000) and of the contract's 40 h (16 h at 60); no hard rule broken
    assertThat(terms(r)).containsExactly(Map.entry(RosterConstraintProvider.COVER_BELOW_TARGET, "0hard/-16000soft"),
        Map.entry(RosterConstraintProvider.HOURS_BELOW_CONTRACT, "0hard/-960soft"));
    // a fourth shift would pass the cap: the short slots say so
    assertThat(r.explanation().cover()).filteredOn(RosterExplanation.SlotCover::belowTarget).hasSize(2)
        .allSatisfy(c -> assertThat(c.shortBecause().others()).singleElement()
            .satisfies(a -> assertThat(a.wouldBreak()).isEqualTo(RosterConstraintProvider.CONTRACT_MAXIMUM_HOURS_PER_MONTH)));
  }

  @Test
  void aHistoryThatCarriesNothingLeavesTheRosterAsItWas() throws Exception {
    RosterPlanner.Result without = plan(ONE, null);
    // Friday worked, the weekend off: no run reaches Monday, and no rule reads the weekends
    RosterPlanner.Result r = plan(ONE, "employee,date,shift,skill,start,end\nan,2027-07-02,early,tax,08:00,16:00\n");
    assertThat(week(r)).isEqualTo(week(without));
    assertThat(r.roster().getScore()).isEqualTo(without.roster().getScore());
    assertThat(r.problem().notes()).isEmpty();
  }

  @Test
  void aBadHistoryIsEveryProblemAtItsLineAndColumn() throws Exception {
    ScenarioException e = catchThrowableOfType(() -> plan(ONE, """
        employee,date,shift
        an,2027-07-01,early
        an,2027-07-01,early
        an,2027-07-5,early
        an,2027-07-05,early
        """), ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "3:1: an has a second row on 2027-07-01 (first at line 2); a history gives one shift a day at most",
        "4:4: '2027-07-5' is not a date like 2027-07-05",
        "5:4: 2027-07-05 is on or after the roster's first day, 2027-07-05; a history holds the days worked before it");
    e = catchThrowableOfType(() -> plan(ONE, "employee,date,shift\nam,2027-07-01,early\nan,2027-07-02,erly\n"),
        ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "2:1: unknown employee 'am' (did you mean 'an'?); the history names people of the employees file",
        "3:15: unknown shift 'erly' (did you mean 'early'?); the employees file's shifts are early");
    e = catchThrowableOfType(() -> plan(ONE, "who,date,shift\n"), ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "1:1: no column 'employee'; a history has the columns employee,date,shift (and skill, as a roster.csv has)");
  }
}
