package chainsim.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The roster planner's own parsing; the planner from the employees file to the explained roster is
 * tested in {@code roster.branch.BranchRosterPlannerTest}, next to the fixtures it shares.
 */
class RosterPlannerTest {
  @Test
  void aStartMonthMeansItsFirstMonday() {
    assertThat(RosterPlanner.parseStart("2027-07", "--start")).isEqualTo(LocalDate.of(2027, 7, 5));
    assertThat(RosterPlanner.parseStart("2027-03", "--start")).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThatThrownBy(() -> RosterPlanner.parseStart("soon", "--start"))
        .hasMessage("--start 'soon' is not a date (2027-07-05) or a month (2027-07)");
  }
}
