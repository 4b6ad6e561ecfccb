package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The unwanted patterns read as day bit masks ({@link StaffLine#unwantedPatternsPenalty}) count
 * exactly what the day-by-day reading counts, on random lines of the late instances whose patterns
 * name days of the week, shift types, any shift and free days.
 */
class StaffLinePatternTest {

  @Test
  void bitMasksCountWhatTheDayByDayReadingCounts() {
    long matched = 0;
    for (String name : new String[] {"sprint_late09", "medium_late02", "long_hidden05", "medium_hidden03"}) {
      Roster roster = InrcRosterMapper.load(Inrc2010Files.file(name));
      int types = roster.getPeriod().getShiftTypes().size();
      int days = roster.getDays().size();
      Random random = new Random(11);
      for (StaffMember member : roster.getStaff()) {
        int[] shifts = new int[days];
        StaffLine line = new StaffLine(member, roster.getPeriod(), shifts);
        for (int draw = 0; draw < 200; draw++) {
          double free = random.nextDouble();
          for (int d = 0; d < days; d++) {
            shifts[d] = random.nextDouble() < free ? -1 : random.nextInt(types);
          }
          int expected = line.unwantedPatternsPenaltyDayByDay();
          assertThat(line.unwantedPatternsPenalty()).as("%s %s %s", name, member.getId(),
              java.util.Arrays.toString(shifts)).isEqualTo(expected);
          matched += expected;
        }
      }
    }
    assertThat(matched).isPositive();
  }
}
