package chainsim.report.roster;

import chainsim.roster.branch.BranchRoster;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.HexFormat;

/**
 * An employee's shifts as an RFC 5545 calendar ({@code calendars/<employee>.ics}) to import or
 * subscribe to. Deterministic: an event's UID is a hash of branch, employee and date (a re-roster
 * that changes the day's shift updates the same event, with SEQUENCE 1), and DTSTAMP is the
 * roster's first day at midnight UTC, not the clock. Times are local to the branch's time zone,
 * defined in the file's VTIMEZONE by the offsets in force around the period. Lines end in CRLF and
 * are folded at 75 octets, as the RFC asks.
 */
public final class RosterCalendar {
  public static final String DIR = "calendars";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private RosterCalendar() {}

  public static String fileName(StaffMember m) {
    return m.getId() + ".ics";
  }

  /**
   * @param skillLabels the words for the skills in the events' summaries (id to label)
   */
  public static String write(BranchRoster problem, Roster roster, StaffMember m, String version,
      java.util.Map<String, String> skillLabels) {
    ZoneId zone = problem.employees().timeZone();
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//chainsim//chainsim plan roster " + version + "//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(problem.branch() + ": " + m.getName()));
    line(out, "X-WR-TIMEZONE:" + zone.getId());
    timeZone(out, zone, problem.firstDay(), problem.lastDay());
    String stamp = problem.firstDay().format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z";
    for (RosterDay d : roster.getDays()) {
      DayAssignment cell = roster.assignment(m, d);
      ShiftType t = cell.getShiftType();
      if (t == null) {
        continue;
      }
      ShiftDef shift = problem.shiftOf().get(t);
      String skill = problem.skillOf().get(t);
      LocalDate date = d.getDate();
      LocalDateTime start = date.atTime(t.getStart());
      LocalDateTime end = date.atTime(t.getEnd());
      if (!end.isAfter(start)) {
        end = end.plusDays(1);
      }
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + uid(problem.branch(), m.getId(), date) + "@chainsim");
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART;TZID=" + zone.getId() + ":" + start.format(LOCAL));
      line(out, "DTEND;TZID=" + zone.getId() + ":" + end.format(LOCAL));
      line(out, "SUMMARY:" + text(shift.name() + " · " + skillLabels.getOrDefault(skill, skill)));
      line(out, "DESCRIPTION:" + text(problem.branch() + ", shift " + shift.id() + " " + t.getStart() + "-"
          + t.getEnd() + ", skill " + skill + (m.isEmergencyPool() ? ", emergency pool" : "")));
      line(out, "LOCATION:" + text(problem.branch()));
      line(out, "SEQUENCE:" + (cell.isChangedFromPublished() ? 1 : 0));
      line(out, "TRANSP:OPAQUE");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /**
   * The zone as the offsets in force from a day before the period to a day after it: one component
   * for the offset at the start, one per transition inside (a zone without summer time, such as
   * Asia/Shanghai, has just the first).
   */
  private static void timeZone(StringBuilder out, ZoneId zone, LocalDate first, LocalDate last) {
    var rules = zone.getRules();
    var from = first.minusDays(1).atStartOfDay(zone).toInstant();
    var to = last.plusDays(2).atStartOfDay(zone).toInstant();
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + zone.getId());
    ZoneOffset offset = rules.getOffset(from);
    component(out, rules.isDaylightSavings(from), "19700101T000000", offset, offset);
    ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && t.getInstant().isBefore(to)) {
      component(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore().format(LOCAL), t.getOffsetBefore(),
          t.getOffsetAfter());
      t = rules.nextTransition(t.getInstant());
    }
    line(out, "END:VTIMEZONE");
  }

  private static void component(StringBuilder out, boolean daylight, String start, ZoneOffset before,
      ZoneOffset after) {
    String kind = daylight ? "DAYLIGHT" : "STANDARD";
    line(out, "BEGIN:" + kind);
    line(out, "DTSTART:" + start);
    line(out, "TZOFFSETFROM:" + offset(before));
    line(out, "TZOFFSETTO:" + offset(after));
    line(out, "END:" + kind);
  }

  /** {@code +0800}: RFC 5545's utc-offset (hours and minutes; seconds only when there are some). */
  private static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    String s = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? s : s + String.format("%02d", abs % 60);
  }

  static String uid(String branch, String employee, LocalDate date) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((branch + "|" + employee + "|" + date).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** TEXT escaping: backslash, semicolon, comma and newline. */
  static String text(String s) {
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** A content line, folded so no line is longer than 75 octets (never inside a UTF-8 character). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
