package chainsim.roster.inrc2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Inrc2TextReaderTest {

  @TempDir Path tmp;

  @Test
  void readsTheN030w4ScenarioAsItsFileStatesIt() {
    Inrc2Scenario sc = Inrc2Files.scenario("n030w4");
    assertThat(sc.weeks()).isEqualTo(4);
    assertThat(sc.skills()).containsExactly("HeadNurse", "Nurse", "Caretaker", "Trainee");
    assertThat(sc.shiftTypes()).containsExactly(new Inrc2Scenario.ShiftType("Early", 2, 5),
        new Inrc2Scenario.ShiftType("Day", 2, 28), new Inrc2Scenario.ShiftType("Late", 2, 5),
        new Inrc2Scenario.ShiftType("Night", 3, 5));
    assertThat(sc.forbiddenAfter().get("Night")).containsExactlyInAnyOrder("Early", "Day", "Late");
    assertThat(sc.allowed("Late", "Early")).isFalse();
    assertThat(sc.allowed("Early", "Night")).isTrue();
    assertThat(sc.contracts().get("HalfTime")).isEqualTo(
        new Inrc2Scenario.Contract("HalfTime", 5, 11, 2, 4, 2, 5, 1, true));
    assertThat(sc.nurses()).hasSize(30);
    assertThat(sc.nurses().get(0)).isEqualTo(
        new Inrc2Scenario.Nurse("HN_0", "FullTime", List.of("HeadNurse", "Nurse", "Caretaker")));
  }

  @Test
  void readsHistoryAndWeekData() {
    Inrc2Scenario sc = Inrc2Files.scenario("n030w4");
    Inrc2History h = Inrc2Files.history("n030w4", sc, 0);
    assertThat(h.of("HN_0")).isEqualTo(new NurseHistory(0, 0, "Night", 4, 4, 0));
    assertThat(h.of("HN_1")).isEqualTo(new NurseHistory(0, 0, null, 0, 0, 5));
    Inrc2WeekData week = Inrc2Files.weeks("n030w4", sc, 9).get(0);
    Inrc2WeekData.Requirement early = week.requirements().stream()
        .filter(r -> r.shift().equals("Early") && r.skill().equals("Caretaker")).findFirst().orElseThrow();
    assertThat(early.minimum()).containsExactly(2, 2, 1, 2, 2, 1, 1);
    assertThat(early.optimal()).containsExactly(3, 3, 3, 2, 2, 1, 1);
  }

  @Test
  void loadsACompetitionInstanceByItsName() {
    Inrc2Instance i = Inrc2Instance.load(Inrc2Files.dir(), "n030w4_1_6-2-9-1");
    assertThat(i.weeks()).hasSize(4);
    assertThat(i.initial().of("HN_0")).isEqualTo(new NurseHistory(0, 0, "Night", 2, 5, 0));
    assertThatThrownBy(() -> Inrc2Instance.load(Inrc2Files.dir(), "n030w4_1_6-2-9"))
        .hasMessage("n030w4_1_6-2-9: 3 weeks named, but scenario n030w4 has 4");
    assertThatThrownBy(() -> Inrc2Instance.load(Inrc2Files.dir(), "n030w4-1"))
        .hasMessageStartingWith("n030w4-1: not an INRC-II instance name");
  }

  // ---- bad input: one line, file:line:column ---------------------------------------------------

  private Path withScenarioLine(String from, String to) throws IOException {
    String text = Files.readString(Inrc2Files.dataset("n005w4").resolve("Sc-n005w4.txt"));
    assertThat(text).contains(from);
    Path file = tmp.resolve("Sc-bad.txt");
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  @Test
  void rejectsANurseWithAnUnknownSkillAtItsLineAndColumn() throws IOException {
    Path file = withScenarioLine("Sara PartTime 1 Nurse", "Sara PartTime 1 Surgeon");
    assertThatThrownBy(() -> Inrc2TextReader.scenario(file)).isInstanceOf(Inrc2FormatException.class)
        .hasMessage("Sc-bad.txt:27:17: unknown skill 'Surgeon'");
  }

  @Test
  void rejectsABadConsecutiveLimit() throws IOException {
    Path file = withScenarioLine("Late (2,3)", "Late (2;3)");
    assertThatThrownBy(() -> Inrc2TextReader.scenario(file))
        .hasMessage("Sc-bad.txt:11:6: expected the consecutive limits of Late as (a,b), found '(2;3)'");
  }

  @Test
  void rejectsAWeekOfAnotherScenarioAndAnUnknownDay() throws IOException {
    Inrc2Scenario sc = Inrc2Files.scenario("n005w4");
    Path other = Inrc2Files.dataset("n030w4").resolve("WD-n030w4-1.txt");
    assertThatThrownBy(() -> Inrc2TextReader.weekData(other, sc))
        .hasMessage("WD-n030w4-1.txt:2:1: the file is for scenario n030w4, not n005w4");
    String week = Files.readString(Inrc2Files.dataset("n005w4").resolve("WD-n005w4-1.txt"));
    Path bad = tmp.resolve("WD-bad.txt");
    Files.writeString(bad, week.replace("Andrea Any Tue", "Andrea Any Tues"));
    assertThatThrownBy(() -> Inrc2TextReader.weekData(bad, sc))
        .hasMessage("WD-bad.txt:13:12: unknown day 'Tues' (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)");
  }
}
