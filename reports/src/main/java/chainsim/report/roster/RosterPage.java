package chainsim.report.roster;

import chainsim.report.html.Grid;
import chainsim.report.html.HtmlPage;
import chainsim.report.html.Kpi;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import chainsim.roster.branch.BranchRoster;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.Leave;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.branch.RosterExplanation;
import chainsim.roster.branch.RosterExplanation.Note;
import chainsim.roster.branch.RosterExplanation.SlotCover;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.scenario.Problem;
import chainsim.scenario.Skill;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code roster.html}: employees by days, each cell coloured by its shift and labelled with its
 * skill, the cover of every shift type under them (short slots highlighted), and on hover what a
 * cell is and every rule it breaks or costs. Built on {@link HtmlPage}, so it is one self-contained
 * file that fetches nothing, in Chinese or English.
 */
public final class RosterPage {
  public static final String FILE = "roster.html";
  /** Pale colours per shift of the file, in its order; the text on them stays readable. */
  static final List<String> SHIFT_COLOURS = List.of("#cfe3f7", "#f6d6a8", "#d5ecd4", "#e4d4f4", "#f4d4e4",
      "#d4f0f0", "#efe8c4", "#dcdcdc");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final RosterPlanner.Result result;
  private final BranchRoster problem;
  private final Roster roster;
  private final RosterExplanation explanation;
  private final Labels words;
  private final RosterSentences sentences;
  private final Map<String, String> skillLabels = new HashMap<>();

  private RosterPage(RosterPlanner.Result result, Lang lang) {
    this.result = result;
    this.problem = result.problem();
    this.roster = result.roster();
    this.explanation = result.explanation();
    this.words = Labels.of(lang).with(RosterPage.class, "labels");
    this.sentences = RosterSentences.of(result, lang);
    for (Skill s : problem.scenario().skills()) {
      skillLabels.put(s.id(), chainsim.scenario.Label.of(s.label(), lang.code(), s.id()));
    }
  }

  public static String html(RosterPlanner.Result result, Lang lang, String version) {
    return new RosterPage(result, lang).render(version);
  }

  private String render(String version) {
    int pool = problem.pool().members();
    int employees = roster.getStaff().size() - pool;
    HtmlPage page = new HtmlPage(words, words.format("title", problem.branch()), "chainsim " + version);
    page.subtitle(words.format("subtitle", problem.firstDay(), problem.lastDay(), problem.weeks(), employees,
        pool > 0 ? words.format("subtitle.pool", pool) : "", problem.scenario().name()));
    RosterFigures f = RosterFigures.of(result);
    overview(page.section("overview", words.get("section.overview")), f, page);
    HtmlPage.Section grid = page.section("roster", words.get("section.grid"));
    grid.note(words.get("grid.note"));
    grid.grid(legend());
    grid.grid(grid());
    gaps(page.section("gaps", words.get("section.gaps")));
    hard(page.section("hard", words.get("section.hard")));
    soft(page.section("soft", words.get("section.soft")));
    staff(page.section("staff", words.get("section.staff")));
    page.footer(words.format("footer.inputs", Problem.displayPath(problem.employees().file()), result.seed(),
        result.budget()));
    return page.render();
  }

