package chainsim.roster.branch;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.tree.Names;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A roster published before, read from its {@code roster.csv} (columns {@code employee}, {@code date},
 * {@code shift} and {@code skill} by header name; others are ignored). A row is a shift worked; a
 * day without a row is a free day. The roster it was covers the whole weeks (Monday to Sunday) its
 * rows touch.
 */
public record PreviousRoster(Path file, List<Entry> entries) {

  /** One shift worked, where it is in the file (1-based line; columns of the shift and skill fields). */
  public record Entry(String employee, LocalDate date, String shift, String skill, int line, int shiftColumn,
      int skillColumn) {}

  public static final List<String> REQUIRED = List.of("employee", "date", "shift", "skill");

  public PreviousRoster {
    entries = List.copyOf(entries);
  }

  /** The Monday of the first week the rows touch (null when there are none). */
  public LocalDate firstDay() {
    return entries.stream().map(Entry::date).min(LocalDate::compareTo)
        .map(d -> d.minusDays(d.getDayOfWeek().getValue() - 1L)).orElse(null);
  }

  /** The Sunday of the last week the rows touch (null when there are none). */
  public LocalDate lastDay() {
    return entries.stream().map(Entry::date).max(LocalDate::compareTo)
        .map(d -> d.plusDays(DayOfWeek.SUNDAY.getValue() - d.getDayOfWeek().getValue())).orElse(null);
  }

  /** Reads the file; every malformed row is a located problem. */
  public static PreviousRoster read(Path file) throws ScenarioException {
    List<String> lines = lines(file);
    Columns columns = columns(file, lines.get(0));
    return new PreviousRoster(file, rows(file, lines, columns));
  }

  /** The file's lines, at least one (the header). */
  static List<String> lines(Path file) throws ScenarioException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw single(file, 1, 1, "file not found");
    } catch (MalformedInputException e) {
      throw single(file, 1, 1, "the file is not valid UTF-8 text");
    } catch (IOException e) {
      throw single(file, 1, 1, "cannot read the file: " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw single(file, 1, 1, "empty file; a roster.csv starts with the header employee,date,shift,skill");
    }
    return lines;
  }

  /** Where the header puts the {@link #REQUIRED} columns, and how many fields a row has. */
  private record Columns(int fields, int employee, int date, int shift, int skill) {}

  private static Columns columns(Path file, String headerLine) throws ScenarioException {
    String header = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
    List<String> names = fields(header).stream().map(f -> f.text().trim()).toList();
    List<Problem> problems = new ArrayList<>();
    for (String column : REQUIRED) {
      if (!names.contains(column)) {
        problems.add(new Problem(file, 1, 1, "", "no column " + Names.quote(column)
            + "; a roster.csv has the columns employee,date,shift,skill"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new Columns(names.size(), names.indexOf("employee"), names.indexOf("date"), names.indexOf("shift"),
        names.indexOf("skill"));
  }

  /** Every row after the header that is not blank, or every problem the rows have. */
  private static List<Entry> rows(Path file, List<String> lines, Columns columns) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      if (!lines.get(n).isBlank()) {
        Entry e = row(file, lines.get(n), n + 1, columns, seen, problems);
        if (e != null) {
          entries.add(e);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return entries;
  }

  /**
   * One row: all its fields, a date, an employee, shift and skill, and the employee's only shift that
   * day ({@code seen}: the line of each employee's day so far); null with a problem when not.
   */
  private static Entry row(Path file, String row, int line, Columns columns, Map<String, Integer> seen,
      List<Problem> problems) {
    List<Field> f = fields(row);
    if (f.size() < columns.fields()) {
      problems.add(new Problem(file, line, row.length() + 1, "", "expected " + columns.fields() + " fields, found "
          + f.size()));
      return null;
    }
    Field employee = f.get(columns.employee());
    Field date = f.get(columns.date());
    Field shift = f.get(columns.shift());
    Field skill = f.get(columns.skill());
    LocalDate day;
    try {
      day = LocalDate.parse(date.text().trim());
    } catch (DateTimeParseException e) {
      problems.add(new Problem(file, line, date.column(), "", Names.quote(date.text()) + " is not a date like 2027-07-05"));
      return null;
    }
    String who = employee.text().trim();
    if (who.isEmpty() || shift.text().isBlank() || skill.text().isBlank()) {
      problems.add(new Problem(file, line, 1, "", "employee, shift and skill must not be empty"));
      return null;
    }
    Integer before = seen.put(who + "@" + day, line);
    if (before != null) {
      problems.add(new Problem(file, line, employee.column(), "", who + " has a second shift on " + day
          + " (first at line " + before + "); a roster gives at most one shift a day"));
      return null;
    }
    return new Entry(who, day, shift.text().trim(), skill.text().trim(), line, shift.column(), skill.column());
  }

  static ScenarioException single(Path file, int line, int column, String message) {
    return new ScenarioException(List.of(new Problem(file, line, column, "", message)));
  }

  record Field(String text, int column) {}

  /** Comma-separated fields with their 1-based columns; a field may be double-quoted. */
  static List<Field> fields(String row) {
    List<Field> out = new ArrayList<>();
    int i = 0;
    while (i <= row.length()) {
      int start = i;
      StringBuilder text = new StringBuilder();
      if (i < row.length() && row.charAt(i) == '"') {
        i++;
        while (i < row.length()) {
          char c = row.charAt(i);
          if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
            text.append('"');
            i += 2;
          } else if (c == '"') {
            i++;
            break;
          } else {
            text.append(c);
            i++;
          }
        }
        while (i < row.length() && row.charAt(i) != ',') {
          i++;
        }
      } else {
        while (i < row.length() && row.charAt(i) != ',') {
          text.append(row.charAt(i++));
        }
      }
      out.add(new Field(text.toString(), start + 1));
      i++;
    }
    return out;
  }
}
