package chainsim.report.roster;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.planning.Cancellation;
import chainsim.testing.FileTrees;
import chainsim.montecarlo.EngineKind;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.PreviousRoster;
import chainsim.roster.domain.DayAssignment;
import chainsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a roster directory, from a real solve of a small branch (cover given, so no forecast). */
class RosterFilesTest {
  /** The planner tests' small branch (Chinese names, so the zh page is read as a reader reads it). */
  static final String SMALL = read(Path.of("../planner/src/test/resources/roster/small-branch.yaml"));

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }


  @TempDir Path dir;

  private RosterPlanner.Result plan(String yaml) throws Exception {
    Path employees = dir.resolve("employees/suzhou-direct.yaml");
    Files.createDirectories(employees.getParent());
    Files.writeString(employees, yaml);
    return RosterPlanner.plan(ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario(),
        dir.resolve("baseline.yaml"), new RosterPlanner.Request("suzhou-direct", 2, "2027-07-05", null, null,
            null, 2_000L, 3L, 4, 1, EngineKind.SEQUENTIAL), new RosterPlanner.Listener() {}, Cancellation.none());
  }

  private Path write(RosterPlanner.Result r, String name, Lang lang) throws Exception {
    Path out = Files.createDirectories(dir.resolve(name));
    RosterFiles.write(out, r, lang, "test");
    return out;
  }

  private static Map<String, byte[]> files(Path root) throws Exception {
    return FileTrees.bytes(root);
  }

  @Test
  void writesEveryFileAndTheCsvReadsBackAsTheRoster() throws Exception {
    RosterPlanner.Result r = plan(SMALL);
    Path out = write(r, "roster", Lang.ZH);
    assertThat(files(out).keySet()).containsExactly("calendars/an.ics", "calendars/bo.ics", "calendars/cy.ics",
        "calendars/di.ics", "calendars/ed.ics", "roster-summary.md", "roster.csv", "roster.html");
    List<String> csv = Files.readAllLines(out.resolve("roster.csv"));
    assertThat(csv.get(0)).isEqualTo("employee,date,shift,skill,start,end");
    assertThat(csv.get(1)).matches("an,2027-07-\\d\\d,(early|late|sat),tax,\\d\\d:\\d\\d,\\d\\d:\\d\\d");
    PreviousRoster back = PreviousRoster.read(out.resolve("roster.csv"));
    Set<String> worked = new HashSet<>();
    for (DayAssignment a : r.roster().getAssignments()) {
      if (a.isWorking()) {
        worked.add(a.getId() + "=" + a.getShiftType().getId());
      }
    }
    Set<String> read = new HashSet<>();
    back.entries().forEach(e -> read.add(e.employee() + "@" + e.date() + "=" + e.shift() + "/" + e.skill()));
    assertThat(read).isEqualTo(worked);
    // the employees by id, then the pool, each by date
    List<String> order = new ArrayList<>(csv.subList(1, csv.size()));
    assertThat(order).isSortedAccordingTo((a, b) -> {
      boolean poolA = a.startsWith("pool-");
      boolean poolB = b.startsWith("pool-");
      return poolA != poolB ? Boolean.compare(poolA, poolB) : a.compareTo(b);
    });
  }

  @Test
  void calendarsAreRfc5545WithStableIdsAndStamps() throws Exception {
    RosterPlanner.Result r = plan(SMALL);
    Path out = write(r, "roster", Lang.ZH);
    Set<String> uids = new HashSet<>();
    for (String name : List.of("an", "bo", "cy", "di", "ed")) {
      byte[] bytes = Files.readAllBytes(out.resolve("calendars/" + name + ".ics"));
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
      assertThat(text.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n", "\r");
      for (String line : text.split("\r\n")) {
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      }
      String unfolded = text.replace("\r\n ", "");
      long shifts = r.roster().getAssignments().stream()
          .filter(a -> a.getStaffMember().getId().equals(name) && a.isWorking()).count();
      assertThat(count(unfolded, "BEGIN:VEVENT\r\n")).as(name + " events").isEqualTo(shifts);
      assertThat(count(unfolded, "END:VEVENT\r\n")).as(name + " ends").isEqualTo(shifts);
      assertThat(count(unfolded, "DTSTAMP:20270705T000000Z\r\n")).isEqualTo(shifts);
      assertThat(count(unfolded, "DTSTART;TZID=Asia/Shanghai:202707")).isEqualTo(shifts);
      assertThat(unfolded).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000"
          + "\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
      Matcher uid = Pattern.compile("UID:([0-9a-f]{32}@chainsim)\r\n").matcher(unfolded);
      while (uid.find()) {
        assertThat(uids.add(uid.group(1))).as("unique UID").isTrue();
      }
    }
    String bo = Files.readString(out.resolve("calendars/bo.ics")).replace("\r\n ", "");
    assertThat(bo).contains("X-WR-CALNAME:suzhou-direct: 柏文\r\n").containsPattern("SUMMARY:(早班|晚班|周六班) · 财税");
  }

  @Test
  void longLinesFoldAtSeventyFiveOctetsAndUnfoldToThemselves() {
    String text = "DESCRIPTION:" + "苏州直营分公司，".repeat(12) + "a;b,c";
    StringBuilder out = new StringBuilder();
    RosterCalendar.line(out, text);
    String folded = out.toString();
    assertThat(folded.split("\r\n")).hasSizeGreaterThan(3)
        .allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
    assertThat(folded.replace("\r\n ", "")).isEqualTo(text + "\r\n");
    assertThat(RosterCalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
  }

  @Test
  void thePageIsSelfContainedAndSaysWhatEachCellIs() throws Exception {
    RosterPlanner.Result r = plan(SMALL);
    String zh = Files.readString(write(r, "zh", Lang.ZH).resolve("roster.html"));
    assertThat(zh).contains("<html lang=\"zh-CN\">", "Content-Security-Policy", "default-src 'none'",
        "data-grid=\"roster\"", "排班表：suzhou-direct", "覆盖 早班 · 财税");
    assertThat(zh).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link ", "<iframe");
    // a cell per person and day, each with a title saying who, when and what
    Matcher cell = Pattern.compile("<td[^>]* title=\"([^\"]*)\"[^>]* data-cell=\"(an|bo|cy|di|ed|pool-1)@[0-9-]+\"")
        .matcher(zh);
    int cells = 0;
    while (cell.find()) {
      cells++;
    }
    assertThat(cells).isEqualTo(6 * 14);
    assertThat(zh).containsPattern("title=\"崔燕 \\(cy\\) · 2027-07-13 周二\n不可排班 \\(training\\)\"");
    String en = Files.readString(write(r, "en", Lang.EN).resolve("roster.html"));
    assertThat(en).contains("<html lang=\"en\">", "Roster: suzhou-direct", "Hard rules broken");
  }

  @Test
  void aRosterThatBreaksHardRulesShowsWhereAndWhyOnThePageAndInTheSummary() throws Exception {
    RosterPlanner.Result r = plan(SMALL.replace("{ shift: early, skill: ip, min: 1, target: 1, max: 2 }",
        "{ shift: early, skill: ip, min: 4, target: 4 }"));
    Path out = write(r, "roster", Lang.EN);
    String html = Files.readString(out.resolve("roster.html"));
    assertThat(html).contains("class=\"short-min\"", "Cover below minimum", "needs 4, has ");
    String md = Files.readString(out.resolve("roster-summary.md"));
    assertThat(md).contains("**The roster breaks hard rules** the data do not let it keep",
        "| Cover below minimum | 2027-07-05 | early/ip |", "## Soft costs by term", "## People");
    // (moved from the planner's test, now that the words live here) Tuesday: cy is away training
    assertThat(md).containsPattern("\\| Cover below minimum \\| 2027-07-13 \\| early/ip \\| \\d \\| needs 4, has \\d: "
        + "3 with skill ip: [^|]*cy on leave \\(training\\)");
    assertThat(md).doesNotContain("Every hard rule is kept");
    // the Chinese page says the same in Chinese: the sentences, not only the rule names
    String zh = Files.readString(write(r, "zh", Lang.ZH).resolve("roster.html"));
    assertThat(zh).contains("低于最低覆盖", "需要 4 人，实有 ", "具备技能 ip 的 3 人：", "cy 休假（training）")
        .doesNotContain("needs 4, has ", "with skill ip", "on leave (training)");
  }

  @Test
  void theSameRosterGivesTheSameBytes() throws Exception {
    Map<String, byte[]> first = files(write(plan(SMALL), "a", Lang.ZH));
    Map<String, byte[]> second = files(write(plan(SMALL), "b", Lang.ZH));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void theRosterWordsExistInBothLanguages() {
    Map<String, String> zh = Labels.of(Lang.ZH).with(RosterPage.class, "labels").all();
    Map<String, String> en = Labels.of(Lang.EN).with(RosterPage.class, "labels").all();
    assertThat(zh.keySet()).isEqualTo(en.keySet());
  }

  private static long count(String text, String part) {
    return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }

  @Test
  void aRuleBrokenAcrossTheHistorysBorderSaysSo() throws Exception {
    // Monday's early shifts were published and are pinned; the days actually worked before them were an's
    // late Sunday (to 22:00) and bo's six days in a row
    Path employees = dir.resolve("employees/suzhou-direct.yaml");
    Files.createDirectories(employees.getParent());
    Files.writeString(employees, """
        branch: suzhou-direct
        shifts:
          - { id: early, start: "08:00", end: "16:00" }
          - { id: late, start: "14:00", end: "22:00", days: [sun] }
        cover:
          - { shift: early, skill: tax, min: 0, target: 1 }
        weights: { pool_hours_per_month: 0 }
        contracts:
          - { id: full, kind: full_time, hours_per_week: 40, max_consecutive_days: 6, min_rest_hours: 11 }
        employees:
          - { id: an, contract: full, skills: [tax] }
          - { id: bo, contract: full, skills: [tax] }
        """);
    Path published = dir.resolve("published.csv");
    Files.writeString(published, "employee,date,shift,skill\nan,2027-07-05,early,tax\nbo,2027-07-05,early,tax\n");
    StringBuilder worked = new StringBuilder("employee,date,shift\nan,2027-07-04,late\n");
    for (int d = 29; d <= 30; d++) {
      worked.append("bo,2027-06-").append(d).append(",early\n");
    }
    for (int d = 1; d <= 4; d++) {
      worked.append("bo,2027-07-0").append(d).append(",early\n");
    }
    Path history = dir.resolve("worked.csv");
    Files.writeString(history, worked);
    RosterPlanner.Result r = RosterPlanner.plan(ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario(),
        dir.resolve("baseline.yaml"), new RosterPlanner.Request("suzhou-direct", 1, "2027-07-05", published,
            java.time.LocalDate.of(2027, 7, 5), null, 1_000L, 3L, 4, 1, EngineKind.SEQUENTIAL, history),
        new RosterPlanner.Listener() {}, Cancellation.none());
    RosterSentences en = RosterSentences.of(r, Lang.EN);
    assertThat(r.explanation().breaks()).extracting(en::why).containsExactly(
        "late/tax on 07-04 Sun (worked before the roster, --history) ends 22:00, early/tax on 07-05 Mon starts 08:00:"
            + " 10 h rest, contract asks 11 h",
        "7 days in a row to 07-05 Mon, 6 of them worked before the roster (--history), contract maximum 6");
    assertThat(RosterSentences.of(r, Lang.ZH).why(r.explanation().breaks().get(1)))
        .isEqualTo("连续工作 7 天至 07-05 周一，其中 6 天在排班前已上（--history），合同上限 6 天");
  }
}
