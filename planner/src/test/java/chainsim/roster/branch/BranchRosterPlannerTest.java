package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.planning.Cancellation;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.RosterExplanation.Break;
import chainsim.roster.branch.RosterExplanation.SlotCover;
import chainsim.roster.solver.justification.CoverJustification;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A branch roster from the employees file to the explained roster, with real OptaPlanner. */
class BranchRosterPlannerTest {
  @TempDir Path dir;

  static List<String> cells(Roster roster) {
    return roster.getAssignments().stream()
        .map(a -> a.getId() + "=" + (a.getShiftType() == null ? "-" : a.getShiftType().getId())).toList();
  }

  @Test
  void aSmallBranchIsRosteredWithinEveryHardRule() throws Exception {
    RosterPlanner.Result r = BranchFixture.plan(dir, BranchFixture.SMALL, BranchFixture.request(2, 3_000));
    assertThat(r.explanation().breaks()).isEmpty();
    assertThat(r.explanation().feasible()).isTrue();
    Roster roster = r.roster();
    assertThat(roster.getDays()).hasSize(14);
    assertThat(roster.getStaff()).extracting(m -> m.getId()).containsExactly("an", "bo", "cy", "di", "ed", "pool-1");
    assertThat(r.problem().pool()).isEqualTo(new BranchRoster.Pool(1, 18, 400, 80.0));
    for (DayAssignment a : roster.getAssignments()) {
      LocalDate date = a.getDay().getDate();
      if (a.getStaffMember().getId().equals("di") && a.isWorking()) {
        assertThat(date.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.SATURDAY);
      }
      if (a.getStaffMember().getId().equals("cy") && !date.isBefore(LocalDate.of(2027, 7, 12))
          && !date.isAfter(LocalDate.of(2027, 7, 14))) {
        assertThat(a.isWorking()).as(a.getId()).isFalse();
      }
      if (a.isWorking()) {
        assertThat(a.getStaffMember().isQualifiedFor(a.getShiftType())).as(a.getId()).isTrue();
        assertThat(date.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
      }
    }
    // every weekday has someone on early tax, late tax and early IP
    assertThat(r.explanation().cover()).filteredOn(c -> c.minimum() > 0).allMatch(c -> c.staffed() >= c.minimum());
    assertThat(r.explanation().terms()).extracting(RosterExplanation.Term::hard).containsOnly(0);
  }

  @Test
  void theSameInputsSeedAndStepsGiveTheSameRoster() throws Exception {
    RosterPlanner.Result a = BranchFixture.plan(dir, BranchFixture.SMALL, BranchFixture.request(2, 2_000));
    RosterPlanner.Result b = BranchFixture.plan(dir, BranchFixture.SMALL, BranchFixture.request(2, 2_000));
    assertThat(cells(b.roster())).isEqualTo(cells(a.roster()));
    assertThat(b.explanation().score()).isEqualTo(a.explanation().score());
    assertThat(b.explanation().terms()).isEqualTo(a.explanation().terms());
    // (as text: the justifications hold each solve's own staff, day and shift objects)
    assertThat(b.explanation().breaks()).hasToString(a.explanation().breaks().toString());
    assertThat(b.explanation().notes()).hasToString(a.explanation().notes().toString());
  }

  @Test
  void validDataThatCannotAllBeMetGiveARosterThatSaysWhichHardRulesItBreaksAndWhy() throws Exception {
    // four on early IP every weekday, but only bo, cy and the temporary have IP (cy away three days)
    String yaml = BranchFixture.SMALL.replace("{ shift: early, skill: ip, min: 1, target: 1, max: 2 }",
        "{ shift: early, skill: ip, min: 4, target: 4 }");
    RosterPlanner.Result r = BranchFixture.plan(dir, yaml, BranchFixture.request(2, 3_000));
    RosterExplanation e = r.explanation();
    assertThat(e.feasible()).isFalse();
    assertThat(e.breaks().stream().mapToInt(Break::units).sum()).as("the breaks account for every hard point")
        .isEqualTo(-e.score().hardScore());
    assertThat(e.breaks()).extracting(Break::constraint).containsOnly("Cover below minimum");
    // the words ("needs 4, has ...: 3 with skill ip: cy on leave (training)") are the reports' RosterSentences
    assertThat(e.breaks()).hasSize(10).allMatch(b -> b.who().equals("early/ip"))
        .allMatch(b -> b.justification() instanceof CoverJustification c && c.limit() == 4 && c.staffed() < 4);
    SlotCover tuesday = e.cover().stream().filter(c -> c.day().getDate().equals(LocalDate.of(2027, 7, 13))
        && c.type().getId().equals("early/ip")).findFirst().orElseThrow();
    assertThat(tuesday.shortBecause().skill()).isEqualTo("ip");
    assertThat(tuesday.shortBecause().qualified()).isEqualTo(3);
    assertThat(tuesday.shortBecause().others()).anySatisfy(a -> {
      assertThat(a.staff().getId()).isEqualTo("cy");
      assertThat(a.reason()).isEqualTo(RosterExplanation.Reason.UNAVAILABLE);
    });
    assertThat(e.cover()).filteredOn(RosterExplanation.SlotCover::belowMinimum).hasSize(10)
        .allMatch(c -> c.shortBecause() != null);
  }

  @Test
  void requestsThatDoNotFitTheScenarioAreBadInput() throws Exception {
    BranchFixture.write(dir, BranchFixture.SMALL);
    var scenario = BranchFixture.scenario().scenario();
    Path file = dir.resolve("baseline.yaml");
    RosterPlanner.Listener quiet = new RosterPlanner.Listener() {};
    assertThatThrownBy(() -> RosterPlanner.plan(scenario, file, new RosterPlanner.Request("suzhou-direkt",
        2, null, null, null, null, 10L, 1L, 4, 1, null), quiet, Cancellation.none()))
        .isInstanceOf(RosterInputException.class)
        .hasMessage("--branch suzhou-direkt: no such opening in the scenario; did you mean suzhou-direct?");
    assertThatThrownBy(() -> RosterPlanner.plan(scenario, file, new RosterPlanner.Request("suzhou-partner",
        2, null, null, null, null, 10L, 1L, 4, 1, null), quiet, Cancellation.none()))
        .hasMessage("--branch suzhou-partner is a partner opening: only direct branches and equity channels have staff"
            + " to roster");
    assertThatThrownBy(() -> RosterPlanner.plan(scenario, file, new RosterPlanner.Request("suzhou-direct",
        2, "2027-07-07", null, null, null, 10L, 1L, 4, 1, null), quiet, Cancellation.none()))
        .hasMessage("--start 2027-07-07 is a Wednesday; rosters run in whole weeks from a Monday (e.g. 2027-07-05 or"
            + " 2027-07-12)");
    assertThatThrownBy(() -> RosterPlanner.plan(scenario, file, new RosterPlanner.Request("suzhou-direct",
        8, "2029-12", null, null, null, 10L, 1L, 4, 1, null), quiet, Cancellation.none()))
        .hasMessage("the roster, 2029-12-03 to 2030-01-27, must lie within the scenario's horizon, 2027-01 to 2029-12");
    assertThatThrownBy(() -> RosterPlanner.plan(scenario, file, new RosterPlanner.Request("suzhou-direct",
        2, null, null, LocalDate.of(2027, 7, 9), null, 10L, 1L, 4, 1, null), quiet, Cancellation.none()))
        .hasMessage("--publish-until needs --previous: it says which days of the previous roster are kept as they were");
  }
}
