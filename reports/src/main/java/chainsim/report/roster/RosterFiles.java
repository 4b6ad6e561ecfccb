package chainsim.report.roster;

import chainsim.report.html.Lang;
import chainsim.roster.RosterPlanner;
import chainsim.roster.domain.StaffMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A roster directory: {@code roster.csv}, {@code roster.html}, {@code roster-summary.md}, {@code calendars/}. */
public final class RosterFiles {
  private RosterFiles() {}

  /** The files and the calendar directory, in the order they are listed to the user. */
  public static List<String> names() {
    return List.of(RosterCsv.FILE, RosterPage.FILE, RosterSummary.FILE, RosterCalendar.DIR + "/");
  }

  /** Writes every file into {@code dir} (a fresh directory: see {@code AtomicDirectory}). */
  public static void write(Path dir, RosterPlanner.Result r, Lang lang, String version) throws IOException {
    write(dir.resolve(RosterCsv.FILE), RosterCsv.write(r.problem(), r.roster()));
    write(dir.resolve(RosterPage.FILE), RosterPage.html(r, lang, version));
    write(dir.resolve(RosterSummary.FILE), RosterSummary.markdown(r));
    Path calendars = Files.createDirectories(dir.resolve(RosterCalendar.DIR));
    java.util.Map<String, String> skills = new java.util.HashMap<>();
    for (var s : r.problem().scenario().skills()) {
      skills.put(s.id(), chainsim.scenario.Label.of(s.label(), lang.code(), s.id()));
    }
    for (StaffMember m : RosterCsv.staffOrder(r.roster())) {
      if (!m.isEmergencyPool()) {
        write(calendars.resolve(RosterCalendar.fileName(m)),
            RosterCalendar.write(r.problem(), r.roster(), m, version, skills));
      }
    }
  }

  /** Calendars are written once per employee; the pool's temporaries have none (they are not the branch's). */
  public static int calendarCount(RosterPlanner.Result r) {
    return (int) r.roster().getStaff().stream().filter(m -> !m.isEmergencyPool()).count();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
