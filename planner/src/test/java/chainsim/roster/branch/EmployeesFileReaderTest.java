package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chainsim.roster.branch.EmployeesFile.Wish;
import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The employees file: what it reads, and every kind of mistake as a located one-line problem. */
class EmployeesFileReaderTest {
  static final List<String> SKILLS = List.of("certification", "tax", "ip", "financing");

  @TempDir Path dir;

  private List<String> problems(String yaml) throws Exception {
    Path file = BranchFixture.write(dir, yaml);
    ScenarioException e = catchThrowableOfType(() -> EmployeesFileReader.read(file, SKILLS), ScenarioException.class);
    assertThat(e).as("the file should not read").isNotNull();
    String prefix = Problem.displayPath(file) + ":";
    return e.problems().stream().map(p -> p.format().substring(prefix.length())).toList();
  }

  @Test
  void readsTheBaselineBranchsFile() throws Exception {
    EmployeesFile f = EmployeesFileReader.read(Path.of("../scenarios/employees/suzhou-direct.yaml"), SKILLS);
    assertThat(f.branch()).isEqualTo("suzhou-direct");
    assertThat(f.shifts()).extracting(EmployeesFile.ShiftDef::id).containsExactly("early", "late", "sat");
    assertThat(f.shift("late").orElseThrow().start()).isEqualTo(LocalTime.of(12, 30));
    assertThat(f.shift("sat").orElseThrow().days()).containsExactly(DayOfWeek.SATURDAY);
    assertThat(f.skills()).containsExactly("certification", "tax", "ip");
    assertThat(f.coverGiven()).isFalse();
    assertThat(f.employees()).hasSize(8);
    var wu = f.employees().stream().filter(e -> e.id().equals("wu-hao")).findFirst().orElseThrow();
    assertThat(wu.onLeave(LocalDate.of(2027, 7, 21))).isTrue();
    var xu = f.employees().stream().filter(e -> e.id().equals("xu-yan")).findFirst().orElseThrow();
    assertThat(xu.unavailableOn(LocalDate.of(2027, 7, 8))).as("a Thursday").isTrue();
    var zhou = f.employees().stream().filter(e -> e.id().equals("zhou-min")).findFirst().orElseThrow();
    assertThat(zhou.requests()).extracting(EmployeesFile.RequestDef::wish).containsExactly(Wish.SHIFT_OFF, Wish.SHIFT_ON);
    assertThat(f.contract("part_time").orElseThrow().maxShiftsPerWeek()).isEqualTo(3);
    assertThat(f.weights().request()).isEqualTo(4000);
  }

  @Test
  void anUnknownSkillIsNamedWithTheClosestOne() throws Exception {
    String yaml = BranchFixture.SMALL.replace("skills: [tax, ip], requests", "skills: [tax, ipp], requests");
    assertThat(problems(yaml)).containsExactly(
        "17:55: employees[bo].skills[1]: unknown skill 'ipp'; did you mean 'ip'?");
  }

  @Test
  void anEmployeeWithoutAContractIsRefused() throws Exception {
    String yaml = BranchFixture.SMALL.replace("{ id: an, name: 安然, contract: full, skills: [tax] }",
        "{ id: an, name: 安然, skills: [tax] }");
    assertThat(problems(yaml)).containsExactly(
        "16:5: employees[an]: employee 'an' has no contract; add contract: <id> (one of full, part)");
  }

  @Test
  void coverOfASkillNobodyHasIsImpossible() throws Exception {
    String yaml = BranchFixture.SMALL.replace("- { shift: sat, skill: tax, min: 0, target: 1 }",
        "- { shift: sat, skill: certification, min: 1, target: 1 }");
    assertThat(problems(yaml)).containsExactly(
        "10:26: cover[3].skill: impossible cover: no employee has skill 'certification'");
  }