  private void overview(HtmlPage.Section s, RosterFigures f, HtmlPage page) {
    List<Kpi> cards = new ArrayList<>();
    cards.add(new Kpi("minimum", words.get("kpi.minimum"), percent(f.minimumMet(), f.slots()),
        words.format("kpi.minimum.detail", f.minimumMet(), f.slots()), "cover.minimum", Integer.toString(f.minimumMet()),
        f.minimumMet() == f.slots() ? Kpi.Tone.GOOD : Kpi.Tone.BAD));
    cards.add(new Kpi("target", words.get("kpi.target"), percent(f.targetMet(), f.slots()),
        words.format("kpi.target.detail", f.targetMet(), f.slots(), hours(f.personHoursShort())), "cover.target",
        Integer.toString(f.targetMet()), f.targetMet() == f.slots() ? Kpi.Tone.GOOD : Kpi.Tone.WATCH));
    cards.add(new Kpi("hard", words.get("kpi.hard"), Integer.toString(f.hardBreaks()),
        words.format("kpi.hard.detail", f.hardPoints()), "score.hard", Integer.toString(f.hardPoints()),
        f.hardPoints() == 0 ? Kpi.Tone.GOOD : Kpi.Tone.BAD));
    cards.add(new Kpi("pool", words.get("kpi.pool"), words.format("unit.hours", hours(f.poolHours())),
        words.format("kpi.pool.detail", f.poolShifts(), page.numbers().money(f.poolCost())), "pool.hours",
        hours(f.poolHours()), null));
    String changes = problem.rerostering() == null ? words.get("kpi.changes.none")
        : words.format("kpi.changes.detail", f.published(), f.pinned());
    cards.add(new Kpi("changes", words.get("kpi.changes"), Integer.toString(f.changed()), changes, "changes",
        Integer.toString(f.changed()), null));
    s.kpis(cards);
    BranchRoster.CoverOrigin c = problem.cover();
    s.paragraph(c.given() ? words.format("cover.file", Problem.displayPath(problem.employees().file()))
        : words.format("cover.forecast", problem.branch(), Math.round(c.serviceLevel() * 100), c.replications(),
            String.format(Locale.ROOT, "%.2f", c.productiveShare())));
    problem.notes().forEach(s::note);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "100%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static String hours(double h) {
    return h == Math.rint(h) ? Long.toString((long) h) : String.format(Locale.ROOT, "%.1f", h);
  }

  // ---- the grid ------------------------------------------------------------------------------

  private String colour(ShiftDef shift) {
    int i = problem.employees().shifts().indexOf(shift);
    return SHIFT_COLOURS.get(i % SHIFT_COLOURS.size());
  }

  /** A cell's text: the shift's initial and a short form of the skill (two characters of its label in Chinese). */
  private String code(ShiftType t) {
    ShiftDef shift = problem.shiftOf().get(t);
    return shift.id().substring(0, 1).toUpperCase(Locale.ROOT) + " " + shortSkill(problem.skillOf().get(t));
  }

  private String shortSkill(String id) {
    String label = skillLabels.getOrDefault(id, id);
    if (words.lang() == Lang.ZH && label.codePointCount(0, label.length()) >= 2 && !label.equals(id)) {
      return label.substring(0, label.offsetByCodePoints(0, 2));
    }
    return id.length() <= 4 ? id : id.substring(0, 4);
  }

  private Grid legend() {
    List<Grid.Cell> cells = new ArrayList<>();
    for (ShiftDef s : problem.employees().shifts()) {
      cells.add(new Grid.Cell(s.id().substring(0, 1).toUpperCase(Locale.ROOT) + " = " + s.name() + " " + s.start()
          + "–" + s.end(), null, null, colour(s), null));
    }
    cells.add(new Grid.Cell("× = " + words.get("grid.unavailable"), null, null, null, null));
    return new Grid("legend", words.get("grid.legend"), cells, List.of());
  }

