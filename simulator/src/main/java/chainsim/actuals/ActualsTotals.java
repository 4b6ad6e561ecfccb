package chainsim.actuals;

import chainsim.actuals.ActualsReader.Located;
import chainsim.scenario.Problem;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The totals actuals must add up to, checked where both sides are given: month over month
 * (clients, headcount, the cash balance) and across files at the as-of month (the staff lines
 * against the headcount, the client book against the active clients, receivables by due month
 * against the month's receivables). Amounts may differ by up to {@value #TOLERANCE_CNY} yuan: the
 * files keep two decimals and finance teams round.
 */
final class ActualsTotals {
  static final double TOLERANCE_CNY = 1.0;

  private ActualsTotals() {}

  static void check(List<Located<Actuals.Clients>> clients, List<Located<Actuals.Headcount>> headcount,
      List<Located<Actuals.Cash>> cash, List<Located<Actuals.Staff>> staff, List<Located<Actuals.Client>> book,
      List<Located<Actuals.Receivable>> receivables, YearMonth asOf, List<Problem> problems) {
    clientsAddUp(clients, problems);
    headcountAddsUp(headcount, problems);
    cashAddsUp(cash, problems);
    staffMatchesHeadcount(staff, headcount, asOf, problems);
    bookMatchesActiveClients(book, clients, asOf, problems);
    receivablesMatchCash(receivables, cash, asOf, problems);
  }

  /** active(m) = active(m-1) + new - churned. */
  private static void clientsAddUp(List<Located<Actuals.Clients>> rows, List<Problem> problems) {
    Map<String, Located<Actuals.Clients>> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.value().entity() + "|" + r.value().month(), r));
    for (Located<Actuals.Clients> r : rows) {
      Actuals.Clients c = r.value();
      Located<Actuals.Clients> prev = byKey.get(c.entity() + "|" + c.month().minusMonths(1));
      if (prev == null) {
        continue;
      }
      int expected = prev.value().active() + c.newClients() - c.churned();
      if (c.active() != expected) {
        problems.add(r.problem("active", "active " + c.active() + " does not add up: " + prev.value().active()
            + " active in " + prev.value().month() + " (line " + prev.line() + ") + " + c.newClients() + " new - "
            + c.churned() + " churned = " + expected));
      }
    }
  }

  /** headcount(m) = headcount(m-1) + hires - leavers, per staff line, when hires and leavers are given. */
  private static void headcountAddsUp(List<Located<Actuals.Headcount>> rows, List<Problem> problems) {
    Map<String, Located<Actuals.Headcount>> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(lineKey(r.value().entity(), r.value().role(), r.value().skill()) + "|"
        + r.value().month(), r));
    for (Located<Actuals.Headcount> r : rows) {
      Actuals.Headcount h = r.value();
      if (h.hires() == null || h.leavers() == null) {
        continue;
      }
      Located<Actuals.Headcount> prev = byKey.get(lineKey(h.entity(), h.role(), h.skill()) + "|"
          + h.month().minusMonths(1));
      if (prev == null) {
        continue;
      }
      int expected = prev.value().headcount() + h.hires() - h.leavers();
      if (h.headcount() != expected) {
        problems.add(r.problem("headcount", "headcount " + h.headcount() + " does not add up: "
            + prev.value().headcount() + " in " + prev.value().month() + " (line " + prev.line() + ") + " + h.hires()
            + " hires - " + h.leavers() + " leavers = " + expected));
      }
    }
  }

  /** balance(m) = balance(m-1) + cash in - cash out, when all four are given. */
  private static void cashAddsUp(List<Located<Actuals.Cash>> rows, List<Problem> problems) {
    Map<String, Located<Actuals.Cash>> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.value().entity() + "|" + r.value().month(), r));
    for (Located<Actuals.Cash> r : rows) {
      Actuals.Cash c = r.value();
      Located<Actuals.Cash> prev = byKey.get(c.entity() + "|" + c.month().minusMonths(1));
      if (prev == null || prev.value().balanceCny() == null || c.balanceCny() == null || c.cashInCny() == null
          || c.cashOutCny() == null) {
        continue;
      }
      double expected = prev.value().balanceCny() + c.cashInCny() - c.cashOutCny();
      if (Math.abs(c.balanceCny() - expected) > TOLERANCE_CNY) {
        problems.add(r.problem("balance_cny", "balance " + yuan(c.balanceCny()) + " does not add up: "
            + yuan(prev.value().balanceCny()) + " in " + prev.value().month() + " (line " + prev.line() + ") + "
            + yuan(c.cashInCny()) + " in - " + yuan(c.cashOutCny()) + " out = " + yuan(expected)));
      }
    }
  }

  /** The staff lines at the as-of month hold the people headcount.csv counts in that month. */
  private static void staffMatchesHeadcount(List<Located<Actuals.Staff>> staff,
      List<Located<Actuals.Headcount>> headcount, YearMonth asOf, List<Problem> problems) {
    Map<String, Integer> people = new HashMap<>();
    Map<String, Located<Actuals.Staff>> firstRow = new HashMap<>();
    for (Located<Actuals.Staff> s : staff) {
      String key = lineKey(s.value().entity(), s.value().role(), s.value().skill());
      people.merge(key, s.value().count(), Integer::sum);
      firstRow.putIfAbsent(key, s);
    }
    for (Located<Actuals.Headcount> h : headcount) {
      if (!h.value().month().equals(asOf)) {
        continue;
      }
      String key = lineKey(h.value().entity(), h.value().role(), h.value().skill());
      int inStaff = people.getOrDefault(key, 0);
      if (inStaff != h.value().headcount()) {
        Located<Actuals.Staff> at = firstRow.get(key);
        String message = "state/staff.csv holds " + inStaff + " people of " + describe(h.value().entity(),
            h.value().role(), h.value().skill()) + ", headcount.csv " + h.value().headcount() + " in " + asOf
            + " (line " + h.line() + ")";
        problems.add(at != null ? at.problem("count", message) : h.problem("headcount", message));
      }
    }
  }

  /** The active clients in the book are the month's active clients of clients.csv, per entity. */
  private static void bookMatchesActiveClients(List<Located<Actuals.Client>> book,
      List<Located<Actuals.Clients>> clients, YearMonth asOf, List<Problem> problems) {
    Map<String, Integer> active = new HashMap<>();
    book.stream().filter(c -> c.value().status().equals("active"))
        .forEach(c -> active.merge(c.value().entity(), 1, Integer::sum));
    for (Located<Actuals.Clients> c : clients) {
      if (c.value().month().equals(asOf)) {
        int inBook = active.getOrDefault(c.value().entity(), 0);
        if (inBook != c.value().active()) {
          problems.add(c.problem("active", "active " + c.value().active() + " in " + asOf + ", but the client book"
              + " (state/clients.csv) has " + inBook + " active clients of " + c.value().entity()));
        }
      }
    }
  }

  /** Receivables by due month add up to the as-of month's receivables in cash.csv, per entity. */
  private static void receivablesMatchCash(List<Located<Actuals.Receivable>> receivables,
      List<Located<Actuals.Cash>> cash, YearMonth asOf, List<Problem> problems) {
    Map<String, Double> owed = new HashMap<>();
    receivables.forEach(r -> owed.merge(r.value().entity(), r.value().amountCny(), Double::sum));
    for (Located<Actuals.Cash> c : cash) {
      Double given = c.value().receivablesCny();
      if (c.value().month().equals(asOf) && given != null
          && !c.value().entity().equals(ActualsFormat.HEAD_OFFICE)) {
        double due = owed.getOrDefault(c.value().entity(), 0.0);
        if (Math.abs(due - given) > TOLERANCE_CNY) {
          problems.add(c.problem("receivables_cny", "receivables " + yuan(given) + " in " + asOf
              + ", but state/receivables.csv adds up to " + yuan(due) + " for " + c.value().entity()));
        }
      }
    }
  }

  /** A branch or channel reports nothing for the months before it opened (state/openings.csv). */
  static void noRowsBeforeOpening(List<Located<Actuals.Opening>> openings,
      List<? extends List<? extends Located<? extends Actuals.Monthly>>> tables, List<Problem> problems) {
    Map<String, Located<Actuals.Opening>> opened = new HashMap<>();
    openings.forEach(o -> opened.put(o.value().entity(), o));
    for (List<? extends Located<? extends Actuals.Monthly>> table : tables) {
      for (Located<? extends Actuals.Monthly> row : table) {
        Located<Actuals.Opening> o = opened.get(row.value().entity());
        if (o != null && row.value().month().isBefore(o.value().openedMonth())) {
          problems.add(row.problem("month", row.value().entity() + " opened in " + o.value().openedMonth()
              + " (state/openings.csv line " + o.line() + "): nothing to report for " + row.value().month()));
        }
      }
    }
  }

  private static String lineKey(String entity, String role, String skill) {
    return entity + "|" + role + "|" + Objects.toString(skill, "");
  }

  private static String describe(String entity, String role, String skill) {
    return entity + " " + role + (skill == null ? "" : "/" + skill);
  }

  private static String yuan(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
