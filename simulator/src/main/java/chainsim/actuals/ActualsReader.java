package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.scenario.Mode;
import chainsim.scenario.Problem;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.scenario.tree.Suggestions;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a directory of actuals against the scenario they report on: every file of
 * {@link ActualsFormat}, every cell checked (known ids, months inside the horizon and not after
 * the as-of month, no negative counts or amounts where impossible), no duplicate rows, and the
 * totals that must add up ({@link ActualsTotals}). Every problem is reported at once, one line
 * each, {@code file:line:column: message}.
 */
public final class ActualsReader {
  private ActualsReader() {}

  /** A record with where it was read from, for the checks across rows. */
  record Located<T>(T value, CsvTable table, int line) {
    Problem problem(String column, String message) {
      return new Problem(table.file, line, table.column(column), "", message);
    }
  }

  /** Reads and checks; throws with every problem when there is any. */
  public static Actuals read(Path dir, Scenario scenario, YearMonth asOf) throws ActualsException {
    List<Problem> problems = new ArrayList<>();
    Actuals actuals = read(dir, scenario, asOf, problems);
    if (!problems.isEmpty()) {
      throw new ActualsException(Problem.sortedDistinct(problems));
    }
    return actuals;
  }

  /** Every problem of a directory of actuals, in file and position order; empty when it is fine. */
  public static List<Problem> validate(Path dir, Scenario scenario, YearMonth asOf) {
    List<Problem> problems = new ArrayList<>();
    read(dir, scenario, asOf, problems);
    return Problem.sortedDistinct(problems);
  }

  private static Actuals read(Path dir, Scenario scenario, YearMonth asOf, List<Problem> problems) {
    Vocabulary w = Vocabulary.of(scenario, asOf);
    Rows r = new Rows(dir, w, problems);
    List<Located<Actuals.Revenue>> revenue = r.read(ActualsFormat.REVENUE, c -> new Actuals.Revenue(
        c.month("month"), c.entity("entity", false), c.id("product", "product", w.products()),
        orZero(c.amount("revenue_cny")), c.count("signings"), c.amount("signed_revenue_cny")));
    List<Located<Actuals.Cost>> costs = r.read(ActualsFormat.COSTS, c -> cost(c, w));
    List<Located<Actuals.Headcount>> headcount = r.read(ActualsFormat.HEADCOUNT, c -> {
      String[] line = staffLine(c, w);
      return new Actuals.Headcount(c.month("month"), c.entity("entity", false), line[0], line[1],
          orZero(c.count("headcount")), c.count("hires"), c.count("leavers"));
    });
    List<Located<Actuals.Funnel>> funnel = r.read(ActualsFormat.FUNNEL, c -> new Actuals.Funnel(
        c.month("month"), c.entity("entity", false), c.count("contacts"), c.count("qualified_contacts"),
        c.count("leads"), c.count("signings"), c.amount("signed_revenue_cny")));
    List<Located<Actuals.Marketing>> marketing = r.read(ActualsFormat.MARKETING, c -> marketing(c, w));
    List<Located<Actuals.Clients>> clients = r.read(ActualsFormat.CLIENTS, c -> new Actuals.Clients(
        c.month("month"), c.entity("entity", false), orZero(c.count("new")), orZero(c.count("active")),
        orZero(c.count("churned"))));
    List<Located<Actuals.Cash>> cash = r.read(ActualsFormat.CASH, c -> new Actuals.Cash(
        c.month("month"), c.entity("entity", true), c.amount("cash_in_cny"), c.amount("cash_out_cny"),
        c.amount("receivables_cny"), c.amount("balance_cny")));
    List<Located<Actuals.Opening>> openings = r.read(ActualsFormat.OPENINGS, c -> opening(c, w));
    List<Located<Actuals.Staff>> staff = r.read(ActualsFormat.STAFF, c -> {
      String entity = c.entity("entity", false);
      String[] line = staffLine(c, w);
      return new Actuals.Staff(entity, line[0], line[1], c.month("hire_month"), orZero(c.count("count")));
    });
    List<Located<Actuals.Client>> book = r.read(ActualsFormat.CLIENT_BOOK, c -> client(c, w));
    List<Located<Actuals.Receivable>> receivables = r.read(ActualsFormat.RECEIVABLES, c -> new Actuals.Receivable(
        c.entity("entity", false), c.month("due_month"), orZero(c.amount("amount_cny"))));

    ActualsTotals.check(clients, headcount, cash, staff, book, receivables, asOf, problems);
    ActualsFunnelTotals.check(revenue, funnel, clients, problems);
    ActualsMarketingTotals.check(marketing, funnel, costs, problems);
    ActualsTotals.noRowsBeforeOpening(openings, List.of(revenue, costs, headcount, funnel, marketing, clients, cash),
        problems);
    return new Actuals(asOf, values(revenue), values(costs), values(headcount), values(funnel), values(clients),
        values(cash), values(openings), values(staff), values(book), values(receivables), values(marketing));
  }

  private static Actuals.Cost cost(Cells c, Vocabulary w) {
    YearMonth month = c.month("month");
    String entity = c.entity("entity", true);
    String key = c.id("account", "cost category", w.costAccounts());
    Account account = key == null ? null : Account.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    Double amount = c.amount("amount_cny");
    if (account == Account.PLATFORM_FEES && entity != null) {
      var opening = w.openings().get(entity);
      if (opening == null || opening.mode() != Mode.EQUITY) {
        c.problem("account", "platform_fees is what an equity channel's local firm pays the head office: only"
            + " equity channels book it");
      }
    } else if (account != null && entity != null) {
      boolean central = account.kind() == Account.Kind.CENTRAL;
      boolean headOffice = entity.equals(ActualsFormat.HEAD_OFFICE);
      if (central && !headOffice) {
        c.problem("account", key + " is a head-office cost: book it on entity " + ActualsFormat.HEAD_OFFICE);
      } else if (!central && headOffice) {
        c.problem("account", key + " is a branch or channel cost; the head office books only central_* accounts");
      }
    }
    return new Actuals.Cost(month, entity, account, orZero(amount));
  }

