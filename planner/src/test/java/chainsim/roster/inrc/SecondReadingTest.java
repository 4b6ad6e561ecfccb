package chainsim.roster.inrc;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.inrc.InrcInstance.Employee;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluator against {@link CompetitionSecondReading}, constraint by constraint: on random
 * rosters with exact cover for every instance of the three tracks, and on a solver's sprint_late02
 * roster that the evaluator's former reading of identical shift types scored 38, below the
 * instance's best known 42 (issue 17).
 */
class SecondReadingTest {

  static Stream<Path> instances() {
    return Inrc2010Files.all().stream();
  }

  /** Non-zero costs by constraint, as the evaluator reports them. */
  private static Map<String, Integer> evaluator(InrcInstance inrc, Map<String, String[]> solution) {
    InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(inrc, solution);
    Map<String, Integer> out = new TreeMap<>(cost.byConstraint());
    out.values().removeIf(v -> v == 0);
    return out;
  }

  /** Each day's cover filled exactly by distinct nurses drawn at random, those with the shift's skills first. */
  static Map<String, String[]> randomRoster(InrcInstance inrc, long seed) {
    Random random = new Random(seed);
    Map<String, String[]> solution = new LinkedHashMap<>();
    inrc.employees().forEach(e -> solution.put(e.id(), new String[inrc.dayCount()]));
    Map<String, List<String>> skills = new HashMap<>();
    inrc.shiftTypes().forEach(t -> skills.put(t.id(), t.skills()));
    for (int d = 0; d < inrc.dayCount(); d++) {
      List<Employee> free = new ArrayList<>(inrc.employees());
      Collections.shuffle(free, random);
      for (Map.Entry<String, Integer> cover : inrc.coverOn(inrc.startDate().plusDays(d)).entrySet()) {
        for (int i = 0; i < cover.getValue(); i++) {
          Employee pick = free.stream().filter(e -> e.skills().containsAll(skills.get(cover.getKey()))).findFirst()
              .orElse(free.get(0));
          free.remove(pick);
          solution.get(pick.id())[d] = cover.getKey();
        }
      }
    }
    return solution;
  }

  /** A roster in the competition's solution format ({@code <Assignment>}: Date, Employee, ShiftType). */
  static Map<String, String[]> readSolution(InrcInstance inrc, Path file) {
    Map<String, String[]> solution = new LinkedHashMap<>();
    inrc.employees().forEach(e -> solution.put(e.id(), new String[inrc.dayCount()]));
    for (XmlElement a : XmlElement.parse(file).children("Assignment")) {
      int day = (int) (LocalDate.parse(a.child("Date").text()).toEpochDay() - inrc.startDate().toEpochDay());
      solution.get(a.child("Employee").text())[day] = a.child("ShiftType").text();
    }
    return solution;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void bothReadingsAgreeOnARandomRoster(Path file) {
    InrcInstance inrc = InrcXmlReader.read(file);
    for (long seed = 1; seed <= 3; seed++) {
      Map<String, String[]> roster = randomRoster(inrc, seed);
      assertThat(evaluator(inrc, roster)).as("seed %d", seed).isEqualTo(CompetitionSecondReading.cost(inrc, roster));
    }
  }

  @Test
  void theSprintLate02RosterThatCost38UnderTheFormerReadingCosts42() {
    InrcInstance inrc = InrcXmlReader.read(Inrc2010Files.file("sprint_late02"));
    Map<String, String[]> roster = readSolution(inrc,
        Path.of("src/test/resources/inrc2010/sprint_late02-38-under-the-former-reading.solution.xml"));
    InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(inrc, roster);
    assertThat(cost.feasible()).isTrue();
    assertThat(evaluator(inrc, roster)).isEqualTo(CompetitionSecondReading.cost(inrc, roster));
    // Four half-worked Saturday-Sunday weekends, each worked on Saturday only (E): nurse 5 on 2 and
    // 23 January, nurse 4 on the 9th, nurse 1 on the 16th. Each costs 1 for complete weekends and 1
    // for identical shift types (E misses Sunday); the former reading charged only the first, so 38.
    assertThat(evaluator(inrc, roster)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "MinConsecutiveWorkingDays", 3, "MinConsecutiveFreeDays", 1, "CompleteWeekends", 4,
        "IdenticalShiftTypesDuringWeekend", 4, "DayOffRequests", 30));
    assertThat(cost.total()).isEqualTo(42);
  }
}