  private Grid grid() {
    List<RosterDay> days = roster.getDays();
    List<Grid.Cell> columns = new ArrayList<>();
    for (RosterDay d : days) {
      columns.add(new Grid.Cell(d.getDate().format(DAY) + " " + dow(d.getDate()), null, weekend(d), null,
          d.getDate().toString()));
    }
    Set<String> unavailable = new HashSet<>();
    roster.getUnavailabilities().forEach(u -> unavailable.add(RosterExplanation.cellId(u.staffMember(),
        u.day().getDate())));
    List<Grid.Row> rows = new ArrayList<>();
    for (StaffMember m : RosterCsv.staffOrder(roster)) {
      List<Grid.Cell> cells = new ArrayList<>();
      for (RosterDay d : days) {
        cells.add(cell(m, d, unavailable.contains(RosterExplanation.cellId(m, d.getDate()))));
      }
      rows.add(new Grid.Row(new Grid.Cell(person(m), personTitle(m), null, null, m.getId()), cells,
          m.isEmergencyPool() ? "pool-row" : null));
    }
    Map<String, SlotCover> cover = new HashMap<>();
    explanation.cover().forEach(c -> cover.put(c.day().getIndex() + "/" + c.type().getId(), c));
    for (ShiftType t : roster.getShiftTypes()) {
      List<Grid.Cell> cells = new ArrayList<>();
      for (RosterDay d : days) {
        SlotCover c = cover.get(d.getIndex() + "/" + t.getId());
        cells.add(c == null ? new Grid.Cell("", null, weekend(d), null, null) : coverCell(c));
      }
      ShiftDef shift = problem.shiftOf().get(t);
      rows.add(new Grid.Row(new Grid.Cell(words.format("grid.cover", shift.name() + " · " + skill(t)), null, null,
          colour(shift), "cover:" + t.getId()), cells, "cover-row"));
    }
    return new Grid("roster", words.get("grid.corner"), columns, rows);
  }

  private String weekend(RosterDay d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? "weekend" : null;
  }

  private String dow(LocalDate date) {
    return words.get("dow." + date.getDayOfWeek().getValue());
  }

  private String skill(ShiftType t) {
    String id = problem.skillOf().get(t);
    return skillLabels.getOrDefault(id, id);
  }

  private String person(StaffMember m) {
    return m.isEmergencyPool() ? words.get("pool") + " " + m.getId().substring("pool-".length())
        : m.getName() + " (" + m.getId() + ")";
  }

  private String personTitle(StaffMember m) {
    EmployeeDef e = problem.employeeOf().get(m);
    if (e == null) {
      return words.get("pool") + ": " + String.join(", ", problem.employees().skills()) + "; ≤ "
          + problem.pool().hoursPerWeekEach() + " h/week";
    }
    return e.contract() + " · " + String.join(", ", e.skills());
  }

  private Grid.Cell cell(StaffMember m, RosterDay d, boolean unavailable) {
    DayAssignment a = roster.assignment(m, d);
    List<Note> notes = explanation.notes().getOrDefault(RosterExplanation.cellId(m, d.getDate()), List.of());
    StringBuilder title = new StringBuilder(person(m)).append(" · ").append(d.getDate()).append(' ').append(dow(d.getDate()));
    String text;
    String colour = null;
    ShiftType t = a.getShiftType();
    if (t != null) {
      ShiftDef shift = problem.shiftOf().get(t);
      title.append('\n').append(shift.name()).append(' ').append(t.getStart()).append('–').append(t.getEnd())
          .append(" · ").append(skill(t));
      text = code(t);
      colour = colour(shift);
    } else if (unavailable) {
      title.append('\n').append(words.get("grid.unavailable")).append(leaveReason(m, d.getDate()));
      text = "×";
    } else {
      title.append('\n').append(words.get("grid.free"));
      text = "";
    }
    boolean hard = false;
    boolean soft = false;
    for (Note n : notes) {
      hard |= n.hard();
      soft |= !n.hard() && !n.constraint().equals(RosterExplanation.PINNED);
      title.append('\n').append(words.get(n.hard() ? "cell.hard" : "cell.soft")).append(": ")
          .append(words.getOr("rule." + n.constraint(), n.constraint())).append(" — ").append(sentences.note(n));
    }
    List<String> css = new ArrayList<>();
    if (weekend(d) != null) {
      css.add("weekend");
    }
    if (hard) {
      css.add("hard");
    } else if (soft) {
      css.add("soft");
    }
    if (a.isPinned()) {
      css.add("pinned");
    }
    return new Grid.Cell(text, title.toString(), css.isEmpty() ? null : String.join(" ", css), colour,
        RosterExplanation.cellId(m, d.getDate()));
  }