  /** A marketing line's month: the line must be one of the entity's template's lines. */
  private static Actuals.Marketing marketing(Cells c, Vocabulary w) {
    YearMonth month = c.month("month");
    String entity = c.entity("entity", false);
    String line = c.text("line");
    if (entity != null && line != null) {
      List<String> lines = w.marketingLines().getOrDefault(entity, List.of());
      var opening = w.openings().get(entity);
      if (lines.isEmpty()) {
        c.problem("line", entity + " has no marketing lines (a " + opening.mode().key() + " opening"
            + (opening.mode() == Mode.DIRECT || opening.mode() == Mode.EQUITY ? " whose template has none" : "")
            + "): nothing to report in marketing.csv");
      } else if (!lines.contains(line)) {
        String hint = Suggestions.hint(line, lines);
        c.problem("line", "unknown marketing line '" + line + "' for " + entity
            + (hint.isEmpty() ? " (its lines: " + String.join(", ", lines) + ")" : hint));
      }
    }
    Integer leads = c.count("leads");
    Double spend = c.amount("spend_cny");
    return new Actuals.Marketing(month, entity, line, orZero(leads), spend);
  }

  /** Role and skill of a staff line: a service role needs a skill, the others have none. */
  private static String[] staffLine(Cells c, Vocabulary w) {
    String role = c.id("role", "role", w.roles().keySet());
    String skill = c.id("skill", "skill", w.skills());
    if (role != null && c.ok()) {
      boolean service = w.roles().get(role) == Role.Kind.SERVICE;
      if (service && skill == null) {
        c.problem("skill", "missing value: role '" + role + "' is a service role and needs a skill");
      } else if (!service && skill != null) {
        c.problem("skill", "role '" + role + "' has no skill: leave skill empty");
      }
    }
    return new String[] {role, skill};
  }

  private static Actuals.Opening opening(Cells c, Vocabulary w) {
    String entity = c.entity("entity", false);
    String modeKey = c.text("mode");
    Mode mode = modeKey == null ? null : Vocabulary.mode(modeKey);
    if (modeKey != null && mode == null) {
      c.problem("mode", "unknown mode '" + modeKey + "' (direct, equity, partner or agent)");
    }
    String region = c.id("region", "region", w.regions());
    YearMonth opened = c.month("opened_month");
    if (entity != null && c.ok()) {
      var planned = w.openings().get(entity);
      if (mode != planned.mode()) {
        c.problem("mode", "mode '" + modeKey + "' differs from the scenario's '" + planned.mode().key() + "' for "
            + entity);
      } else if (!region.equals(planned.region())) {
        c.problem("region", "region '" + region + "' differs from the scenario's '" + planned.region() + "' for "
            + entity);
      }
    }
    return new Actuals.Opening(entity, mode, region, opened);
  }

  private static Actuals.Client client(Cells c, Vocabulary w) {
    String firm = c.text("firm_id");
    String entity = c.entity("entity", false);
    String region = c.id("region", "region", w.regions());
    String industry = c.id("industry", "industry", w.industries());
    YearMonth first = c.month("first_order_month");
    List<String> products = c.products("products");
    YearMonth last = c.month("last_order_month");
    Double revenue = c.amount("revenue_to_date_cny");
    String status = c.id("status", "status", ActualsFormat.STATUSES);
    if (c.ok() && last.isBefore(first)) {
      c.problem("last_order_month", "last order " + last + " is before the first order " + first);
    }
    if (c.ok() && status.equals("active") && entity == null) {
      c.problem("entity", "missing value: an active client needs the branch or channel that owns it");
    }
    return new Actuals.Client(firm, entity, region, industry, first, products == null ? List.of() : products, last,
        orZero(revenue), status);
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }

  private static double orZero(Double x) {
    return x == null ? 0 : x;
  }

  private static <T> List<T> values(List<Located<T>> rows) {
    return rows.stream().map(Located::value).toList();
  }

  /** Reads the rows of each file into records, skipping rows with problems and duplicates. */
  private static final class Rows {
    private final Path dir;
    private final Vocabulary words;
    private final List<Problem> problems;

    Rows(Path dir, Vocabulary words, List<Problem> problems) {
      this.dir = dir;
      this.words = words;
      this.problems = problems;
    }

    <T> List<Located<T>> read(Table table, java.util.function.Function<Cells, T> parse) {
      List<Located<T>> out = new ArrayList<>();
      CsvTable csv = CsvTable.read(dir, table, problems);
      if (csv == null) {
        return out;
      }
      Map<List<String>, Integer> firstLine = new HashMap<>();
      for (CsvTable.Row row : csv.rows) {
        Cells cells = new Cells(csv, row, words, problems);
        T value = parse.apply(cells);
        if (!cells.ok()) {
          continue;
        }
        List<String> key = new ArrayList<>();
        for (String k : table.key()) {
          String v = row.cells()[table.columns().indexOf(table.column(k))];
          key.add(v == null ? "" : v);
        }
        Integer first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
          problems.add(new Problem(csv.file, row.line(), csv.column(table.key().get(0)), "",
              "duplicate row: the same " + String.join(", ", table.key()) + " as line " + first));
          continue;
        }
        out.add(new Located<>(value, csv, row.line()));
      }
      return out;
    }
  }
}
