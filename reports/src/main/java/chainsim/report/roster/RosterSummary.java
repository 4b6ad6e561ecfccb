package chainsim.report.roster;

import chainsim.report.html.Lang;
import chainsim.roster.branch.BranchRoster;
import chainsim.roster.RosterPlanner;
import chainsim.roster.branch.ForecastCover;
import chainsim.roster.branch.RosterExplanation;
import chainsim.scenario.Problem;
import java.util.Locale;
import java.util.Map;

/**
 * {@code roster-summary.md}: to paste in a pull request or a message to the team. Whether cover is
 * met, every hard rule broken and why, the soft costs by term, and a line per person.
 */
public final class RosterSummary {
  public static final String FILE = "roster-summary.md";

  private RosterSummary() {}

  public static String markdown(RosterPlanner.Result r) {
    BranchRoster p = r.problem();
    RosterExplanation e = r.explanation();
    RosterFigures f = RosterFigures.of(r);
    StringBuilder md = new StringBuilder();
    md.append("# Roster: ").append(p.branch()).append(" (").append(p.scenario().name()).append(")\n\n");
    md.append(String.format(Locale.ROOT, "%s to %s, %d weeks; %d employees%s. Employees file `%s`; seed %d, %s.%n%n",
        p.firstDay(), p.lastDay(), p.weeks(), p.roster().getStaff().size() - p.pool().members(),
        p.pool().members() == 0 ? "" : " and " + p.pool().members() + " temporaries of the emergency pool (at most "
            + p.pool().hoursPerWeekEach() + " h a week each, ¥" + p.pool().costPerHour() + " an hour)",
        Problem.displayPath(p.employees().file()), r.seed(), r.budget()));
    md.append(e.feasible() ? "**Every hard rule is kept.**\n\n"
        : "**The roster breaks hard rules** the data do not let it keep (" + f.hardBreaks() + " breaks, "
            + f.hardPoints() + " hard points); each is listed below with the reason.\n\n");
    cover(md, p, f);
    hard(md, e, RosterSentences.of(r, Lang.EN));
    soft(md, f);
    people(md, r);
    if (p.rerostering() != null) {
      BranchRoster.Rerostering rr = p.rerostering();
      md.append("## Re-rostering\n\n").append(String.format(Locale.ROOT,
          "Against `%s`: %s; %d published days after that, %d of them changed (%d points each).%n%n",
          Problem.displayPath(rr.previous()), rr.publishUntil() == null ? "no day pinned"
              : "days up to " + rr.publishUntil() + " pinned (" + rr.pinnedCells() + " cells)",
          rr.publishedCells(), f.changed(), rr.changeWeight()));
    }
    if (!p.notes().isEmpty()) {
      md.append("## Notes\n\n");
      p.notes().forEach(n -> md.append("- ").append(n).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  private static void cover(StringBuilder md, BranchRoster p, RosterFigures f) {
    md.append("## Cover\n\n| | |\n|---|---:|\n");
    md.append(String.format(Locale.ROOT, "| Slots asking for people (day × shift × skill) | %d |%n", f.slots()));
    md.append(String.format(Locale.ROOT, "| Minimum met | %d |%n", f.minimumMet()));
    md.append(String.format(Locale.ROOT, "| Target met | %d |%n", f.targetMet()));
    md.append(String.format(Locale.ROOT, "| Person-hours below target | %s |%n", number(f.personHoursShort())));
    md.append(String.format(Locale.ROOT, "| Emergency pool | %d shifts, %s h, ¥%,d |%n%n", f.poolShifts(),
        number(f.poolHours()), f.poolCost()));
    BranchRoster.CoverOrigin c = p.cover();
    if (c.given()) {
      md.append("Cover as the employees file gives it.\n\n");
      return;
    }
    int level = (int) Math.round(c.serviceLevel() * 100);
    md.append(String.format(Locale.ROOT, "Cover derived from the simulator's forecast (%d replications): target at"
        + " P%d of each month's delivery hours, hard minimum at the median; one rostered hour delivers %.2f h of"
        + " client work.%n%n| month | skill | hours P%d | hours median | people per slot (target) | (minimum) |%n"
        + "|---|---|---:|---:|---:|---:|%n", c.replications(), level, c.productiveShare(), level));
    for (ForecastCover.MonthSkill m : c.months()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.2f | %.2f |%n", m.month(), m.skill(),
          m.hoursAtServiceLevel(), m.hoursMedian(), m.peoplePerSlot(), m.minimumPeoplePerSlot()));
    }
    md.append('\n');
  }

  private static void hard(StringBuilder md, RosterExplanation e, RosterSentences sentences) {
    md.append("## Hard rules broken\n\n");
    if (e.breaks().isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    md.append("| rule | date | who | points | why |\n|---|---|---|---:|---|\n");
    for (RosterExplanation.Break b : e.breaks()) {
      md.append("| ").append(b.constraint()).append(" | ").append(b.date()).append(" | ").append(b.who())
          .append(" | ").append(b.units()).append(" | ").append(sentences.why(b).replace("|", "\\|")).append(" |\n");
    }
    md.append('\n');
  }

  private static void soft(StringBuilder md, RosterFigures f) {
    md.append("## Soft costs by term\n\nIn yuan-equivalent points (the pool and uncovered hours at the scenario's"
        + " prices, the rest at the employees file's weights).\n\n| term | points |\n|---|---:|\n");
    long total = 0;
    for (Map.Entry<String, Integer> t : f.softByTerm().entrySet()) {
      md.append(String.format(Locale.ROOT, "| %s | %,d |%n", t.getKey(), t.getValue()));
      total += t.getValue();
    }
    md.append(String.format(Locale.ROOT, "| **total** | **%,d** |%n%n", total));
  }

  private static void people(StringBuilder md, RosterPlanner.Result r) {
    md.append("## People\n\n| employee | contract | shifts | hours | weekend days | undesired shifts | requests"
        + " granted |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (StaffRow s : StaffRow.of(r)) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %d | %s |%n", s.name(), s.contract(),
          s.shifts(), number(s.hours()), s.weekendDays(), s.undesired(),
          s.requests() == 0 ? "–" : s.granted() + " of " + s.requests()));
    }
    md.append('\n');
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
  }
}
