package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chainsim.montecarlo.EngineKind;
import chainsim.roster.RosterPlanner;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-rostering a published roster after something changed (Cy is off sick on Friday of the
 * second week): days up to --publish-until stay exactly as published, and each later change costs,
 * so the new roster moves little; without the cost (control) the same search moves much more.
 */
class BranchReRosteringTest {
  static final LocalDate PUBLISH_UNTIL = LocalDate.of(2027, 7, 11);
  static final String SICK = BranchFixture.SMALL.replace(
      "unavailable: [{ from: 2027-07-12, to: 2027-07-14, reason: training }]",
      "unavailable: [{ from: 2027-07-12, to: 2027-07-14, reason: training }, { from: 2027-07-16, to: 2027-07-16,"
          + " reason: sick }]");

  @TempDir Path dir;

  /** The published roster as roster.csv writes it: employee,date,shift,skill (a free day has no row). */
  private Path publish(Roster roster) throws Exception {
    StringBuilder csv = new StringBuilder("employee,date,shift,skill,start,end\n");
    for (DayAssignment a : roster.getAssignments()) {
      if (a.isWorking()) {
        String[] type = a.getShiftType().getId().split("/");
        csv.append(a.getStaffMember().getId()).append(',').append(a.getDay().getDate()).append(',').append(type[0])
            .append(',').append(type[1]).append(",x,y\n");
      }
    }
    Path file = dir.resolve("published.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static Map<String, String> byCell(Roster roster) {
    Map<String, String> out = new HashMap<>();
    roster.getAssignments().forEach(a -> out.put(a.getId(), a.getShiftType() == null ? "-" : a.getShiftType().getId()));
    return out;
  }

  private RosterPlanner.Result replan(String yaml, Path previous, LocalDate until) throws Exception {
    return BranchFixture.plan(dir, yaml, new RosterPlanner.Request("suzhou-direct", 2, null, previous, until,
        null, 500L, 11L, 4, 1, EngineKind.SEQUENTIAL));
  }

  @Test
  void publishedDaysStayAndChangesCostSoTheNewRosterMovesLittle() throws Exception {
    Roster first = BranchFixture.plan(dir, BranchFixture.SMALL, BranchFixture.request(2, 3_000)).roster();
    Map<String, String> before = byCell(first);
    Path published = publish(first);

    RosterPlanner.Result again = replan(SICK, published, PUBLISH_UNTIL);
    BranchRoster.Rerostering rr = again.problem().rerostering();
    assertThat(rr.pinnedCells()).isEqualTo(6 * 7);
    assertThat(rr.publishedCells()).isEqualTo(6 * 7);
    assertThat(again.problem().firstDay()).as("the previous roster's first Monday").isEqualTo(BranchFixture.MONDAY);
    int changed = 0;
    for (DayAssignment a : again.roster().getAssignments()) {
      if (!a.getDay().getDate().isAfter(PUBLISH_UNTIL)) {
        assertThat(a.isPinned()).isTrue();
        assertThat(byCell(again.roster()).get(a.getId())).as(a.getId()).isEqualTo(before.get(a.getId()));
      } else if (a.isChangedFromPublished()) {
        changed++;
      }
    }
    assertThat(again.explanation().breaks()).as("hard rules broken").isEmpty();
    // Cy's sick day must change (if she worked it), and little else
    assertThat(again.roster().getAssignments()).filteredOn(a -> a.getId().equals("cy@2027-07-16"))
        .noneMatch(DayAssignment::isWorking);
    assertThat(changed).isLessThanOrEqualTo(6);

    // control: the same re-roster with changes free moves more days (5 against 3 at seed 11; before issue
    // 17's work transfers and rounds it wandered further, at least 6 more than with the weight: with changes free the search keeps
    // only what improves the roster, so how far it drifts is the search's, not the rule's)
    RosterPlanner.Result free = replan(SICK.replace("weights: {", "weights: { change: 0,"), published,
        PUBLISH_UNTIL);
    long changedFree = free.roster().getAssignments().stream().filter(DayAssignment::isChangedFromPublished).count();
    assertThat(changedFree).isGreaterThan(changed);
    // and it still keeps the pinned days
    assertThat(free.roster().getAssignments()).filteredOn(a -> !a.getDay().getDate().isAfter(PUBLISH_UNTIL))
        .allMatch(a -> byCell(free.roster()).get(a.getId()).equals(before.get(a.getId())));
  }

  @Test
  void withoutPublishUntilNothingIsPinnedButChangesStillCost() throws Exception {
    Roster first = BranchFixture.plan(dir, BranchFixture.SMALL, BranchFixture.request(2, 3_000)).roster();
    RosterPlanner.Result again = replan(BranchFixture.SMALL, publish(first), null);
    assertThat(again.problem().rerostering().pinnedCells()).isZero();
    assertThat(again.roster().getAssignments()).noneMatch(DayAssignment::isPinned);
    assertThat(again.roster().getAssignments().stream().filter(DayAssignment::isChangedFromPublished).count())
        .as("nothing changed in the inputs, so nothing needs to move").isLessThanOrEqualTo(2);
  }

  @Test
  void aLeaverIsANoteAndAnUnknownShiftIsALocatedProblem() throws Exception {
    Path csv = dir.resolve("old.csv");
    Files.writeString(csv, "employee,date,shift,skill\nzz-left,2027-07-05,early,tax\nan,2027-07-05,early,tax\n"
        + "an,2027-07-06,brunch,tax\n");
    ScenarioException e = catchThrowableOfType(() -> replan(BranchFixture.SMALL, csv, null), ScenarioException.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(15);
      assertThat(p.message()).isEqualTo("unknown shift 'brunch'; the employees file's shifts are early, late, sat");
    });
    Files.writeString(csv, "employee,date,shift,skill\nzz-left,2027-07-05,early,tax\nan,2027-07-05,early,tax\n");
    assertThat(replan(BranchFixture.SMALL, csv, null).problem().notes())
        .containsExactly("previous roster: zz-left is not in the employees file; their 1 shift is not kept");
  }

  @Test
  void aMalformedPreviousRosterIsRefusedLineByLine() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "employee,date,shift,skill\nan,2027-07-5,early,tax\nan,2027-07-06,early,tax\n"
        + "an,2027-07-06,late,tax\n");
    ScenarioException e = catchThrowableOfType(() -> PreviousRoster.read(csv), ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "2:4: '2027-07-5' is not a date like 2027-07-05",
        "4:1: an has a second shift on 2027-07-06 (first at line 3); a roster gives at most one shift a day");
    Files.writeString(csv, "who,date,shift\n");
    e = catchThrowableOfType(() -> PreviousRoster.read(csv), ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly(
        "no column 'employee'; a roster.csv has the columns employee,date,shift,skill",
        "no column 'skill'; a roster.csv has the columns employee,date,shift,skill");
  }
}
