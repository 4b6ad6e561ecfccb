package chainsim.cli;

import static chainsim.cli.ScenarioCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.testing.FileTrees;
import chainsim.roster.branch.PreviousRoster;
import chainsim.scenario.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainsim plan roster} as a user runs it on the baseline's direct branch. */
class RosterPlanCommandTest {
  static final String BASELINE = "../scenarios/baseline.yaml";
  static final String EMPLOYEES = "../scenarios/employees/suzhou-direct.yaml";
  static final String[] QUICK = {"--replications", "4", "--threads", "1", "--steps", "1500"};

  @TempDir Path dir;

  private static CliRun roster(String scenario, String... args) {
    String[] all = new String[args.length + QUICK.length + 6];
    all[0] = "plan";
    all[1] = "roster";
    all[2] = scenario;
    all[3] = "--branch";
    all[4] = "suzhou-direct";
    all[5] = "--weeks=4";
    System.arraycopy(args, 0, all, 6, args.length);
    System.arraycopy(QUICK, 0, all, 6 + args.length, QUICK.length);
    return run(all);
  }

  /** The baseline and its employees file copied into the test's directory, the employees file edited. */
  private Path copy(String from, String to) throws Exception {
    Files.writeString(dir.resolve("baseline.yaml"), Files.readString(Path.of(BASELINE)));
    Path employees = dir.resolve("employees/suzhou-direct.yaml");
    Files.createDirectories(employees.getParent());
    String text = Files.readString(Path.of(EMPLOYEES), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(employees, text.replace(from, to), StandardCharsets.UTF_8);
    return dir.resolve("baseline.yaml");
  }

  private static Map<String, byte[]> files(Path root) throws Exception {
    return FileTrees.bytes(root);
  }

  @Test
  void rostersTheBaselineBranchAndSaysWhereItsFilesAre() throws Exception {
    Path out = dir.resolve("roster");
    CliRun r = roster(BASELINE, "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.err()).contains("Forecasting the workload: 4 replications of months 1 to 8 (cover for months 7 to 8)",
        "Solving: 8 employees + 2 from the pool, 28 days, 9 shift types (1,500 steps, time limit 30s)");
    assertThat(r.out()).contains(
        "Roster for suzhou-direct (suzhou-baseline), 2027-07-05 to 2027-08-01 (4 weeks): 8 employees + 2 from the"
            + " emergency pool",
        "  cover derived from the forecast: target P90, minimum the median (4 replications)",
        "Roster written to " + out, "  " + out.resolve("roster.csv"), "  " + out.resolve("roster.html"),
        "  " + out.resolve("roster-summary.md"), "  " + out.resolve("calendars") + "/ (8 calendars, one per employee)");
    assertThat(r.out()).containsPattern("minimum met on \\d+ of \\d+ slots, target on \\d+");
    assertThat(files(out).keySet()).contains("roster.csv", "roster.html", "roster-summary.md",
        "calendars/chen-jing.ics", "calendars/zhu-lei.ics").hasSize(11);
    // the csv reads back; everyone is on the roster, no one twice a day
    PreviousRoster csv = PreviousRoster.read(out.resolve("roster.csv"));
    assertThat(csv.entries()).extracting(PreviousRoster.Entry::employee)
        .contains("chen-jing", "lin-tao", "ma-ting", "sun-li", "wu-hao", "xu-yan", "zhou-min", "zhu-lei");
    assertThat(csv.entries()).filteredOn(e -> e.employee().equals("wu-hao"))
        .noneMatch(e -> e.date().toString().compareTo("2027-07-19") >= 0 && e.date().toString().compareTo("2027-07-23") <= 0);
    String ics = Files.readString(out.resolve("calendars/chen-jing.ics"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n");
    String html = Files.readString(out.resolve("roster.html"));
    assertThat(html).contains("data-grid=\"roster\"", "default-src 'none'").doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(Files.readString(out.resolve("roster-summary.md"))).contains("# Roster: suzhou-direct (suzhou-baseline)",
        "Cover derived from the simulator's forecast (4 replications)");

    CliRun again = roster(BASELINE, "--out", out.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("chainsim: " + out + " exists; use --force to replace it or --out to write"
        + " elsewhere\n");
  }

  @Test
  void theSameInputsSeedAndStepsGiveByteIdenticalFiles() throws Exception {
    CliRun a = roster(BASELINE, "--out", dir.resolve("a").toString(), "--seed", "5");
    CliRun b = roster(BASELINE, "--out", dir.resolve("b").toString(), "--seed", "5");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    Map<String, byte[]> first = files(dir.resolve("a"));
    Map<String, byte[]> second = files(dir.resolve("b"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void aHistoryThatCarriesNothingGivesByteIdenticalFiles() throws Exception {
    // without the soft pairs of days off no rule reads a run of days off; four weeks look back at no weekend
    Path scenario = copy("    min_consecutive_days_off: 2 # soft: days off come in pairs\n", "");
    CliRun a = roster(scenario.toString(), "--out", dir.resolve("a").toString());
    Path history = dir.resolve("worked.csv");
    // chen-jing worked Friday, zhou-min had it off (a row without a shift), the weekend was free: no run reaches Monday
    Files.writeString(history, "employee,date,shift\nchen-jing,2027-07-02,early\nzhou-min,2027-07-02,\n");
    CliRun b = roster(scenario.toString(), "--out", dir.resolve("b").toString(), "--history", history.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    Map<String, byte[]> first = files(dir.resolve("a"));
    Map<String, byte[]> second = files(dir.resolve("b"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void badHistoriesAreLocatedOneLineErrorsAndWriteNothing() throws Exception {
    Path out = dir.resolve("never");
    Path history = dir.resolve("worked.csv");
    String shown = Problem.displayPath(history);
    Files.writeString(history, "employee,date,shift\nsun-li,2027-07-02,early\nsun-li,2027-07-02,late\n"
        + "sun-li,2027-07-05,early\nsun-li,2027-6-30,early\n");
    CliRun shape = roster(BASELINE, "--out", out.toString(), "--history", history.toString());
    assertThat(shape.exit()).isEqualTo(2);
    assertThat(shape.err()).isEqualTo(
        shown + ":3:1: sun-li has a second row on 2027-07-02 (first at line 2); a history gives one shift a day at most\n"
        + shown + ":4:8: 2027-07-05 is on or after the roster's first day, 2027-07-05; a history holds the days worked"
        + " before it\n"
        + shown + ":5:8: '2027-6-30' is not a date like 2027-07-05\n");
    Files.writeString(history, "employee,date,shift\nsun-lee,2027-07-02,early\nsun-li,2027-07-02,lat\n");
    CliRun names = roster(BASELINE, "--out", out.toString(), "--history", history.toString());
    assertThat(names.exit()).isEqualTo(2);
    assertThat(names.err()).isEqualTo(
        shown + ":2:1: unknown employee 'sun-lee' (did you mean 'sun-li'?); the history names people of the employees"
        + " file\n"
        + shown + ":3:19: unknown shift 'lat' (did you mean 'late'?); the employees file's shifts are early, late, sat\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void reRosteringKeepsThePublishedDaysAndChangesLittle() throws Exception {
    Path scenario = copy("  - id: wu-hao", "  - id: wu-hao");
    Path first = dir.resolve("first");
    assertThat(roster(scenario.toString(), "--out", first.toString()).exit()).isZero();
    // zhu-lei falls ill for the third week; the first two are published
    copy("      - { date: 2027-07-16, wants: day_off, weight: 5000 }  # moving house",
        "      - { date: 2027-07-16, wants: day_off, weight: 5000 }\n    unavailable: [{ from: 2027-07-19, to: 2027-07-23,"
            + " reason: sick }]");
    Path second = dir.resolve("second");
    CliRun r = roster(scenario.toString(), "--out", second.toString(), "--previous", first.resolve("roster.csv").toString(),
        "--publish-until", "2027-07-18");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("re-rostered: days up to 2027-07-18 pinned; \\d+ of \\d+ published days changed");
    List<String> before = Files.readAllLines(first.resolve("roster.csv"));
    List<String> after = Files.readAllLines(second.resolve("roster.csv"));
    assertThat(after.stream().filter(l -> l.matches("[^,]+,2027-07-(0[5-9]|1[0-8]),.*")).toList())
        .isEqualTo(before.stream().filter(l -> l.matches("[^,]+,2027-07-(0[5-9]|1[0-8]),.*")).toList());
    assertThat(after).noneMatch(l -> l.matches("zhu-lei,2027-07-(19|2[0-3]),.*"));
    assertThat(Files.readString(second.resolve("calendars/zhu-lei.ics")))
        .doesNotContainPattern("DTSTART;TZID=Asia/Shanghai:2027(0719|072[0-3])");
    if (before.stream().anyMatch(l -> l.matches("[^,]+,2027-07-(19|2[0-3]),.*"))) {
      // a day someone else now works instead of before: their calendar says the event changed
      assertThat(files(second.resolve("calendars")).values().stream().map(b -> new String(b, StandardCharsets.UTF_8)))
          .anyMatch(t -> t.contains("SEQUENCE:1\r\n"));
    }
    assertThat(Files.readString(second.resolve("roster-summary.md"))).contains("## Re-rostering",
        "days up to 2027-07-18 pinned (140 cells)");
  }

  @Test
  void badEmployeesFilesAreLocatedOneLineErrorsAndWriteNothing() throws Exception {
    Path out = dir.resolve("never");
    Path employees = dir.resolve("employees/suzhou-direct.yaml");
    String shown = Problem.displayPath(employees);

    CliRun unknownSkill = roster(copy("    name: 孙丽\n    contract: full_time\n    skills: [tax]\n",
        "    name: 孙丽\n    contract: full_time\n    skills: [taxes]\n").toString(), "--out", out.toString());
    assertThat(unknownSkill.exit()).isEqualTo(2);
    assertThat(unknownSkill.err()).isEqualTo(shown
        + ":69:14: employees[sun-li].skills[0]: unknown skill 'taxes'; did you mean 'tax'?\n");

    CliRun noContract = roster(copy("    name: 朱磊\n    contract: full_time\n", "    name: 朱磊\n").toString(), "--out",
        out.toString());
    assertThat(noContract.exit()).isEqualTo(2);
    assertThat(noContract.err()).isEqualTo(shown + ":79:5: employees[zhu-lei]: employee 'zhu-lei' has no contract; add"
        + " contract: <id> (one of full_time, part_time)\n");

    CliRun impossible = roster(copy("skills: [certification, tax, ip]   #", "skills: [certification, tax, ip, financing]   #")
        .toString(), "--out", out.toString());
    assertThat(impossible.exit()).isEqualTo(2);
    assertThat(impossible.err()).isEqualTo(shown + ":16:34: skills[3]: impossible cover: no employee has skill"
        + " 'financing'; add someone who has it or remove it from skills\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void badOptionsAreOneLineErrors() throws Exception {
    Path out = dir.resolve("never");
    CliRun monday = roster(BASELINE, "--out", out.toString(), "--start", "2027-07-07");
    assertThat(monday.exit()).isEqualTo(2);
    assertThat(monday.err()).isEqualTo("chainsim: --start 2027-07-07 is a Wednesday; rosters run in whole weeks from a"
        + " Monday (e.g. 2027-07-05 or 2027-07-12)\n");
    CliRun branch = run("plan", "roster", BASELINE, "--branch", "suzhou-partner", "--weeks", "4", "--out", out.toString());
    assertThat(branch.exit()).isEqualTo(2);
    assertThat(branch.err()).isEqualTo("chainsim: --branch suzhou-partner is a partner opening: only direct branches"
        + " and equity channels have staff to roster\n");
    CliRun until = roster(BASELINE, "--out", out.toString(), "--publish-until", "2027-07-11");
    assertThat(until.err()).isEqualTo("chainsim: --publish-until needs --previous: it says which days of the previous"
        + " roster are kept as they were\n");
    CliRun previous = roster(BASELINE, "--out", out.toString(), "--previous", dir.resolve("none.csv").toString());
    assertThat(previous.exit()).isEqualTo(2);
    assertThat(previous.err()).isEqualTo(Problem.displayPath(dir.resolve("none.csv")) + ":1:1: file not found\n");
    CliRun weeks = run("plan", "roster", BASELINE, "--branch", "suzhou-direct", "--weeks", "40");
    assertThat(weeks.err()).isEqualTo("chainsim: --weeks must be between 1 and 26, not 40\n");
    CliRun missing = run("plan", "roster", BASELINE, "--weeks", "4");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--branch=ID'");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpListsTheOptions() {
    CliRun help = run("plan", "roster", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--branch=ID", "--weeks=N", "--start=DATE|MONTH", "--previous=CSV",
        "--publish-until=DATE", "--out=DIR", "--force", "--time-limit=T", "--steps=N", "--seed=S", "Exit codes:");
    assertThat(run("plan", "--help").out()).contains("roster");
  }
}
