package chainsim.roster.inrc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.Roster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class InrcXmlReaderTest {

  static Stream<Path> instances() {
    return Inrc2010Files.all().stream();
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Nurses needed per day of the week, summed from the file's text with a regular expression. */
  private static Map<DayOfWeek, Integer> coverPerWeekday(String text) {
    Map<DayOfWeek, Integer> cover = new EnumMap<>(DayOfWeek.class);
    Matcher block = Pattern.compile("<DayOfWeekCover>\\s*<Day>(\\w+)</Day>(.*?)</DayOfWeekCover>", Pattern.DOTALL)
        .matcher(text);
    while (block.find()) {
      Matcher preferred = Pattern.compile("<Preferred>(\\d+)</Preferred>").matcher(block.group(2));
      int sum = 0;
      while (preferred.find()) {
        sum += Integer.parseInt(preferred.group(1));
      }
      cover.put(DayOfWeek.valueOf(block.group(1).toUpperCase()), sum);
    }
    return cover;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void readsEveryCompetitionFileWithTheCountsItStates(Path file) throws IOException {
    String text = Files.readString(file);
    InrcInstance inrc = InrcXmlReader.read(file);
    Roster roster = InrcRosterMapper.toRoster(inrc);

    String skillsBlock = text.substring(text.indexOf("<Skills>"), text.indexOf("</Skills>"));
    assertThat(roster.getStaff()).hasSize(count(text, "<Employee ID="));
    assertThat(roster.getDays()).hasSize(28);
    assertThat(roster.getSkills()).hasSize(count(skillsBlock, "<Skill>"));
    assertThat(roster.getShiftTypes()).hasSize(count(text, "<Shift ID="));
    assertThat(inrc.contracts()).hasSize(count(text, "<Contract ID="));
    assertThat(inrc.patterns()).hasSize(count(text, "<Pattern ID="));
    assertThat(inrc.dayOffRequests()).hasSize(count(text, "<DayOff "));
    assertThat(inrc.shiftOffRequests()).hasSize(count(text, "<ShiftOff "));
    assertThat(roster.getDayRequests()).hasSize(count(text, "<DayOff ") + count(text, "<DayOn "));
    Map<DayOfWeek, Integer> expected = coverPerWeekday(text);
    assertThat(expected).hasSize(7);
    for (var day : roster.getDays()) {
      int needed = roster.getCoverRequirements().stream()
          .filter(c -> c.day() == day).mapToInt(CoverRequirement::minimum).sum();
      assertThat(needed).as("cover on %s", day).isEqualTo(expected.get(day.getDayOfWeek()));
    }
  }

  @Test
  void theRepositoryHoldsTheSixtyInstancesOfTheThreeTracks() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String track : new String[] {"long", "medium", "sprint"}) {
      for (String set : new String[] {"", "_hidden", "_late"}) {
        for (int i = 1; i <= (track.equals("sprint") ? 10 : 5); i++) {
          names.add(String.format("%s%s%02d.xml", track, set, i));
        }
      }
    }
    assertThat(Inrc2010Files.all()).hasSize(60).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void readsEveryLateAndHiddenInstanceWithTheRulesTheySwitchOn() {
    for (Path file : Inrc2010Files.all()) {
      InrcInstance instance = InrcXmlReader.read(file);
      assertThat(instance.dayCount()).as("%s", file).isEqualTo(28);
    }
    // long_late01: 50 nurses, alternative skill on (weight 10), the part-timers' weekend is Friday to Sunday
    InrcInstance longLate = InrcXmlReader.read(Inrc2010Files.file("long_late01"));
    assertThat(longLate.employees()).hasSize(50);
    assertThat(longLate.contracts()).extracting(c -> c.alternativeSkillCategory().on()).containsOnly(true);
    assertThat(longLate.contracts()).extracting(InrcInstance.Contract::weekendDefinition)
        .containsExactly("SaturdaySunday", "SaturdaySunday", "FridaySaturdaySunday");
    // the two converted from the competition's text format read like the others
    assertThat(InrcXmlReader.read(Inrc2010Files.file("sprint_late10")).employees()).hasSize(10);
    assertThat(InrcXmlReader.read(Inrc2010Files.file("medium_hidden05")).employees()).hasSize(30);
    assertThat(InrcXmlReader.read(Inrc2010Files.file("medium_hidden05")).startDate()).hasToString("2010-06-01");
  }

  @Test
  void readsTheTracksAsTheReadmeDescribesThem() {
    Roster sprint = InrcRosterMapper.load(Inrc2010Files.file("sprint01"));
    Roster medium = InrcRosterMapper.load(Inrc2010Files.file("medium01"));
    Roster longOne = InrcRosterMapper.load(Inrc2010Files.file("long01"));
    assertThat(sprint.getStaff()).hasSize(10);
    assertThat(medium.getStaff()).hasSize(31);
    assertThat(longOne.getStaff()).hasSize(49);
    assertThat(longOne.getSkills()).hasSize(2);
    assertThat(sprint.getDays().get(0).getDate()).hasToString("2010-01-01");
  }

  // ---- bad input -----------------------------------------------------------------------------

  @TempDir Path tmp;

  private Path sprint01With(String from, String to) throws IOException {
    String text = Files.readString(Inrc2010Files.file("sprint01"));
    assertThat(text).contains(from);
    Path file = tmp.resolve("broken.xml");
    Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    return file;
  }

  @Test
  void rejectsAnEmployeeWithAnUnknownSkill() throws IOException {
    Path file = sprint01With("<Name>3</Name>\n      <Skills>\n        <Skill>Nurse</Skill>",
        "<Name>3</Name>\n      <Skills>\n        <Skill>Surgeon</Skill>");
    assertThatThrownBy(() -> InrcXmlReader.read(file)).isInstanceOf(InrcFormatException.class)
        .hasMessage("broken.xml:208: employee 3 has unknown skill 'Surgeon'");
  }

  @Test
  void rejectsAShiftTypeRequiringAnUnknownSkill() throws IOException {
    Path file = sprint01With("<Description>Late</Description>\n      <Skills>\n        <Skill>Nurse</Skill>",
        "<Description>Late</Description>\n      <Skills>\n        <Skill>Pilot</Skill>");
    assertThatThrownBy(() -> InrcXmlReader.read(file))
        .hasMessage("broken.xml:22: shift type L requires unknown skill 'Pilot'");
  }

  @Test
  void rejectsAnEmployeeWithoutContract() throws IOException {
    Path file = sprint01With("<ContractID>1</ContractID>", "");
    assertThatThrownBy(() -> InrcXmlReader.read(file))
        .hasMessage("broken.xml:211: employee 4 has no contract");
  }

  @Test
  void rejectsAnEmployeeWithAnUnknownContract() throws IOException {
    Path file = sprint01With("<ContractID>1</ContractID>", "<ContractID>9</ContractID>");
    assertThatThrownBy(() -> InrcXmlReader.read(file))
        .hasMessage("broken.xml:212: employee 4 has unknown contract '9'");
  }

  @Test
  void rejectsCoverThatNeedsMoreNursesThanThereAre() throws IOException {
    Path file = sprint01With("<Shift>E</Shift>\n        <Preferred>2</Preferred>",
        "<Shift>E</Shift>\n        <Preferred>9</Preferred>");
    assertThatThrownBy(() -> InrcXmlReader.read(file))
        .hasMessage("broken.xml:255: impossible cover: 2010-01-04 needs 13 nurses but there are only 10 employees");
  }

  @Test
  void rejectsMalformedXmlNamingTheLine() throws IOException {
    Path file = sprint01With("</StartDate>", "</StartDat>");
    assertThatThrownBy(() -> InrcXmlReader.read(file)).isInstanceOf(InrcFormatException.class)
        .hasMessageStartingWith("broken.xml:3: malformed XML: ");
  }

  @Test
  void rejectsARequestForAnUnknownEmployee() throws IOException {
    Path file = sprint01With("<EmployeeID>0</EmployeeID>", "<EmployeeID>77</EmployeeID>");
    assertThatThrownBy(() -> InrcXmlReader.read(file))
        .hasMessageMatching("broken\\.xml:\\d+: DayOff request refers to unknown employee '77'");
  }
}
