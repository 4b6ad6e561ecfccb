package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.BorderRuns;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WeekendDefinition;
import chainsim.roster.domain.WorkHistory;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-pass readings {@link StaffLine#contractPenalty} sums ({@link StaffLine#runsAndAssignmentsPenalty},
 * {@link StaffLine#weekendsPenalty}) equal what the rules read one by one sum to, on random lines of
 * instances whose contracts switch the rules on with different limits, weights and weekend
 * definitions, with no history and with runs and weekends before the first day (the border cases
 * included: a run the first day continues, one it ends, one already over its maximum).
 */
class StaffLineOnePassTest {

  private static final String[] INSTANCES = {"sprint01", "sprint_late09", "medium_late02", "long_late05",
      "long_hidden05", "medium_hidden01"};

  @Test
  void runsAndAssignmentsInOnePassSumWhatTheSixRulesSum() {
    long both = 0;
    for (Drawn line : (Iterable<Drawn>) () -> lines().iterator()) {
      StaffLine l = line.line();
      int minima = l.minConsecutiveWorkingDaysPenalty() + l.minConsecutiveFreeDaysPenalty()
          + l.maxConsecutiveFreeDaysPenalty() + l.minAssignmentsPenalty();
      int maxima = l.maxConsecutiveWorkingDaysPenalty() + l.maxAssignmentsPenalty();
      assertThat(l.runsAndAssignmentsPenalty(false)).as(line.description()).isEqualTo(minima + maxima);
      assertThat(l.runsAndAssignmentsPenalty(true)).as(line.description()).isEqualTo(minima);
      both += maxima > 0 && minima > 0 ? 1 : 0;
    }
    // the draws reach both kinds of rule at once, not only lines one rule reads
    assertThat(both).isGreaterThan(1000);
  }

  @Test
  void weekendsInOnePassSumWhatTheSixRulesSum() {
    long[] reached = new long[6];
    for (Drawn line : (Iterable<Drawn>) () -> lines().iterator()) {
      StaffLine l = line.line();
      int[] rules = {l.maxConsecutiveWorkingWeekendsPenalty(), l.minConsecutiveWorkingWeekendsPenalty(),
          l.maxWorkingWeekendsInFourWeeksPenalty(), l.completeWeekendsPenalty(),
          l.identicalShiftTypesDuringWeekendPenalty(), l.noNightShiftBeforeFreeWeekendPenalty()};
      assertThat(l.weekendsPenalty()).as(line.description()).isEqualTo(Arrays.stream(rules).sum());
      for (int i = 0; i < rules.length; i++) {
        reached[i] += rules[i] > 0 ? 1 : 0;
      }
    }
    // every rule costs something on some of the lines
    assertThat(Arrays.stream(reached).filter(n -> n == 0)).as(Arrays.toString(reached)).isEmpty();
  }

  private record Drawn(StaffLine line, String description) {
  }

  /** 120 random lines per person of each instance (and per weekend definition, one with every weekend rule on), a third with no history, a third after work, a third after days off. */
  private static List<Drawn> lines() {
    List<Drawn> all = new ArrayList<>();
    for (String name : INSTANCES) {
      Roster roster = InrcRosterMapper.load(Inrc2010Files.file(name));
      int types = roster.getPeriod().getShiftTypes().size();
      int days = roster.getDays().size();
      Random random = new Random(5);
      // INRC-2010 never switches the four-week weekend cap on: a member with every weekend rule on, per definition
      List<StaffMember> members = new ArrayList<>(roster.getStaff());
      for (WeekendDefinition definition : WeekendDefinition.values()) {
        members.add(new StaffMember("weekends-" + definition, "", Contract.builder("weekends-" + definition)
            .maxConsecutiveWorkingWeekends(2, 2).minConsecutiveWorkingWeekends(1, 2).maxWorkingWeekendsInFourWeeks(3, 2)
            .completeWeekends(1).identicalShiftTypesDuringWeekend(2).noNightShiftBeforeFreeWeekend(1)
            .weekendDefinition(definition).build(), Set.of(), false));
      }
      for (StaffMember member : members) {
        for (int draw = 0; draw < 120; draw++) {
          int[] shifts = new int[days];
          double free = random.nextDouble();
          for (int d = 0; d < days; d++) {
            shifts[d] = random.nextDouble() < free ? -1 : random.nextInt(types);
          }
          int weekends = random.nextInt(3);
          int allowance = random.nextInt(2);
          member.setHistory(switch (draw % 3) {
            case 0 -> WorkHistory.NONE;
            case 1 -> new WorkHistory(new BorderRuns(null, 0, 1 + random.nextInt(8), 0), weekends, allowance, 0);
            default -> new WorkHistory(new BorderRuns(null, 0, 0, 1 + random.nextInt(8)), weekends, allowance, 0);
          });
          all.add(new Drawn(new StaffLine(member, roster.getPeriod(), shifts),
              name + " " + member.getId() + " " + member.getHistory() + " " + Arrays.toString(shifts)));
        }
      }
    }
    return all;
  }
}