  private String leaveReason(StaffMember m, LocalDate date) {
    EmployeeDef e = problem.employeeOf().get(m);
    if (e == null) {
      return "";
    }
    for (Leave l : e.unavailable()) {
      if (!date.isBefore(l.from()) && !date.isAfter(l.to()) && l.reason() != null) {
        return " (" + l.reason() + ")";
      }
    }
    return "";
  }

  private Grid.Cell coverCell(SlotCover c) {
    String css = c.belowMinimum() ? "short-min" : c.belowTarget() ? "short-target" : c.target() > 0 ? "met" : null;
    String max = c.maximum() >= roster.getStaff().size() ? "–" : Integer.toString(c.maximum());
    String title = c.type().getId() + " · " + c.day().getDate() + "\n"
        + words.format("cell.cover", c.staffed(), c.minimum(), c.target(), max)
        + (c.shortBecause() == null ? "" : "\n" + words.format("cell.short", sentences.shortBecause(c)));
    String text = c.target() == 0 && c.staffed() == 0 ? "" : c.staffed() + "/" + c.target();
    return new Grid.Cell(text, title, css, null, "cover:" + c.type().getId() + "@" + c.day().getDate());
  }

  // ---- tables --------------------------------------------------------------------------------

  private void gaps(HtmlPage.Section s) {
    Table t = Table.of("gaps", words.get("col.date"), Kind.TEXT, words.get("col.shift"), Kind.TEXT,
        words.get("col.skill"), Kind.TEXT, words.get("col.minimum"), Kind.COUNT, words.get("col.target"), Kind.COUNT,
        words.get("col.staffed"), Kind.COUNT, words.get("col.why"), Kind.TEXT);
    for (SlotCover c : explanation.cover()) {
      if (c.belowTarget()) {
        t.row(c.day().getDate() + " " + dow(c.day().getDate()), problem.shiftOf().get(c.type()).name(), skill(c.type()),
            c.minimum(), c.target(), c.staffed(), sentences.shortBecause(c));
      }
    }
    if (t.isEmpty()) {
      s.paragraph(words.get("gaps.none"));
    } else {
      s.table(t);
    }
  }

  private void hard(HtmlPage.Section s) {
    if (explanation.breaks().isEmpty()) {
      s.paragraph(words.get("hard.none"));
      return;
    }
    Table t = Table.of("hard", words.get("col.rule"), Kind.TEXT, words.get("col.date"), Kind.TEXT,
        words.get("col.who"), Kind.TEXT, words.get("col.points"), Kind.COUNT, words.get("col.why"), Kind.TEXT);
    for (RosterExplanation.Break b : explanation.breaks()) {
      t.row(words.getOr("rule." + b.constraint(), b.constraint()), b.date().toString(), b.who(), b.units(), sentences.why(b));
    }
    s.table(t);
  }

  private void soft(HtmlPage.Section s) {
    s.note(words.get("soft.note"));
    Table t = Table.of("soft", words.get("col.rule"), Kind.TEXT, words.get("col.cost"), Kind.COUNT,
        words.get("col.matches"), Kind.COUNT);
    for (RosterExplanation.Term term : explanation.terms()) {
      if (term.soft() != 0) {
        t.row(words.getOr("rule." + term.constraint(), term.constraint()), -term.soft(), term.matches());
      }
    }
    s.table(t);
  }

  private void staff(HtmlPage.Section s) {
    Table t = Table.of("staff", words.get("col.employee"), Kind.TEXT, words.get("col.contract"), Kind.TEXT,
        words.get("col.shifts"), Kind.COUNT, words.get("col.hours"), Kind.NUMBER, words.get("col.weekend"), Kind.COUNT,
        words.get("col.undesired"), Kind.COUNT, words.get("col.requests"), Kind.TEXT);
    for (StaffRow r : StaffRow.of(result)) {
      t.row(r.name(), r.contract(), r.shifts(), r.hours(), r.weekendDays(), r.undesired(),
          r.requests() == 0 ? "–" : r.granted() + "/" + r.requests());
    }
    s.table(t);
  }
}