  @Test
  void aRosteredSkillNobodyHasIsImpossibleCover() throws Exception {
    String yaml = BranchFixture.SMALL.replace("cover:\n", "skills: [tax, ip, financing]\ncover:\n");
    assertThat(problems(yaml)).containsExactly(
        "6:19: skills[2]: impossible cover: no employee has skill 'financing'; add someone who has it or remove it"
            + " from skills");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() throws Exception {
    String yaml = BranchFixture.SMALL
        .replace("start: \"09:00\"", "start: \"9h\"")
        .replace("contract: part,", "contract: parttime,")
        .replace("{ shift: late, skill: tax, min: 1, target: 1 }", "{ shift: lat, skill: tax, min: 2, target: 1 }")
        .replace("weights: {", "weights: { requests: 5,")
        .replace("wants: day_off", "wants: holiday");
    assertThat(problems(yaml)).containsExactly(
        "5:34: shifts[sat].start: must be a time like 08:30, got '9h'",
        "8:14: cover[1].shift: unknown shift 'lat'; did you mean 'late'?",
        "8:47: cover[1].target: must be at least min (2), not 1",
        "11:12: weights.requests: unknown key 'requests' (did you mean 'request'?)",
        "17:98: employees[bo].requests[0].wants: unknown value 'holiday'; use one of day_off, day_on, shift_off,"
            + " shift_on",
        "19:35: employees[di].contract: unknown contract 'parttime'; contracts are full, part");
  }

  @Test
  void anEntryWithAShapeProblemLeavesTheOthersCheckedAndNamedWhereTheyAre() throws Exception {
    // cover[1] cannot be bound; cover[3] is still cover[3], not the third entry bound
    String yaml = BranchFixture.SMALL
        .replace("{ shift: late, skill: tax, min: 1, target: 1 }", "{ shift: late, skill: tax, min: lots, target: 1 }")
        .replace("- { shift: sat, skill: tax, min: 0, target: 1 }",
            "- { shift: sat, skill: certification, min: 1, target: 1 }");
    assertThat(problems(yaml)).containsExactly(
        "8:37: cover[1].min: expected an integer, got the string 'lots'",
        "10:26: cover[3].skill: impossible cover: no employee has skill 'certification'");
  }

  @Test
  void aDateAloneIsAOneDayLeaveAndAKeySetToNullIsLeftOut() throws Exception {
    String yaml = BranchFixture.SMALL.replace("{ id: ed, name: 鄂东, contract: full, skills: [tax] }",
        "{ id: ed, name: ~, contract: full, skills: [tax], unavailable: [2027-07-07] }");
    EmployeesFile f = EmployeesFileReader.read(BranchFixture.write(dir, yaml), SKILLS);
    var ed = f.employees().stream().filter(e -> e.id().equals("ed")).findFirst().orElseThrow();
    assertThat(ed.name()).isEqualTo("ed");
    assertThat(ed.unavailable()).containsExactly(
        new EmployeesFile.Leave(LocalDate.of(2027, 7, 7), LocalDate.of(2027, 7, 7), null));
    assertThat(ed.line()).isEqualTo(20);
    assertThat(f.cover()).extracting(EmployeesFile.CoverDef::line).containsExactly(7, 8, 9, 10);
    assertThat(f.shift("early").orElseThrow().days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
  }

  @Test
  void aDateTheCalendarDoesNotHaveIsRefused() throws Exception {
    assertThat(problems(BranchFixture.SMALL + "closed: [2027-02-30]\n")).containsExactly(
        "22:10: closed[0]: must be a date like 2027-07-05, got '2027-02-30'");
  }

  @Test
  void aFileThatIsNotThereOrNotYamlIsALocatedProblem() throws Exception {
    ScenarioException missing = catchThrowableOfType(
        () -> EmployeesFileReader.read(dir.resolve("nowhere.yaml"), SKILLS), ScenarioException.class);
    assertThat(missing.problems()).extracting(Problem::message).containsExactly("file not found");
    assertThat(problems("shifts: [\n")).hasSize(1).allMatch(p -> p.matches("\\d+:\\d+: YAML syntax: .*"));
  }
}
